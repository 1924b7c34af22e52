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

/** The folded text search matches; former names are included so an old name still finds the organisation. */
export function organizationSearchText(o: { name: string; abbreviation?: string | null; code: string; formerNames?: string[] }): string {
  return fold([o.name, o.abbreviation ?? "", o.code, ...(o.formerNames ?? [])].join(" "));
}

/**
 * Serialises changes to the shape of the forest (create, move, merge, import) and holds writes to
 * assignments until the caller commits, so the kept counts moved with a subtree cannot miss an
 * assignment written meanwhile. Restructuring is rare; a few milliseconds of waiting are the price.
 */
export async function lockForest(tx: Tx, { assignments = false }: { assignments?: boolean } = {}): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('organization_forest'))`);
  if (assignments) await tx.$executeRawUnsafe(`LOCK TABLE assignment IN SHARE ROW EXCLUSIVE MODE`);
}

/**
 * Moves the subtree of `id` under `parentId` (null: makes it a root): its closure rows, the depths
 * of its nodes, and the kept counts (subtree_stat) its assignments feed, exactly and in the
 * caller's transaction. The caller has checked that `parentId` is not inside the subtree and holds
 * lockForest({ assignments: true }).
 */
export async function moveSubtree(tx: Tx, id: number, parentId: number | null): Promise<void> {
  // The subtree's assignments leave the counts of its present ancestors (and of its own top nodes)…
  await tx.$executeRaw`SELECT subtree_stat_shift(${id}::int, -1)`;
  await tx.$executeRaw`
    DELETE FROM organization_closure
    WHERE descendant_id IN (SELECT descendant_id FROM organization_closure WHERE ancestor_id = ${id}::int)
      AND ancestor_id NOT IN (SELECT descendant_id FROM organization_closure WHERE ancestor_id = ${id}::int)`;
  await tx.$executeRaw`
    INSERT INTO organization_closure (ancestor_id, descendant_id, depth)
    SELECT p.ancestor_id, s.descendant_id, p.depth + s.depth + 1
    FROM organization_closure p JOIN organization_closure s ON s.ancestor_id = ${id}::int
    WHERE p.descendant_id = ${parentId}::int`;
  await tx.$executeRaw`
    UPDATE organization o SET depth = COALESCE((SELECT depth + 1 FROM organization WHERE id = ${parentId}::int), 0) + s.depth,
      parent_id = CASE WHEN o.id = ${id}::int THEN ${parentId}::int ELSE o.parent_id END, updated_at = now()
    FROM organization_closure s WHERE s.ancestor_id = ${id}::int AND s.descendant_id = o.id`;
  // …and enter those of the new ones.
  await tx.$executeRaw`SELECT subtree_stat_shift(${id}::int, 1)`;
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
