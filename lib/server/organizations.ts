import "server-only";
// Reading the organisation forest within a person's scope: the roots they answer for, one
// organisation with its path and children, sizes of subtrees from the closure table.
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

const summarySelect = {
  id: true,
  name: true,
  abbreviation: true,
  kind: true,
  _count: { select: { children: true, descendants: true } },
} as const;

function toSummary(o: {
  id: number;
  name: string;
  abbreviation: string | null;
  kind: OrganizationKind;
  _count: { children: number; descendants: number };
}): OrganizationSummary {
  return {
    id: o.id,
    name: o.name,
    abbreviation: o.abbreviation,
    kind: o.kind,
    childCount: o._count.children,
    descendantCount: o._count.descendants - 1, // the closure counts the organisation itself
  };
}

/** The tops of what the person may see: their organisation and the one it directs (all roots for an administrator). */
export async function listScopeRoots(user: SessionUser): Promise<OrganizationSummary[]> {
  assertCan(user, "read:organization");
  const where = user.wholeForest ? { parentId: null } : { id: { in: user.scopeRootIds } };
  const rows = await db().organization.findMany({ where, select: summarySelect, orderBy: { name: "asc" } });
  return rows.map(toSummary);
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
  return {
    ...toSummary(org),
    code: org.code,
    scopeRoot: org.scopeRoot,
    /** The last day it existed, when it was dissolved or merged; the successor is shown only inside the scope. */
    activeUntil: isoDate(org.activeUntil),
    successor: org.successor && (await db().organization.count({ where: { AND: [organizationInScope(user), { id: org.successor.id }] } })) ? org.successor : null,
    /** History keeps the old names: "Tên gọi trước đây". */
    formerNames: org.nameHistory.map((h) => ({ name: h.name, validUntil: isoDate(h.validUntil)! })),
    path: org.ancestors.filter((a) => a.depth > 0 && visible.has(a.ancestor.id)).map((a) => a.ancestor),
    children: org.children.map(toSummary),
  };
}
