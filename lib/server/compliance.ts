import "server-only";
// The status figures of domain.md computed in SQL, one way for every page: the CASE below is
// the SQL twin of lib/domain/status.ts (a test holds them equal), and the visibility predicate is
// the SQL twin of scope.ts's directiveVisibleTo (a test holds those equal too).
import { Prisma } from "@/lib/generated/prisma/client";
import { todayIn } from "@/lib/domain/clock";
import { serverConfig } from "./config";
import { db } from "./db";
import { assertCan, type SessionUser } from "./session-user";

/** The status of assignment `a` as of the date `asOf` (a SQL date expression). */
export function statusSql(asOf: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN a.state = 'CANCELLED' THEN 'CANCELLED'
    WHEN a.state = 'COMPLETED' AND a.completed_on <= ${asOf} THEN
      CASE WHEN a.due_on IS NULL OR a.completed_on <= a.due_on THEN 'COMPLETED_ON_TIME' ELSE 'COMPLETED_LATE' END
    WHEN a.due_on IS NOT NULL AND ${asOf} > a.due_on THEN 'OVERDUE'
    ELSE 'IN_PROGRESS'
  END`;
}

/** Whether assignment `a` belongs to the on-time rate's denominator as of `asOf`. */
export function inRateSql(asOf: Prisma.Sql): Prisma.Sql {
  // COALESCE: a missing due or completion date is "no", never SQL's unknown.
  return Prisma.sql`(a.state <> 'CANCELLED' AND COALESCE(a.due_on <= ${asOf} OR (a.state = 'COMPLETED' AND a.completed_on <= ${asOf}), FALSE))`;
}

/** Organisation id `column` lies in one of the person's subtrees. */
function inScopeSql(user: SessionUser, column: Prisma.Sql): Prisma.Sql {
  if (user.role === "ADMIN") return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM organization_closure c WHERE c.descendant_id = ${column} AND c.ancestor_id = ANY(${user.scopeRootIds}::int[]))`;
}

/** SQL twin of scope.ts directiveVisibleTo, for directive alias `d`. */
export function directiveVisibleSql(user: SessionUser): Prisma.Sql {
  const home = user.organizationId;
  return Prisma.sql`(
    (d.confidentiality = 'NORMAL' AND ${inScopeSql(user, Prisma.sql`d.issuer_id`)} AND (d.status <> 'DRAFT' OR d.issuer_id = ${home}))
    OR (d.confidentiality = 'NORMAL' AND d.status <> 'DRAFT' AND EXISTS (
      SELECT 1 FROM assignment sa WHERE sa.directive_id = d.id AND ${inScopeSql(user, Prisma.sql`sa.unit_id`)}))
    OR (d.confidentiality = 'SECRET' AND d.issuer_id = ${home})
    OR (d.confidentiality = 'SECRET' AND d.status <> 'DRAFT' AND EXISTS (
      SELECT 1 FROM assignment sa WHERE sa.directive_id = d.id AND sa.unit_id = ${home}))
  )`;
}

export interface ComplianceSummary {
  asOf: string;
  total: number;
  completedOnTime: number;
  completedLate: number;
  overdue: number;
  inProgress: number;
  rateDenominator: number;
  /** completed on time ÷ denominator, null when nothing is due or completed yet. */
  onTimeRate: number | null;
  dueWithin14Days: number;
}

/**
 * The figures for the assignments of units in the person's subtrees, of directives the person
 * may open, as of `asOf` (default today).
 */
export async function complianceSummary(user: SessionUser, options: { asOf?: string } = {}): Promise<ComplianceSummary> {
  assertCan(user, "read:assignment");
  const asOf = options.asOf ?? todayIn(serverConfig().clock);
  const asOfSql = Prisma.sql`${asOf}::date`;
  const [row] = await db().$queryRaw<Record<string, number>[]>(Prisma.sql`
    SELECT
      count(*) FILTER (WHERE s.status <> 'CANCELLED')::int AS total,
      count(*) FILTER (WHERE s.status = 'COMPLETED_ON_TIME')::int AS "completedOnTime",
      count(*) FILTER (WHERE s.status = 'COMPLETED_LATE')::int AS "completedLate",
      count(*) FILTER (WHERE s.status = 'OVERDUE')::int AS overdue,
      count(*) FILTER (WHERE s.status = 'IN_PROGRESS')::int AS "inProgress",
      count(*) FILTER (WHERE s.in_rate)::int AS "rateDenominator",
      count(*) FILTER (WHERE s.status = 'IN_PROGRESS' AND s.due_on BETWEEN ${asOfSql} AND ${asOfSql} + 14)::int AS "dueWithin14Days"
    FROM (
      SELECT ${statusSql(asOfSql)} AS status, ${inRateSql(asOfSql)} AS in_rate, a.due_on
      FROM assignment a JOIN directive d ON d.id = a.directive_id
      WHERE ${inScopeSql(user, Prisma.sql`a.unit_id`)} AND ${directiveVisibleSql(user)}
    ) s`);
  const r = row ?? {};
  const denominator = r.rateDenominator ?? 0;
  return {
    asOf,
    total: r.total ?? 0,
    completedOnTime: r.completedOnTime ?? 0,
    completedLate: r.completedLate ?? 0,
    overdue: r.overdue ?? 0,
    inProgress: r.inProgress ?? 0,
    rateDenominator: denominator,
    onTimeRate: denominator === 0 ? null : (r.completedOnTime ?? 0) / denominator,
    dueWithin14Days: r.dueWithin14Days ?? 0,
  };
}
