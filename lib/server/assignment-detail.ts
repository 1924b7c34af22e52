import "server-only";
// One assignment in its context: the chain of directives above it, the task, the other units on
// the same task, the reports (coordinating units see the lead's), report slots, extensions, and the
// unit's own plans with their progress rolled up through every level below.
import { Prisma } from "@/lib/generated/prisma/client";
import { todayIn } from "@/lib/domain/clock";
import { slotsAsOf, type SlotView } from "@/lib/domain/report-slots";
import { assignmentStatusAsOf, type AssignmentStatus } from "@/lib/domain/status";
import { can } from "@/lib/auth/permissions";
import { assignmentFacts } from "./assignment-facts";
import { statusSql } from "./compliance";
import { serverConfig } from "./config";
import { db, isoDate } from "./db";
import { receivedOn } from "./report-due";
import { assignmentVisibleTo, directiveVisibleTo } from "./scope";
import { assertCan, type SessionUser } from "./session-user";
import { auditSecretRead } from "./audit";

export interface Rollup {
  total: number;
  completed: number;
  overdue: number;
  /** How many levels of plans lie below (1: the unit's plan only). */
  levels: number;
}

/** Progress of the units' own plans below each assignment, through every level of the cascade. */
export async function ownPlanRollup(assignmentIds: number[], today: string): Promise<Map<number, Rollup>> {
  if (!assignmentIds.length) return new Map();
  const asOf = Prisma.sql`${today}::date`;
  const rows = await db().$queryRaw<(Rollup & { root: number })[]>(Prisma.sql`
    WITH RECURSIVE plans(directive_id, root, level) AS (
      SELECT d.id, d.source_assignment_id, 1 FROM directive d
      WHERE d.source_assignment_id = ANY(${assignmentIds}::int[]) AND d.status = 'ISSUED'
      UNION ALL
      SELECT d.id, p.root, p.level + 1 FROM plans p
      JOIN assignment pa ON pa.directive_id = p.directive_id
      JOIN directive d ON d.source_assignment_id = pa.id AND d.status = 'ISSUED'
      WHERE p.level < 10
    ),
    judged AS (
      SELECT p.root, p.level, ${statusSql(asOf)} AS status FROM plans p JOIN assignment a ON a.directive_id = p.directive_id
    )
    SELECT root, count(*) FILTER (WHERE status <> 'CANCELLED')::int AS total,
      count(*) FILTER (WHERE status IN ('COMPLETED_ON_TIME', 'COMPLETED_LATE'))::int AS completed,
      count(*) FILTER (WHERE status = 'OVERDUE')::int AS overdue,
      max(level)::int AS levels
    FROM judged GROUP BY root`);
  return new Map(rows.map((r) => [r.root, { total: r.total, completed: r.completed, overdue: r.overdue, levels: r.levels }]));
}

interface ChainLink {
  id: number;
  type: string;
  symbol: string | null;
  title: string | null;
  issuerName: string;
  openable: boolean;
}

/** The directives above, from the top down: each named, openable only when the person may open it. */
async function parentChain(user: SessionUser, directiveId: number): Promise<ChainLink[]> {
  const rows = await db().$queryRaw<{ id: number; type: string; symbol: string | null; title: string; confidentiality: string; issuer_name: string; depth: number }[]>(
    Prisma.sql`
      WITH RECURSIVE up(id, parent_id, depth) AS (
        SELECT id, parent_id, 0 FROM directive WHERE id = ${directiveId}
        UNION ALL SELECT d.id, d.parent_id, up.depth + 1 FROM directive d JOIN up ON d.id = up.parent_id WHERE up.depth < 20
      )
      SELECT d.id, d.type, d.symbol, d.title, d.confidentiality, o.name AS issuer_name, up.depth
      FROM up JOIN directive d ON d.id = up.id JOIN organization o ON o.id = d.issuer_id
      WHERE up.depth > 0 ORDER BY up.depth DESC`,
  );
  const openable = new Set(
    (await db().directive.findMany({ where: { AND: [directiveVisibleTo(user), { id: { in: rows.map((r) => r.id) } }] }, select: { id: true } })).map((d) => d.id),
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    symbol: r.symbol,
    title: openable.has(r.id) || r.confidentiality !== "SECRET" ? r.title : null,
    issuerName: r.issuer_name,
    openable: openable.has(r.id),
  }));
}

/** Of these assignments, those whose page (and so whose reports) the person may open: assignmentVisibleTo. */
export async function openableAssignments(user: SessionUser, ids: number[]): Promise<Set<number>> {
  if (!can(user.role, "read:assignment") || !ids.length) return new Set();
  const rows = await db().assignment.findMany({ where: { AND: [{ id: { in: ids } }, assignmentVisibleTo(user)] }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** A report's evidence file, when the person may open the assignment it belongs to. */
export async function getEvidenceFile(user: SessionUser, evidenceId: number) {
  assertCan(user, "read:assignment");
  const evidence = await db().reportEvidence.findFirst({
    where: { id: evidenceId, report: { assignment: assignmentVisibleTo(user) } },
    select: { file: { select: { name: true, contentType: true, storageKey: true } } },
  });
  return evidence?.file ?? null;
}

/** How many of the other units on the same task the assignment page lists. */
export const OTHER_UNITS_SHOWN = 30;

/**
 * The assignment, when the person may open its directive and is of the unit's scope, of the
 * issuer, or of another unit on the same task (who sees the lead's reports); otherwise null.
 */
export async function getAssignmentDetail(user: SessionUser, id: number) {
  assertCan(user, "read:assignment");
  const today = todayIn(serverConfig().clock);
  const a = await db().assignment.findFirst({
    where: { id, ...assignmentVisibleTo(user) },
    select: {
      id: true,
      role: true,
      state: true,
      dueOn: true,
      completedOn: true,
      reportDueOn: true,
      progressPercent: true,
      createdAt: true,
      unit: { select: { id: true, name: true } },
      task: {
        select: {
          id: true,
          ordinal: true,
          title: true,
          description: true,
          deadlineKind: true,
          deadlineText: true,
          dueOn: true,
          reportingCycle: true,
          targetValue: true,
          targetUnit: true,
          requiresOwnPlan: true,
          // A national task has thousands of units: the page lists the first ones (lead units
          // first) and says how many more there are; the dashboards show them all.
          assignments: {
            where: { id: { not: id } },
            orderBy: [{ role: "asc" }, { unit: { name: "asc" } }],
            take: OTHER_UNITS_SHOWN,
            select: { id: true, role: true, state: true, dueOn: true, completedOn: true, reportDueOn: true, progressPercent: true, unit: { select: { name: true } } },
          },
          _count: { select: { assignments: true } },
        },
      },
      directive: { select: { id: true, type: true, symbol: true, title: true, status: true, recalledAt: true, confidentiality: true, issuer: { select: { id: true, name: true } } } },
      reports: {
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          version: true,
          content: true,
          progressPercent: true,
          achievedValue: true,
          denominator: true,
          requestsCompletion: true,
          periodKey: true,
          status: true,
          submittedAt: true,
          reviewedAt: true,
          reviewNote: true,
          author: { select: { name: true } },
          reviewedBy: { select: { name: true } },
          evidence: { select: { id: true, url: true, label: true, file: { select: { id: true, name: true, size: true } } } },
        },
      },
      extensions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, status: true, reason: true, previousDueOn: true, requestedDueOn: true, createdAt: true, decidedAt: true, decisionNote: true },
      },
      ownPlans: { where: { status: { not: "RECALLED" } }, select: { id: true, type: true, symbol: true, title: true, status: true, issuerId: true } },
      reminders: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 20, select: { id: true, note: true, createdAt: true, sentBy: { select: { name: true } } } },
    },
  });
  if (!a) return null;
  await auditSecretRead(user, a.directive, "assignment", a.id);
  const [rollup, openable] = await Promise.all([
    ownPlanRollup([a.id], today),
    openableAssignments(
      user,
      a.task.assignments.map((o) => o.id),
    ),
  ]);
  const ownUnit = a.unit.id === user.organizationId;
  const issuerOffice = a.directive.issuer.id === user.organizationId;
  const live = a.directive.status === "ISSUED" && (a.state === "OPEN" || a.state === "SUBMITTED");
  const fulfilled = new Set(a.reports.filter((r) => r.status !== "RETURNED" && r.periodKey).map((r) => r.periodKey as string));
  const slots: SlotView[] = a.dueOn === null ? slotsAsOf(a.task.reportingCycle, receivedOn(a.createdAt), fulfilled, today) : [];
  return {
    today,
    id: a.id,
    role: a.role,
    state: a.state,
    status: assignmentStatusAsOf(assignmentFacts(a, today), today) as AssignmentStatus,
    dueOn: isoDate(a.dueOn),
    completedOn: isoDate(a.completedOn),
    reportDueOn: isoDate(a.reportDueOn),
    progressPercent: a.progressPercent,
    unit: a.unit,
    directive: a.directive,
    chain: await parentChain(user, a.directive.id),
    task: {
      ...a.task,
      dueOn: isoDate(a.task.dueOn),
      target: a.task.targetValue === null ? null : { value: Number(a.task.targetValue), unit: a.task.targetUnit ?? "" },
    },
    // A leader above the unit may not see every other unit of a national task: only those open as links.
    others: a.task.assignments.map((o) => ({
      id: o.id,
      unitName: o.unit.name,
      role: o.role,
      progressPercent: o.progressPercent,
      status: assignmentStatusAsOf(assignmentFacts(o, today), today),
      openable: openable.has(o.id),
    })),
    othersTotal: a.task._count.assignments - 1,
    reports: a.reports.map((r) => ({
      ...r,
      achievedValue: r.achievedValue === null ? null : Number(r.achievedValue),
      denominator: r.denominator === null ? null : Number(r.denominator),
    })),
    slots,
    extensions: a.extensions.map((e) => ({ ...e, previousDueOn: isoDate(e.previousDueOn), requestedDueOn: isoDate(e.requestedDueOn) as string })),
    ownPlans: a.ownPlans,
    /** The issuing office's reminders (đôn đốc), newest first. */
    reminders: a.reminders.map((r) => ({ id: r.id, note: r.note, at: r.createdAt, by: r.sentBy?.name ?? null })),
    rollup: rollup.get(a.id) ?? null,
    can: {
      report: ownUnit && live && can(user.role, "report:assignment"),
      review: issuerOffice && can(user.role, "review:report"),
      requestExtension: ownUnit && live && a.dueOn !== null && can(user.role, "report:assignment") && !a.extensions.some((e) => e.status === "PENDING"),
      createPlan: ownUnit && live && can(user.role, "create:directive"),
    },
  };
}

export type AssignmentDetail = NonNullable<Awaited<ReturnType<typeof getAssignmentDetail>>>;
