import "server-only";
// Keeping the organisation forest: list and open the organisations an administrator manages,
// create one, rename it (the old name stays in the history), move it under another parent. Merging
// and dissolving are in organization-merge.ts. Each write: zod, one transaction, one audit event.
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { searchTokens } from "@/lib/domain/text";
import { format, messages } from "@/lib/i18n/messages";
import { createOrganizationSchema, moveOrganizationSchema, renameOrganizationSchema, type OrgListParams } from "@/lib/validation/admin";
import { pageWindow } from "@/lib/domain/paging";
import { UserFacingError } from "./action-result";
import { activeManagedByCode, adminWrite, isActive, managedById, now, today, yesterday } from "./admin-common";
import { writeAudit } from "./audit";
import { dateValue, db, isoDate, type Tx } from "./db";
import { insertOrganization, lockForest, moveSubtree, organizationSearchText } from "./organization-tree";
import { organizationInScope } from "./scope";
import { assertCan, type SessionUser } from "./session-user";

const e = messages.adminOrgErrors;
const formError = messages.editor.formError;
export const ORG_PAGE_SIZE = 50;

export interface OrgListRow {
  id: number;
  code: string;
  name: string;
  abbreviation: string | null;
  kind: OrganizationKind;
  parentName: string | null;
  activeUntil: string | null;
  active: boolean;
  successorName: string | null;
}

/** The organisations the administrator manages, searched (diacritics ignored, former names too) and paged. */
export async function listManagedOrganizations(user: SessionUser, params: OrgListParams) {
  assertCan(user, "manage:organization");
  const where: Prisma.OrganizationWhereInput = {
    AND: [
      organizationInScope(user),
      ...searchTokens(params.q ?? "").slice(0, 8).map((t) => ({ searchText: { contains: t } })),
      params.loai ? { kind: params.loai } : {},
      params.ngung ? {} : { OR: [{ activeUntil: null }, { activeUntil: { gte: dateValue(today())! } }] },
    ],
  };
  const total = await db().organization.count({ where });
  const { page, pageCount, offset } = pageWindow(total, ORG_PAGE_SIZE, params.trang);
  const rows = await db().organization.findMany({
    where,
    orderBy: [{ depth: "asc" }, { name: "asc" }, { id: "asc" }],
    skip: offset,
    take: ORG_PAGE_SIZE,
    select: { id: true, code: true, name: true, abbreviation: true, kind: true, activeUntil: true, parent: { select: { name: true } }, successor: { select: { name: true } } },
  });
  return {
    total,
    page,
    pageCount,
    rows: rows.map(
      (o): OrgListRow => ({
        id: o.id,
        code: o.code,
        name: o.name,
        abbreviation: o.abbreviation,
        kind: o.kind,
        parentName: o.parent?.name ?? null,
        activeUntil: isoDate(o.activeUntil),
        active: isActive(o),
        successorName: o.successor?.name ?? null,
      }),
    ),
  };
}

/** One managed organisation with what an administrator needs before changing it. */
export async function getManagedOrganization(user: SessionUser, id: number) {
  assertCan(user, "manage:organization");
  const o = await db().organization.findFirst({
    where: { AND: [organizationInScope(user), { id }] },
    select: {
      id: true,
      code: true,
      name: true,
      abbreviation: true,
      kind: true,
      symbolFamily: true,
      activeFrom: true,
      activeUntil: true,
      parent: { select: { id: true, code: true, name: true } },
      successor: { select: { id: true, code: true, name: true } },
      predecessors: { select: { id: true, code: true, name: true }, orderBy: { name: "asc" } },
      nameHistory: { select: { name: true, abbreviation: true, validUntil: true }, orderBy: { changedAt: "desc" } },
      _count: { select: { children: true, users: { where: { active: true } }, assignments: { where: { state: { in: ["OPEN", "SUBMITTED"] } } } } },
    },
  });
  if (!o) return null;
  // What its merge did with its open work (none when it was not merged): the page says it after the fact.
  const transfers = await db().assignmentTransfer.groupBy({ by: ["outcome"], where: { fromUnitId: id }, _count: { _all: true } });
  const transferred = (outcome: "TRANSFERRED" | "CANCELLED_DUPLICATE") => transfers.find((t) => t.outcome === outcome)?._count._all ?? 0;
  return {
    ...o,
    mergeOutcome: o.successor ? { transferred: transferred("TRANSFERRED"), duplicates: transferred("CANCELLED_DUPLICATE") } : null,
    activeFrom: isoDate(o.activeFrom),
    activeUntil: isoDate(o.activeUntil),
    active: isActive(o),
    formerNames: o.nameHistory.map((h) => ({ name: h.name, abbreviation: h.abbreviation, validUntil: isoDate(h.validUntil)! })),
    /** Its own root of scope cannot be moved or dissolved by a scoped administrator. */
    ownRoot: !user.wholeForest && user.scopeRootIds.includes(o.id),
    childCount: o._count.children,
    activeUserCount: o._count.users,
    openAssignmentCount: o._count.assignments,
  };
}

async function codeTaken(tx: Tx, code: string): Promise<boolean> {
  return Boolean(await tx.organization.findUnique({ where: { code }, select: { id: true } }));
}

export function createOrganization(user: SessionUser, raw: unknown) {
  return adminWrite(user, "manage:organization", createOrganizationSchema, raw, async (tx, input) => {
    await lockForest(tx);
    if (await codeTaken(tx, input.code)) throw new UserFacingError(formError, { code: [format(e.codeTaken, { code: input.code })] });
    let parentId: number | null = null;
    if (input.parentCode) parentId = (await activeManagedByCode(tx, user, input.parentCode, "parentCode", e.unknownParent)).id;
    else if (!user.wholeForest) throw new UserFacingError(formError, { parentCode: [e.rootNotAllowed] });
    const created = await insertOrganization(tx, {
      code: input.code,
      name: input.name,
      abbreviation: input.abbreviation,
      kind: input.kind,
      symbolFamily: input.symbolFamily,
      parentId,
      activeFrom: dateValue(input.activeFrom),
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "organization.create",
      entityType: "organization",
      entityId: created.id,
      organizationId: created.id,
      data: { code: input.code, name: input.name, kind: input.kind, parentId },
    });
    return { value: { id: created.id }, message: format(messages.adminOrg.created, { name: input.name }) };
  });
}

/** The organisation to change: managed, active, and — for a scoped administrator — not their own root. */
async function changeable(tx: Tx, user: SessionUser, id: number, { rootAllowed = false } = {}) {
  const org = await managedById(tx, user, id);
  if (!org) throw new UserFacingError(messages.admin.notFound);
  if (!rootAllowed && !user.wholeForest && user.scopeRootIds.includes(org.id)) throw new UserFacingError(e.ownRoot);
  if (!isActive(org)) throw new UserFacingError(e.inactive);
  return org;
}

export function renameOrganization(user: SessionUser, raw: unknown) {
  return adminWrite(user, "manage:organization", renameOrganizationSchema, raw, async (tx, input) => {
    const org = await changeable(tx, user, input.id, { rootAllowed: true });
    await tx.$queryRaw`SELECT id FROM organization WHERE id = ${org.id} FOR UPDATE`;
    if (input.name === org.name && input.abbreviation === org.abbreviation) throw new UserFacingError(formError, { name: [e.sameName] });
    await tx.organizationNameHistory.create({
      data: { organizationId: org.id, name: org.name, abbreviation: org.abbreviation, validUntil: dateValue(yesterday())!, changedAt: now(), changedById: user.id },
    });
    const former = await tx.organizationNameHistory.findMany({ where: { organizationId: org.id }, select: { name: true } });
    await tx.organization.update({
      where: { id: org.id },
      data: {
        name: input.name,
        abbreviation: input.abbreviation,
        searchText: organizationSearchText({ ...input, code: org.code, formerNames: former.map((f) => f.name) }),
      },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "organization.rename",
      entityType: "organization",
      entityId: org.id,
      organizationId: org.id,
      data: { from: { name: org.name, abbreviation: org.abbreviation }, to: { name: input.name, abbreviation: input.abbreviation } },
    });
    return { value: { id: org.id }, message: format(messages.adminOrg.renamed, { old: org.name }) };
  });
}

/** Whether `descendantId` lies in the subtree of `ancestorId` (itself included). */
export async function inSubtree(tx: Tx, ancestorId: number, descendantId: number): Promise<boolean> {
  return Boolean(await tx.organizationClosure.findUnique({ where: { ancestorId_descendantId: { ancestorId, descendantId } }, select: { depth: true } }));
}

export function moveOrganization(user: SessionUser, raw: unknown) {
  return adminWrite(user, "manage:organization", moveOrganizationSchema, raw, async (tx, input) => {
    await lockForest(tx, { assignments: true });
    const org = await changeable(tx, user, input.id);
    let parent: { id: number; name: string } | null = null;
    if (input.parentCode) parent = await activeManagedByCode(tx, user, input.parentCode, "parentCode", e.unknownParent);
    else if (!user.wholeForest) throw new UserFacingError(formError, { parentCode: [e.rootNotAllowed] });
    if ((parent?.id ?? null) === org.parentId) {
      throw new UserFacingError(formError, { parentCode: [format(e.sameParent, { parent: parent?.name ?? "—" })] });
    }
    if (parent && (await inSubtree(tx, org.id, parent.id))) {
      throw new UserFacingError(formError, { parentCode: [format(e.cycle, { parent: parent.name, name: org.name })] });
    }
    await moveSubtree(tx, org.id, parent?.id ?? null);
    await writeAudit(tx, {
      actorId: user.id,
      action: "organization.move",
      entityType: "organization",
      entityId: org.id,
      organizationId: org.id,
      data: { fromParentId: org.parentId, toParentId: parent?.id ?? null },
    });
    return { value: { id: org.id }, message: format(messages.adminOrg.moved, { name: org.name, parent: parent?.name ?? "—" }) };
  });
}
