import "server-only";
// Reading the organisation forest within a person's scope: the roots they answer for, one
// organisation with its path and children, sizes of subtrees from the closure table.
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { db, isoDate } from "./db";
import { organizationInScope } from "./scope";
import { assertCan, type SessionUser } from "./session-user";

export interface OrganizationSummary {
  id: number;
  name: string;
  abbreviation: string | null;
  kind: OrganizationKind;
  childCount: number;
  /** Every organisation below it, at any depth. */
  descendantCount: number;
}

const summarySelect = { id: true, name: true, abbreviation: true, kind: true } as const;

type SummaryFields = { id: number; name: string; abbreviation: string | null; kind: OrganizationKind };

/**
 * How many children and descendants each organisation has, counted for these ids alone. (A Prisma
 * relation `_count` groups the whole table before joining: 40–70 ms for a few rows of the national
 * forest.)
 */
async function subtreeSizes(ids: readonly number[]): Promise<Map<number, { children: number; descendants: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: number; children: number; descendants: number }[]>(Prisma.sql`
    SELECT o.id,
      (SELECT count(*) FROM organization c WHERE c.parent_id = o.id)::int AS children,
      (SELECT count(*) FROM organization_closure x WHERE x.ancestor_id = o.id AND x.depth > 0)::int AS descendants
    FROM organization o WHERE o.id = ANY(${[...ids]}::int[])`);
  return new Map(rows.map((r) => [r.id, { children: r.children, descendants: r.descendants }]));
}

async function withSizes(rows: SummaryFields[]): Promise<OrganizationSummary[]> {
  const sizes = await subtreeSizes(rows.map((o) => o.id));
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    abbreviation: o.abbreviation,
    kind: o.kind,
    childCount: sizes.get(o.id)?.children ?? 0,
    descendantCount: sizes.get(o.id)?.descendants ?? 0,
  }));
}

/** The tops of what the person may see: their organisation and the one it directs (all roots for an administrator). */
export async function listScopeRoots(user: SessionUser): Promise<OrganizationSummary[]> {
  assertCan(user, "read:organization");
  const where = user.wholeForest ? { parentId: null } : { id: { in: user.scopeRootIds } };
  return withSizes(await db().organization.findMany({ where, select: summarySelect, orderBy: { name: "asc" } }));
}

export async function getOrganization(user: SessionUser, id: number) {
  assertCan(user, "read:organization");
  const org = await db().organization.findFirst({
    where: { AND: [organizationInScope(user), { id }] },
    select: {
      ...summarySelect,
      code: true,
      parentId: true,
      scopeRoot: { select: { id: true, name: true } },
      activeUntil: true,
      successor: { select: { id: true, name: true } },
      nameHistory: { select: { name: true, validUntil: true }, orderBy: { changedAt: "desc" } },
      ancestors: { select: { ancestor: { select: { id: true, name: true } }, depth: true }, orderBy: { depth: "desc" } },
      children: { select: summarySelect, orderBy: { name: "asc" } },
    },
  });
  if (!org) return null;
  // The path shows only the ancestors inside the person's scope.
  const visibleAncestors = await db().organization.findMany({
    where: { AND: [organizationInScope(user), { id: { in: org.ancestors.map((a) => a.ancestor.id) } }] },
    select: { id: true },
  });
  const visible = new Set(visibleAncestors.map((v) => v.id));
  const [self, ...children] = await withSizes([org, ...org.children]);
  return {
    ...self,
    code: org.code,
    scopeRoot: org.scopeRoot,
    /** The last day it existed, when it was dissolved or merged; the successor is shown only inside the scope. */
    activeUntil: isoDate(org.activeUntil),
    successor: org.successor && (await db().organization.count({ where: { AND: [organizationInScope(user), { id: org.successor.id }] } })) ? org.successor : null,
    /** History keeps the old names: "Tên gọi trước đây". */
    formerNames: org.nameHistory.map((h) => ({ name: h.name, validUntil: isoDate(h.validUntil)! })),
    path: org.ancestors.filter((a) => a.depth > 0 && visible.has(a.ancestor.id)).map((a) => a.ancestor),
    children,
  };
}
