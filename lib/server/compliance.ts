import "server-only";
// The status of domain.md in SQL, one way for every page: the CASE below is the SQL twin of
// lib/domain/status.ts (a test holds them equal), and the visibility predicates are the SQL twins of
// scope.ts's directiveVisibleTo (a test holds those equal too). The figures built on them are in
// dashboard.ts.
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "./session-user";

/** The status of assignment `a` as of the date `asOf` (a SQL date expression). */
export function statusSql(asOf: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN a.state = 'CANCELLED' THEN 'CANCELLED'
    WHEN a.state = 'COMPLETED' AND a.completed_on <= ${asOf} THEN
      CASE WHEN a.due_on IS NULL OR a.completed_on <= a.due_on THEN 'COMPLETED_ON_TIME' ELSE 'COMPLETED_LATE' END
    WHEN a.due_on IS NOT NULL AND ${asOf} > a.due_on THEN 'OVERDUE'
    WHEN a.due_on IS NULL AND a.report_due_on IS NOT NULL AND ${asOf} > a.report_due_on THEN 'OVERDUE'
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
  if (user.wholeForest) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM organization_closure c WHERE c.descendant_id = ${column} AND c.ancestor_id = ANY(${user.scopeRootIds}::int[]))`;
}

/**
 * For figures over assignments already inside the person's scope (directive alias `d`): whether
 * the directive may be counted for them — any ordinary one; a secret one when their organisation
 * issued it or is assigned by it, or always for the inspection commission (read:secret_directive),
 * since an assignment of its scope makes the directive addressed to its scope.
 */
export function secretCountableSql(user: SessionUser): Prisma.Sql {
  if (can(user.role, "read:secret_directive")) return Prisma.sql`TRUE`;
  const home = user.organizationId;
  return Prisma.sql`(d.confidentiality = 'NORMAL' OR d.issuer_id = ${home}
    OR EXISTS (SELECT 1 FROM assignment sa WHERE sa.directive_id = d.id AND sa.unit_id = ${home}))`;
}

/** The confidentiality levels the scope rules apply to: secret ones too for the inspection commission. */
function scopedLevels(user: SessionUser): Prisma.Sql {
  return can(user.role, "read:secret_directive") ? Prisma.sql`d.confidentiality IN ('NORMAL', 'SECRET')` : Prisma.sql`d.confidentiality = 'NORMAL'`;
}

/** SQL twin of scope.ts directiveVisibleTo, for directive alias `d`. */
export function directiveVisibleSql(user: SessionUser): Prisma.Sql {
  const home = user.organizationId;
  const levels = scopedLevels(user);
  return Prisma.sql`(
    (${levels} AND ${inScopeSql(user, Prisma.sql`d.issuer_id`)} AND (d.status <> 'DRAFT' OR d.issuer_id = ${home}))
    OR (${levels} AND d.status <> 'DRAFT' AND EXISTS (
      SELECT 1 FROM assignment sa WHERE sa.directive_id = d.id AND ${inScopeSql(user, Prisma.sql`sa.unit_id`)}))
    OR (d.confidentiality = 'SECRET' AND d.issuer_id = ${home})
    OR (d.confidentiality = 'SECRET' AND d.status <> 'DRAFT' AND EXISTS (
      SELECT 1 FROM assignment sa WHERE sa.directive_id = d.id AND sa.unit_id = ${home}))
  )`;
}

/**
 * From how many organisations in the person's scope the register reads visibility directive by
 * directive rather than set by set. The sets gather every assignment of the scope: 24 ms for a
 * province (≈ 900 organisations, 16,000 assignments) but 1.7 s for the whole country (1 M); the
 * row-by-row rule probes the closure per directive: 82 ms for the country, 120 ms for a province.
 */
export const LARGE_SCOPE = 5000;

/**
 * The ids of the directives the person may open, as CTEs to prefix a query with
 * (`WITH ${visibleDirectivesCte(user)} SELECT … FROM visible_directive v …`). For a scope of fewer
 * than `largeScope` organisations, set-based rather than a per-row predicate: the person's
 * organisations and the directives addressed to them are gathered once and joined by hash. For a
 * larger scope (and the whole forest), directiveVisibleSql row by row. Which one runs is decided
 * in the statement, by a count that stops at `largeScope`; all three give the same ids (tests hold
 * them equal, both ways).
 */
export function visibleDirectivesCte(user: SessionUser, largeScope = LARGE_SCOPE): Prisma.Sql {
  if (user.wholeForest) return Prisma.sql`visible_directive AS MATERIALIZED (SELECT d.id FROM directive d WHERE ${directiveVisibleSql(user)})`;
  const home = user.organizationId;
  const levels = scopedLevels(user);
  const small = Prisma.sql`NOT (SELECT large FROM scope_size)`;
  return Prisma.sql`
    scope_size AS MATERIALIZED (
      SELECT count(*) >= ${largeScope} AS large
      FROM (SELECT 1 FROM organization_closure WHERE ancestor_id = ANY(${user.scopeRootIds}::int[]) LIMIT ${largeScope}) s
    ),
    scope_org AS MATERIALIZED (SELECT descendant_id AS id FROM organization_closure WHERE ancestor_id = ANY(${user.scopeRootIds}::int[])),
    addressed AS MATERIALIZED (SELECT DISTINCT a.directive_id AS id FROM assignment a WHERE a.unit_id IN (SELECT id FROM scope_org)),
    visible_directive AS MATERIALIZED (
      SELECT d.id FROM directive d WHERE (SELECT large FROM scope_size) AND ${directiveVisibleSql(user)}
      UNION
      SELECT d.id FROM directive d
      WHERE ${small} AND d.issuer_id IN (SELECT id FROM scope_org) AND ${levels} AND (d.status <> 'DRAFT' OR d.issuer_id = ${home})
      UNION
      SELECT d.id FROM addressed ad JOIN directive d ON d.id = ad.id
      WHERE ${small} AND ${levels} AND d.status <> 'DRAFT'
      UNION
      SELECT d.id FROM directive d WHERE ${small} AND d.issuer_id = ${home} AND d.confidentiality = 'SECRET'
      UNION
      SELECT d.id FROM assignment sa JOIN directive d ON d.id = sa.directive_id
      WHERE ${small} AND sa.unit_id = ${home} AND d.confidentiality = 'SECRET' AND d.status <> 'DRAFT'
    )`;
}
