import "server-only";
// Dissolving an organisation, and merging one into another as in the 2025 restructuring of
// provinces and ministries (docs/decisions/0010-administration.md):
// - its open assignments pass to the successor with their reports; where the successor already
//   holds the task (or issued it) the successor's is kept — taking the lead if the merged unit led —
//   and the merged unit's is cancelled; each is recorded in assignment_transfer;
// - the successor is named (task_assignee) wherever it took the work or the lead, and group rules
//   anchored on the merged unit become the units they selected, so issuing the directive again
//   gives the same assignments; the merged unit keeps what it holds and receives nothing new;
// - its children move under the successor, its accounts move to the successor;
// - it stays in the forest, inactive from today, with the successor recorded; completed work,
//   cancelled work, reports and directives it issued stay attached to it.
import { Prisma } from "@/lib/generated/prisma/client";
import { format, messages } from "@/lib/i18n/messages";
import { dissolveOrganizationSchema } from "@/lib/validation/admin";
import { UserFacingError } from "./action-result";
import { activeManagedByCode, adminWrite, isActive, managedById, now, yesterday, type ManagedOrganization } from "./admin-common";
import { inSubtree } from "./admin-organizations";
import { writeAudit } from "./audit";
import { dateValue, type Tx } from "./db";
import { lockForest, moveSubtree } from "./organization-tree";
import type { SessionUser } from "./session-user";

const e = messages.adminOrgErrors;

export interface MergeResult {
  transferred: number;
  duplicates: number;
  children: number;
  users: number;
}

async function merge(tx: Tx, user: SessionUser, a: ManagedOrganization, b: ManagedOrganization): Promise<MergeResult> {
  const at = now();
  // The rules first: group rules anchored on A become the units they select now (A's children
  // are still under it), so the same units stay asked for once the children move.
  await tx.$executeRaw`
    INSERT INTO task_assignee (task_id, role, selector, organization_id)
    SELECT DISTINCT r.task_id, r.role, 'UNIT'::"AssigneeSelector", t.unit_id
    FROM task_assignee r
    CROSS JOIN LATERAL (
      SELECT o.id AS unit_id FROM organization o WHERE r.selector = 'CHILDREN' AND o.parent_id = r.organization_id
      UNION ALL
      SELECT c.descendant_id FROM organization_closure c JOIN organization o ON o.id = c.descendant_id
      WHERE c.ancestor_id = r.organization_id
        AND (r.selector = 'SUBTREE' OR (r.selector = 'KIND_BELOW' AND c.depth > 0 AND o.kind = r.organization_kind))
    ) t
    WHERE r.organization_id = ${a.id} AND r.selector <> 'UNIT'`;
  await tx.$executeRaw`DELETE FROM task_assignee WHERE organization_id = ${a.id} AND selector <> 'UNIT'`;

  // Open assignments B already holds (or whose directive B issued): B's is kept, A's cancelled.
  const duplicates = await tx.$queryRaw<{ id: number; role: string; keep_id: number | null }[]>`
    SELECT x.id, x.role::text AS role, k.id AS keep_id
    FROM assignment x
    JOIN directive d ON d.id = x.directive_id
    LEFT JOIN assignment k ON k.task_id = x.task_id AND k.unit_id = ${b.id}
    WHERE x.unit_id = ${a.id} AND x.state IN ('OPEN', 'SUBMITTED') AND (k.id IS NOT NULL OR d.issuer_id = ${b.id})
    ORDER BY x.id`;
  if (duplicates.length) {
    const leadKeeps = duplicates.filter((d) => d.role === "LEAD" && d.keep_id !== null).map((d) => d.keep_id as number);
    if (leadKeeps.length) await tx.assignment.updateMany({ where: { id: { in: leadKeeps }, role: "COORDINATE" }, data: { role: "LEAD" } });
    await tx.assignment.updateMany({ where: { id: { in: duplicates.map((d) => d.id) } }, data: { state: "CANCELLED" } });
  }
  const transferred = await tx.$queryRaw<{ id: number }[]>`
    UPDATE assignment SET unit_id = ${b.id}, updated_at = now()
    WHERE unit_id = ${a.id} AND state IN ('OPEN', 'SUBMITTED')
    RETURNING id`;
  // Rules naming A stay (they keep its history asked for: an inactive unit keeps what it holds and
  // receives nothing new); B is now named wherever it took A's work or A's lead.
  const leadTaken = duplicates.filter((d) => d.role === "LEAD" && d.keep_id !== null).map((d) => d.id);
  await tx.$executeRaw`
    INSERT INTO task_assignee (task_id, role, selector, organization_id)
    SELECT task_id, role, 'UNIT'::"AssigneeSelector", ${b.id}::int FROM assignment WHERE id = ANY(${transferred.map((t) => t.id)}::int[])
    UNION
    SELECT task_id, 'LEAD'::"AssignmentRole", 'UNIT'::"AssigneeSelector", ${b.id}::int FROM assignment WHERE id = ANY(${leadTaken}::int[])`;
  const transfers = [
    ...transferred.map((t) => ({ assignmentId: t.id, outcome: "TRANSFERRED" as const })),
    ...duplicates.map((d) => ({ assignmentId: d.id, outcome: "CANCELLED_DUPLICATE" as const })),
  ];
  if (transfers.length) {
    await tx.assignmentTransfer.createMany({ data: transfers.map((t) => ({ ...t, fromUnitId: a.id, toUnitId: b.id, at, byId: user.id })) });
  }

  // Children move under B (closure, depths and kept counts exact), accounts move to B.
  const children = await tx.organization.findMany({ where: { parentId: a.id }, select: { id: true }, orderBy: { id: "asc" } });
  for (const child of children) await moveSubtree(tx, child.id, b.id);
  const users = await tx.$queryRaw<{ id: number }[]>`
    UPDATE user_account SET organization_id = ${b.id}, updated_at = now() WHERE organization_id = ${a.id} RETURNING id`;
  // Bodies that directed A (a Ban cán sự đảng directing its ministry) now direct its successor.
  await tx.$executeRaw`UPDATE organization SET scope_root_id = ${b.id} WHERE scope_root_id = ${a.id}`;
  await tx.organization.update({ where: { id: a.id }, data: { activeUntil: dateValue(yesterday()), successorId: b.id } });
  const result = { transferred: transferred.length, duplicates: duplicates.length, children: children.length, users: users.length };
  await writeAudit(tx, {
    actorId: user.id,
    action: "organization.merge",
    entityType: "organization",
    entityId: a.id,
    organizationId: a.id,
    data: {
      into: { id: b.id, code: b.code, name: b.name },
      ...result,
      transferredIds: transferred.map((t) => t.id),
      cancelledIds: duplicates.map((d) => d.id),
      childIds: children.map((c) => c.id),
      userIds: users.map((u) => u.id),
    } satisfies Prisma.InputJsonValue,
  });
  return result;
}

/** Dissolves an organisation; with a successor's code, merges it into that one. */
export function dissolveOrganization(user: SessionUser, raw: unknown) {
  return adminWrite(user, "manage:organization", dissolveOrganizationSchema, raw, async (tx, input) => {
    await lockForest(tx, { assignments: true });
    const org = await managedById(tx, user, input.id);
    if (!org) throw new UserFacingError(messages.admin.notFound);
    if (!user.wholeForest && user.scopeRootIds.includes(org.id)) throw new UserFacingError(e.ownRoot);
    if (!isActive(org)) throw new UserFacingError(e.inactive);

    if (input.successorCode) {
      const target = await activeManagedByCode(tx, user, input.successorCode, "successorCode", e.unknownParent);
      if (target.id === org.id) throw new UserFacingError(messages.editor.formError, { successorCode: [e.mergeSelf] });
      if (await inSubtree(tx, org.id, target.id)) {
        throw new UserFacingError(messages.editor.formError, { successorCode: [format(e.mergeIntoDescendant, { name: target.name })] });
      }
      const r = await merge(tx, user, org, target);
      return { value: r, message: format(messages.adminOrg.merged, { name: target.name, ...r }) };
    }

    const [busy] = await tx.$queryRaw<{ assignments: number; children: number; users: number }[]>`
      SELECT (SELECT count(*) FROM assignment WHERE unit_id = ${org.id} AND state IN ('OPEN', 'SUBMITTED'))::int AS assignments,
             (SELECT count(*) FROM organization WHERE parent_id = ${org.id} AND (active_until IS NULL OR active_until > ${dateValue(yesterday())}::date))::int AS children,
             (SELECT count(*) FROM user_account WHERE organization_id = ${org.id} AND active)::int AS users`;
    if (busy.assignments || busy.children || busy.users) throw new UserFacingError(format(e.stillBusy, busy));
    await tx.organization.update({ where: { id: org.id }, data: { activeUntil: dateValue(yesterday()) } });
    await writeAudit(tx, { actorId: user.id, action: "organization.deactivate", entityType: "organization", entityId: org.id, organizationId: org.id });
    return { value: { transferred: 0, duplicates: 0, children: 0, users: 0 }, message: messages.adminOrg.deactivated };
  });
}
