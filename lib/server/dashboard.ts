import "server-only";
// Leadership's figures for a subtree and a period, every one computed from the same base set and
// the same status definition (statusSql, the twin of lib/domain/status.ts), so two pages never
// disagree about a unit. The base set: the assignments of units in the subtree of X whose due date
// (or, for ongoing work, the due date of its next report) falls in the period, of directives the
// person may open, judged as of today.
import { can } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { sharedPlaces } from "@/lib/domain/ranking";
import { addDays, type IsoDate } from "@/lib/domain/calendar";
import { todayIn } from "@/lib/domain/clock";
import { monthsOf, type Period } from "@/lib/domain/period";
import { inRateSql, secretCountableSql, statusSql } from "./compliance";
import { serverConfig } from "./config";
import { db, isoDate } from "./db";
import { organizationInScope } from "./scope";
import { assertCan, type SessionUser } from "./session-user";
import { monthlyFigures, openDueCount, sumRows, summarizedIds } from "./dashboard-summary";

export interface Figures {
  total: number;
  completedOnTime: number;
  completedLate: number;
  overdue: number;
  inProgress: number;
  rateDenominator: number;
  /** completed on time ÷ rateDenominator; null when nothing is due or done yet. */
  onTimeRate: number | null;
}

export interface DashboardScope {
  id: number;
  name: string;
  /** Ancestors inside the person's scope, top first, for breadcrumbs. */
  path: { id: number; name: string }[];
  childCount: number;
}

/**
 * The organisation the dashboards open on: the person's own — except for an inspection commission,
 * whose own organisation has no work: it opens on the subtree it inspects (its scope's root).
 */
export function dashboardHome(user: SessionUser): number {
  const inspected = user.scopeRootIds.find((id) => id !== user.organizationId);
  return can(user.role, "read:secret_directive") && inspected !== undefined ? inspected : user.organizationId;
}

/** The organisation whose subtree the figures cover: `orgId` when it lies in the person's scope, else their home (dashboardHome). */
export async function resolveDashboardScope(user: SessionUser, orgId?: number): Promise<DashboardScope | null> {
  assertCan(user, "read:dashboard");
  const id = orgId ?? dashboardHome(user);
  const org = await db().organization.findFirst({
    where: { AND: [organizationInScope(user), { id }] },
    select: {
      id: true,
      name: true,
      ancestors: { where: { depth: { gt: 0 } }, orderBy: { depth: "desc" }, select: { ancestor: { select: { id: true, name: true } } } },
      _count: { select: { children: true } },
    },
  });
  if (!org) return null;
  // The breadcrumbs: the ancestors the person may open (a root of the forest has none to check).
  const ancestorIds = org.ancestors.map((a) => a.ancestor.id);
  const inScope = ancestorIds.length
    ? new Set((await db().organization.findMany({ where: { AND: [organizationInScope(user), { id: { in: ancestorIds } }] }, select: { id: true } })).map((o) => o.id))
    : new Set<number>();
  return {
    id: org.id,
    name: org.name,
    path: org.ancestors.map((a) => a.ancestor).filter((a) => inScope.has(a.id)),
    childCount: org._count.children,
  };
}

interface BaseOptions {
  rootId: number;
  /** null: every date, ongoing work without a report cycle included. */
  period: Period | null;
  today: IsoDate;
  /** Only the organisation's own assignments, not its units'. */
  ownOnly?: boolean;
  /** A further condition on the assignment `a` (of a few directives, of tasks with a target): a view
   * of part of the work then reads that part, not the whole subtree's. */
  only?: Prisma.Sql;
  /** The work of the directives the organisation itself issued, wherever their units are in the forest,
   * in place of the work of its subtree (an issuing office follows its own directives). */
  issued?: boolean;
}

/** The base set as a CTE named `base`: one row per assignment, with its status as of today. */
export function baseCte(user: SessionUser, { rootId, period, today, ownOnly = false, only, issued = false }: BaseOptions): Prisma.Sql {
  const asOf = Prisma.sql`${today}::date`;
  const source = issued
    ? Prisma.sql`directive d JOIN assignment a ON a.directive_id = d.id WHERE d.issuer_id = ${rootId}`
    : Prisma.sql`organization_closure c
      JOIN assignment a ON a.unit_id = c.descendant_id
      JOIN directive d ON d.id = a.directive_id
      WHERE c.ancestor_id = ${rootId} AND ${ownOnly ? Prisma.sql`c.descendant_id = ${rootId}` : Prisma.sql`TRUE`}`;
  return Prisma.sql`
    base AS MATERIALIZED (
      SELECT a.id, a.unit_id, a.directive_id, a.task_id, a.state, a.due_on, a.completed_on, a.report_due_on,
        ${statusSql(asOf)} AS status, ${inRateSql(asOf)} AS in_rate
      FROM ${source}
        AND a.state <> 'CANCELLED' AND d.status <> 'DRAFT'
        AND ${period ? Prisma.sql`COALESCE(a.due_on, a.report_due_on) BETWEEN ${period.from}::date AND ${period.to}::date` : Prisma.sql`TRUE`}
        AND ${only ?? Prisma.sql`TRUE`}
        AND ${secretCountableSql(user)}
    )`;
}

/**
 * The figures of domain.md over rows with `status` and `in_rate` columns of the relation `alias`;
 * `counted` names a column that is null on a LEFT JOIN's empty row.
 */
export function figures(counted: Prisma.Sql = Prisma.sql`*`, alias?: string): Prisma.Sql {
  const col = (name: string) => Prisma.raw(alias ? `${alias}.${name}` : name);
  return Prisma.sql`
  count(${counted})::int AS total,
  count(*) FILTER (WHERE ${col("status")} = 'COMPLETED_ON_TIME')::int AS "completedOnTime",
  count(*) FILTER (WHERE ${col("status")} = 'COMPLETED_LATE')::int AS "completedLate",
  count(*) FILTER (WHERE ${col("status")} = 'OVERDUE')::int AS overdue,
  count(*) FILTER (WHERE ${col("status")} = 'IN_PROGRESS')::int AS "inProgress",
  count(*) FILTER (WHERE ${col("in_rate")})::int AS "rateDenominator"`;
}

export type FigureRow = Omit<Figures, "onTimeRate">;

export function withRate(row: Partial<FigureRow> | undefined): Figures {
  const r = { total: 0, completedOnTime: 0, completedLate: 0, overdue: 0, inProgress: 0, rateDenominator: 0, ...row };
  return { ...r, onTimeRate: r.rateDenominator ? r.completedOnTime / r.rateDenominator : null };
}

/** The figures of disjoint rows together (a total row, a roll-up): counts added, the rate recomputed. */
export function totalFigures(rows: FigureRow[]): Figures {
  return withRate(sumRows(rows));
}

export function options(rootId: number, period: Period | null, asOf?: IsoDate): BaseOptions {
  return { rootId, period, today: asOf ?? todayIn(serverConfig().clock) };
}

/** The figures alone: for a period, or for every date (null), as of today or another day. */
export async function dashboardFigures(user: SessionUser, rootId: number, period: Period | null, asOf?: IsoDate): Promise<Figures> {
  assertCan(user, "read:dashboard");
  const o = options(rootId, period, asOf);
  if (period) return withRate(sumRows(await monthlyFigures(user, [rootId], period, o.today, todayIn(serverConfig().clock))));
  const [row] = await db().$queryRaw<FigureRow[]>(Prisma.sql`WITH ${baseCte(user, o)} SELECT ${figures()} FROM base`);
  return withRate(row);
}

/** One month of the period, by the due date of the work (or, for ongoing work, of its next report). */
export interface TrendPoint {
  month: string;
  /** Work due in the month that is completed, on time or late. */
  completed: number;
  completedLate: number;
  /** Work due in the month not done by its date: completed late, or still overdue. */
  becameOverdue: number;
}

/**
 * One task of the next fourteen days: its open assignments in the subtree due in the window, gathered
 * (a national task is due in sixty provinces the same day; leadership presses for the task, then sees
 * its units). A task held by a single unit opens that unit's assignment.
 */
export interface UpcomingItem {
  taskId: number;
  taskTitle: string;
  directive: { id: number; type: string; symbol: string | null };
  /** The earliest and the latest due date of those assignments (they differ after an extension). */
  firstDueOn: string;
  lastDueOn: string;
  /** How many of the task's assignments (one per unit) are open and due in the window. */
  assignments: number;
  /** When one unit holds all of it: that assignment and unit. */
  only: { assignmentId: number; unitName: string } | null;
}

/**
 * The window's open assignments in the subtree, grouped by task, earliest first (20). They are few
 * (≈ 2,400 nationally on the scale data: 7 ms; a province's 2 ms).
 */
function upcomingTasks(user: SessionUser, rootId: number, today: IsoDate, soon: IsoDate) {
  return db().$queryRaw<
    { task_id: number; task_title: string; directive_id: number; type: string; symbol: string | null; first_due: Date; last_due: Date; n: number; tasks: number; first_id: number; unit_name: string }[]
  >(Prisma.sql`
    WITH due AS MATERIALIZED (
      SELECT a.id, a.task_id, a.directive_id, a.unit_id, a.due_on
      FROM assignment a JOIN directive d ON d.id = a.directive_id
      WHERE a.state IN ('OPEN', 'SUBMITTED') AND d.status = 'ISSUED'
        AND a.due_on BETWEEN ${today}::date AND ${soon}::date
        AND EXISTS (SELECT 1 FROM organization_closure c WHERE c.ancestor_id = ${rootId} AND c.descendant_id = a.unit_id)
        AND ${secretCountableSql(user)}
    ),
    grouped AS (
      SELECT task_id, directive_id, min(due_on) AS first_due, max(due_on) AS last_due, count(*)::int AS n,
        min(id) AS first_id, count(*) OVER ()::int AS tasks
      FROM due GROUP BY task_id, directive_id
      ORDER BY min(due_on), task_id LIMIT 20
    )
    SELECT g.*, t.title AS task_title, d.type, d.symbol, u.name AS unit_name
    FROM grouped g JOIN task t ON t.id = g.task_id JOIN directive d ON d.id = g.directive_id
    JOIN assignment a ON a.id = g.first_id JOIN organization u ON u.id = a.unit_id
    ORDER BY g.first_due, g.task_id`);
}

export async function dashboardOverview(user: SessionUser, rootId: number, period: Period) {
  assertCan(user, "read:dashboard");
  const o = options(rootId, period);
  // The next fourteen days are about today, whatever the period: what leadership must press for now.
  const soon = addDays(o.today, 14);
  // Three independent reads, side by side on the pool.
  const [months, upcoming, upcomingCount] = await Promise.all([
    monthlyFigures(user, [rootId], period, o.today, o.today),
    upcomingTasks(user, rootId, o.today, soon),
    openDueCount(user, rootId, o.today, soon),
  ]);
  const totals = sumRows(months);
  // Each month of the period: the work due in it, how much was done (and late), how much was not done by its date.
  const trend: TrendPoint[] = monthsOf(period).map((month) => {
    const r = sumRows(months.filter((x) => x.month === month));
    return { month, completed: r.completedOnTime + r.completedLate, completedLate: r.completedLate, becameOverdue: r.completedLate + r.overdue };
  });
  return {
    asOf: o.today,
    period,
    figures: withRate(totals),
    trend,
    upcomingCount,
    /** How many tasks the window's open assignments belong to (the list shows the first 20). */
    upcomingTasks: upcoming[0]?.tasks ?? 0,
    upcoming: upcoming.map(
      (u): UpcomingItem => ({
        taskId: u.task_id,
        taskTitle: u.task_title,
        directive: { id: u.directive_id, type: u.type, symbol: u.symbol },
        firstDueOn: isoDate(u.first_due) as string,
        lastDueOn: isoDate(u.last_due) as string,
        assignments: u.n,
        only: u.n === 1 ? { assignmentId: u.first_id, unitName: u.unit_name } : null,
      }),
    ),
  };
}

export interface UnitRow extends Figures {
  unitId: number;
  name: string;
  childCount: number;
  /** True for the row of the organisation's own assignments (not its units'). */
  own: boolean;
}

/** The units directly under X, each with the figures of its whole subtree; plus X's own work. */
export async function unitRanking(user: SessionUser, rootId: number, period: Period): Promise<UnitRow[]> {
  assertCan(user, "read:dashboard");
  const today = todayIn(serverConfig().clock);
  // Raw SQL: Prisma's relation count scans the whole forest here, the index answers at once.
  const children = await db().$queryRaw<{ id: number; name: string; childCount: number }[]>(Prisma.sql`
    SELECT o.id, o.name, (SELECT count(*) FROM organization k WHERE k.parent_id = o.id)::int AS "childCount"
    FROM organization o WHERE o.parent_id = ${rootId}`);
  const kept = await summarizedIds(children.map((c) => c.id));
  let rows: (FigureRow & { unitId: number; name: string; childCount: number; own: boolean })[];
  if (children.length && children.every((c) => kept.has(c.id))) {
    // The units directly under the top: their kept counts, and the top's own work from its assignments.
    const months = await monthlyFigures(user, children.map((c) => c.id), period, today, today);
    const [own] = await db().$queryRaw<FigureRow[]>(Prisma.sql`
      WITH ${baseCte(user, { ...options(rootId, period), ownOnly: true })} SELECT ${figures()} FROM base`);
    const root = await db().organization.findUniqueOrThrow({ where: { id: rootId }, select: { name: true } });
    rows = [
      ...children.map((c) => ({ ...sumRows(months.filter((m) => m.orgId === c.id)), unitId: c.id, name: c.name, childCount: c.childCount, own: false })),
      { ...own, unitId: rootId, name: root.name, childCount: children.length, own: true },
    ];
  } else {
    rows = await db().$queryRaw<(FigureRow & { unitId: number; name: string; childCount: number; own: boolean })[]>(Prisma.sql`
    WITH ${baseCte(user, options(rootId, period))},
    grouped AS (
      SELECT COALESCE(ch.ancestor_id, ${rootId}) AS unit_id, b.status, b.in_rate
      FROM base b
      LEFT JOIN organization_closure ch ON ch.descendant_id = b.unit_id
        AND ch.ancestor_id IN (SELECT id FROM organization WHERE parent_id = ${rootId})
    )
    SELECT o.id AS "unitId", o.name, (SELECT count(*) FROM organization k WHERE k.parent_id = o.id)::int AS "childCount",
      (o.id = ${rootId}) AS own, ${figures(Prisma.sql`g.status`)}
    FROM (SELECT id FROM organization WHERE parent_id = ${rootId} UNION SELECT ${rootId}) u
    JOIN organization o ON o.id = u.id
    LEFT JOIN grouped g ON g.unit_id = o.id
    GROUP BY o.id, o.name`);
  }
  return rows
    .map((r) => ({ ...withRate(r), unitId: r.unitId, name: r.name, childCount: r.childCount, own: r.own }))
    .filter((r) => !r.own || r.total > 0)
    .sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || a.overdue - b.overdue || a.name.localeCompare(b.name, "vi"));
}

/**
 * The places of the units of unitRanking (not the organisation's own row): units with the same rate
 * and the same overdue count share their place (1, 1, 3), as in the emulation ranking; a unit with
 * nothing due or done has none. The page and the workbook number them this one way.
 */
export function rankingPlaces(units: UnitRow[]): (number | null)[] {
  return sharedPlaces(units, (r) => (r.onTimeRate === null ? null : `${r.onTimeRate}|${r.overdue}`));
}
