import "server-only";
// Keeps the organisation forest's closure table and depths true. Every write that adds or moves
// an organisation goes through here, inside the caller's transaction.
import type { OrganizationKind, SymbolFamily } from "@/lib/generated/prisma/client";
import { fold } from "@/lib/domain/text";
import type { Tx } from "./db";

export interface NewOrganization {
  code: string;
  name: string;
  abbreviation?: string | null;
  kind: OrganizationKind;
  symbolFamily?: SymbolFamily;
  parentId?: number | null;
  scopeRootId?: number | null;
  activeFrom?: Date | null;
}

export function organizationSearchText(o: { name: string; abbreviation?: string | null; code: string }): string {
  return fold([o.name, o.abbreviation ?? "", o.code].join(" "));
}

/** Inserts one organisation and its closure rows (itself at depth 0, each ancestor above). */
export async function insertOrganization(tx: Tx, input: NewOrganization): Promise<{ id: number; depth: number }> {
  const parent = input.parentId
    ? await tx.organization.findUniqueOrThrow({ where: { id: input.parentId }, select: { depth: true } })
    : null;
  const depth = parent ? parent.depth + 1 : 0;
  const created = await tx.organization.create({
    data: {
      code: input.code,
      name: input.name,
      abbreviation: input.abbreviation ?? null,
      kind: input.kind,
      symbolFamily: input.symbolFamily ?? "PARTY",
      parentId: input.parentId ?? null,
      scopeRootId: input.scopeRootId ?? null,
      activeFrom: input.activeFrom ?? null,
      depth,
      searchText: organizationSearchText(input),
    },
    select: { id: true },
  });
  await tx.$executeRaw`
    INSERT INTO organization_closure (ancestor_id, descendant_id, depth)
    SELECT ${created.id}::int, ${created.id}::int, 0
    UNION ALL
    SELECT ancestor_id, ${created.id}::int, depth + 1 FROM organization_closure WHERE descendant_id = ${input.parentId ?? null}::int`;
  return { id: created.id, depth };
}

/**
 * Recomputes depths and the whole closure table from parent links, in SQL. For bulk loads
 * (tens of thousands of organisations inserted at once) this beats per-row maintenance.
 */
export async function rebuildClosure(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM organization_closure`);
  await tx.$executeRawUnsafe(`
    WITH RECURSIVE walk(ancestor_id, descendant_id, depth) AS (
      SELECT id, id, 0 FROM organization
      UNION ALL
      SELECT w.ancestor_id, o.id, w.depth + 1 FROM walk w JOIN organization o ON o.parent_id = w.descendant_id
    )
    INSERT INTO organization_closure (ancestor_id, descendant_id, depth) SELECT ancestor_id, descendant_id, depth FROM walk`);
  await tx.$executeRawUnsafe(`
    UPDATE organization o SET depth = c.depth
    FROM (SELECT descendant_id, max(depth) AS depth FROM organization_closure GROUP BY descendant_id) c
    WHERE c.descendant_id = o.id AND o.depth IS DISTINCT FROM c.depth`);
}
