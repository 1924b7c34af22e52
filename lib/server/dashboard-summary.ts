import "server-only";
// The dashboards' figures per organisation and month of the due date, read either from the kept
// counts (subtree_stat, for the top two levels of the forest, judged as of today) or from the
// assignments themselves. Both give the same numbers by the definitions of domain.md — a test holds
// them equal through issue, review, recall and a change of confidentiality.
import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/domain/calendar";
import type { Period } from "@/lib/domain/period";
import { inRateSql, secretCountableSql, statusSql } from "./compliance";
import { baseCte, figures, type FigureRow } from "./dashboard";
import { db } from "./db";
import type { SessionUser } from "./session-user";

export interface MonthRow extends FigureRow {
  orgId: number;
  /** "YYYY-MM" of the due date (or, for ongoing work, of its next report). */
  month: string;
}

/** Organisations whose subtree counts are kept: depth 0 and 1. */
export async function summarizedIds(orgIds: number[]): Promise<Set<number>> {
  const rows = await db().organization.findMany({ where: { id: { in: orgIds }, depth: { lte: 1 } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** The kept counts, for ordinary directives, as figures as of `today`. */
async function fromSummary(orgIds: number[], period: Period, today: IsoDate): Promise<MonthRow[]> {
  if (!orgIds.length) return [];
  const open = Prisma.sql`bucket IN ('OPEN_DATED', 'OPEN_SLOT')`;
  return db().$queryRaw<MonthRow[]>(Prisma.sql`
    SELECT org_id AS "orgId", to_char(day, 'YYYY-MM') AS month,
      sum(n)::int AS total,
      COALESCE(sum(n) FILTER (WHERE bucket = 'ON_TIME'), 0)::int AS "completedOnTime",
      COALESCE(sum(n) FILTER (WHERE bucket = 'LATE'), 0)::int AS "completedLate",
      COALESCE(sum(n) FILTER (WHERE ${open} AND day < ${today}::date), 0)::int AS overdue,
      COALESCE(sum(n) FILTER (WHERE ${open} AND day >= ${today}::date), 0)::int AS "inProgress",
      COALESCE(sum(n) FILTER (WHERE bucket IN ('ON_TIME', 'LATE') OR (bucket = 'OPEN_DATED' AND day <= ${today}::date)), 0)::int AS "rateDenominator"
    FROM subtree_stat
    WHERE org_id = ANY(${orgIds}::int[]) AND day BETWEEN ${period.from}::date AND ${period.to}::date
    GROUP BY 1, 2`);
}

/** Secret directives are not in the kept counts: those this person may open are counted from the assignments. */
async function secretRows(user: SessionUser, orgIds: number[], period: Period, today: IsoDate): Promise<MonthRow[]> {
  if (!orgIds.length) return [];
  const asOf = Prisma.sql`${today}::date`;
  return db().$queryRaw<MonthRow[]>(Prisma.sql`
    WITH base AS (
      SELECT c.ancestor_id AS org_id, COALESCE(a.due_on, a.report_due_on) AS day, ${statusSql(asOf)} AS status, ${inRateSql(asOf)} AS in_rate
      FROM directive d
      JOIN assignment a ON a.directive_id = d.id
      JOIN organization_closure c ON c.descendant_id = a.unit_id AND c.ancestor_id = ANY(${orgIds}::int[])
      WHERE d.confidentiality = 'SECRET' AND d.status <> 'DRAFT' AND a.state <> 'CANCELLED'
        AND ${secretCountableSql(user)}
        AND COALESCE(a.due_on, a.report_due_on) BETWEEN ${period.from}::date AND ${period.to}::date
    )
    SELECT org_id AS "orgId", to_char(day, 'YYYY-MM') AS month, ${figures()} FROM base GROUP BY 1, 2`);
}

/** From the assignments themselves (any organisation, any as-of day). */
async function fromAssignments(user: SessionUser, orgId: number, period: Period, asOf: IsoDate): Promise<MonthRow[]> {
  return db().$queryRaw<MonthRow[]>(Prisma.sql`
    WITH ${baseCte(user, { rootId: orgId, period, today: asOf })}
    SELECT ${orgId}::int AS "orgId", to_char(COALESCE(due_on, report_due_on), 'YYYY-MM') AS month, ${figures()}
    FROM base GROUP BY 2`);
}

/**
 * Figures per organisation (its whole subtree) and month, for each of `orgIds`. The kept counts
 * answer for the top two levels when judged as of today; anything else reads the assignments.
 */
export async function monthlyFigures(
  user: SessionUser,
  orgIds: number[],
  period: Period,
  asOf: IsoDate,
  today: IsoDate,
  { useSummary = true }: { useSummary?: boolean } = {},
): Promise<MonthRow[]> {
  const kept = useSummary && asOf === today ? await summarizedIds(orgIds) : new Set<number>();
  const fast = orgIds.filter((id) => kept.has(id));
  const slow = orgIds.filter((id) => !kept.has(id));
  const parts = await Promise.all([
    fromSummary(fast, period, today),
    secretRows(user, fast, period, today),
    ...slow.map((id) => fromAssignments(user, id, period, asOf)),
  ]);
  return parts.flat();
}

export function sumRows(rows: FigureRow[]): FigureRow {
  const total: FigureRow = { total: 0, completedOnTime: 0, completedLate: 0, overdue: 0, inProgress: 0, rateDenominator: 0 };
  for (const r of rows) for (const k of Object.keys(total) as (keyof FigureRow)[]) total[k] += r[k];
  return total;
}

/** Open work of the subtree due between two days (the "next 14 days"), from the kept counts when kept. */
export async function openDueCount(user: SessionUser, rootId: number, from: IsoDate, to: IsoDate): Promise<number> {
  const kept = (await summarizedIds([rootId])).has(rootId);
  const secretOrAll = kept ? Prisma.sql`d.confidentiality = 'SECRET'` : Prisma.sql`TRUE`;
  const [detail] = await db().$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM assignment a
    JOIN organization_closure c ON c.descendant_id = a.unit_id AND c.ancestor_id = ${rootId}
    JOIN directive d ON d.id = a.directive_id
    WHERE a.state IN ('OPEN', 'SUBMITTED') AND d.status <> 'DRAFT' AND ${secretOrAll}
      AND a.due_on BETWEEN ${from}::date AND ${to}::date
      AND ${secretCountableSql(user)}`);
  if (!kept) return detail?.n ?? 0;
  const [row] = await db().$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT COALESCE(sum(n), 0)::int AS n FROM subtree_stat
    WHERE org_id = ${rootId} AND bucket = 'OPEN_DATED' AND day BETWEEN ${from}::date AND ${to}::date`);
  return (row?.n ?? 0) + (detail?.n ?? 0);
}
