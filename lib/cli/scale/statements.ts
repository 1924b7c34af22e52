// The SQL that makes the big tables of the national-size dataset inside PostgreSQL: the assignments
// (the cascade's expansion of the assignee rules) and their reports, each choice a hash of its key.
import { TARGETS_OF_RULES } from "../../server/cascade-targets";

export const HELPERS = [
  // A uniform number in [0, 1) from a key and a salt: the same for the same row whatever the plan.
  `CREATE FUNCTION pg_temp.rnd(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
     $$ SELECT (hashint8extended(k, salt) & 2147483647)::float8 / 2147483648.0 $$`,
  `CREATE FUNCTION pg_temp.qidx(d date) RETURNS int LANGUAGE sql IMMUTABLE AS
     $$ SELECT extract(year FROM d)::int * 4 + (extract(month FROM d)::int - 1) / 3 $$`,
  `CREATE FUNCTION pg_temp.qend(q int) RETURNS date LANGUAGE sql IMMUTABLE AS
     $$ SELECT (make_date(q / 4, (q % 4) * 3 + 1, 1) + interval '3 months' - interval '1 day')::date $$`,
  `CREATE FUNCTION pg_temp.qkey(q int) RETURNS text LANGUAGE sql IMMUTABLE AS
     $$ SELECT lpad((q / 4)::text, 4, '0') || '-Q' || (q % 4 + 1) $$`,
  // A moment on a Vietnam calendar day (UTC+7, no daylight saving), independent of the session's time zone.
  `CREATE FUNCTION pg_temp.vn(d date, hours int) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
     $$ SELECT (d + make_interval(hours => hours - 7)) AT TIME ZONE 'UTC' $$`,
  // The progress an ongoing task's j-th period report states.
  `CREATE FUNCTION pg_temp.pp(j int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT least(95, 20 + 10 * j) $$`,
];

export const TEMP_TABLES = ["scale_unit", "scale_directive", "scale_plan_source", "scale_actor"];

/** The expansion of the rules into (task, unit, role): the cascade's own (lib/server/cascade-targets.ts). */
const DESIRED = `
  rules AS (
    SELECT ta.task_id, ta.role, ta.selector, ta.organization_id, ta.organization_kind
    FROM task_assignee ta JOIN task t ON t.id = ta.task_id JOIN scale_directive sd ON sd.id = t.directive_id
    WHERE NOT sd.draft
  ),
  ${TARGETS_OF_RULES},
  desired AS (
    SELECT tg.task_id, tg.unit_id, min(tg.role) AS role FROM targets tg GROUP BY tg.task_id, tg.unit_id
  )`;

/**
 * One row per (task, unit). Statuses as of the directive's day of reckoning (today, or the day it was
 * recalled), shaded by the unit's diligence s: of work due before that day about 60 % is completed on
 * time, 15 % late and 25 % still open; of work due later about 20 % is already done and 3 % awaits
 * review. Ongoing work with a reporting cycle has reported on its first kk periods, and report_due_on
 * is the end of period kk — what earliestOpenSlotDue gives for those reports.
 */
export const INSERT_ASSIGNMENTS = `
  INSERT INTO assignment (task_id, directive_id, unit_id, role, state, due_on, completed_on, report_due_on, progress_percent, created_at, updated_at)
  WITH ${DESIRED},
  x AS (
    SELECT d.task_id, t.directive_id, d.unit_id, d.role, t.due_on, t.reporting_cycle, sd.issued_on, sd.asof, sd.recalled,
           u.diligence AS s, ps.plan_on, (d.task_id::bigint << 20) + d.unit_id AS k
    FROM desired d JOIN task t ON t.id = d.task_id JOIN scale_directive sd ON sd.id = t.directive_id
    JOIN scale_unit u ON u.id = d.unit_id
    LEFT JOIN scale_plan_source ps ON ps.task_id = d.task_id AND ps.unit_id = d.unit_id
    WHERE d.unit_id <> sd.issuer_id
  ),
  c AS (
    SELECT x.*, pg_temp.rnd(k, 1) AS u1, pg_temp.rnd(k, 2) AS u2, pg_temp.rnd(k, 3) AS u3, pg_temp.rnd(k, 4) AS u4,
           pg_temp.qidx(asof) - pg_temp.qidx(issued_on) AS n,
           0.07 + 0.38 * (1 - s) AS p_over, 0.09 + 0.15 * (1 - s) AS p_late, 0.06 + 0.25 * s AS p_early
    FROM x
  ),
  kc AS (
    SELECT c.*,
      CASE
        WHEN plan_on IS NOT NULL AND plan_on <= asof THEN 'PLAN'
        WHEN due_on IS NULL AND reporting_cycle <> 'NONE' THEN 'ONGOING'
        WHEN due_on IS NULL THEN 'OPEN'
        WHEN due_on < asof THEN CASE
          WHEN u1 < 1 - p_over - p_late THEN 'ONTIME'
          WHEN u1 < 1 - p_over THEN 'LATE'
          WHEN NOT recalled AND u1 < 1 - 0.88 * p_over THEN 'SUBMITTED'
          ELSE 'OPEN' END
        ELSE CASE
          WHEN u1 < p_early THEN 'EARLY'
          WHEN NOT recalled AND u1 < p_early + 0.03 THEN 'SUBMITTED'
          ELSE 'OPEN' END
      END AS cat,
      CASE WHEN u3 < 0.2 * s THEN n + 1 WHEN u3 < 0.3 + 0.6 * s THEN n ELSE greatest(0, n - 1 - floor(u4 * 2)::int) END AS kk
    FROM c
  ),
  f AS (
    SELECT kc.*,
      CASE cat
        WHEN 'PLAN' THEN plan_on
        WHEN 'ONTIME' THEN issued_on + floor((due_on - issued_on) * (0.3 + 0.7 * u2))::int
        WHEN 'LATE' THEN due_on + 1 + floor(u2 * (least(asof - due_on, 120) - 1))::int
        WHEN 'EARLY' THEN issued_on + floor(u2 * (asof - issued_on))::int
      END AS completed_on,
      kk <= n AND pg_temp.rnd(k, 5) < 0.08 AS ret
    FROM kc
  )
  SELECT task_id, directive_id, unit_id, role,
    (CASE WHEN completed_on IS NOT NULL THEN 'COMPLETED' WHEN recalled THEN 'CANCELLED' WHEN cat = 'SUBMITTED' THEN 'SUBMITTED' ELSE 'OPEN' END)::"AssignmentState",
    due_on, completed_on,
    CASE WHEN cat = 'ONGOING' THEN pg_temp.qend(pg_temp.qidx(issued_on) + kk) END,
    CASE
      WHEN completed_on IS NOT NULL OR cat = 'SUBMITTED' THEN 100
      WHEN cat = 'ONGOING' THEN CASE WHEN ret THEN pg_temp.pp(kk) WHEN kk > 0 THEN pg_temp.pp(kk - 1) ELSE 0 END
      WHEN u3 < 0.15 + 0.45 * s THEN 10 + 5 * floor(u4 * 17)::int
      ELSE 0
    END,
    pg_temp.vn(issued_on, 10),
    coalesce(pg_temp.vn(completed_on, 15), pg_temp.vn(issued_on, 10))
  FROM f
  ORDER BY task_id, unit_id`;

/**
 * The reports each assignment's story implies, derived from the assignment row and the same hashes:
 * (1) the accepted completion request of completed work, submitted on completed_on; (2) sometimes an
 * earlier completion request that was returned; (3) sometimes a progress report before completing;
 * (4) the completion request awaiting review of SUBMITTED work; (5) one progress report on open work
 * whose progress is above 0; (6) one report per fulfilled period of ongoing work; (7) a returned
 * report for the first unfulfilled period, now and then.
 */
export const INSERT_REPORTS = `
  INSERT INTO report (assignment_id, author_id, period_key, content, progress_percent, achieved_value, denominator,
                      requests_completion, status, submitted_at, reviewed_by_id, reviewed_at, review_note)
  WITH a AS (
    SELECT a.id, a.state, a.due_on, a.completed_on, a.report_due_on, a.progress_percent, a.unit_id,
           t.target_value IS NOT NULL AS has_target, sd.issued_on, sd.asof, sd.recalled, sd.issuer_id, u.members,
           (a.task_id::bigint << 20) + a.unit_id AS k,
           pg_temp.qidx(sd.issued_on) AS q0, pg_temp.qidx(sd.asof) - pg_temp.qidx(sd.issued_on) AS n
    FROM assignment a JOIN task t ON t.id = a.task_id JOIN scale_directive sd ON sd.id = a.directive_id
    JOIN scale_unit u ON u.id = a.unit_id
  ),
  r AS (
    SELECT id, k, 1 AS kind, NULL::text AS period_key, 100 AS progress, true AS req, 'ACCEPTED' AS status,
           completed_on AS sub, 0 AS minute, least(asof, completed_on + floor(pg_temp.rnd(k, 11) * 5)::int) AS rev,
           has_target, members, issuer_id, unit_id
    FROM a WHERE state = 'COMPLETED'
    UNION ALL
    SELECT id, k, 2, NULL, 100, true, 'RETURNED', s.sub, 0, s.sub + 1, has_target, members, issuer_id, unit_id
    FROM a CROSS JOIN LATERAL (SELECT completed_on - 2 - floor(pg_temp.rnd(k, 12) * least(20, completed_on - issued_on - 3))::int AS sub) s
    WHERE state = 'COMPLETED' AND completed_on - issued_on >= 5 AND pg_temp.rnd(k, 13) < 0.06
    UNION ALL
    SELECT id, k, 3, NULL, 30 + 10 * floor(pg_temp.rnd(k, 15) * 5)::int, false, 'ACCEPTED', s.sub, 0, s.sub + 1, has_target, members, issuer_id, unit_id
    FROM a CROSS JOIN LATERAL (SELECT issued_on + floor((completed_on - issued_on) * 0.4)::int AS sub) s
    WHERE state = 'COMPLETED' AND completed_on - issued_on >= 4 AND pg_temp.rnd(k, 14) < 0.10
    UNION ALL
    SELECT id, k, 4, NULL, 100, true, 'SUBMITTED', greatest(issued_on, asof - floor(pg_temp.rnd(k, 16) * 20)::int), 0, NULL,
           has_target, members, issuer_id, unit_id
    FROM a WHERE state = 'SUBMITTED'
    UNION ALL
    SELECT id, k, 5, NULL, progress_percent, false,
           CASE WHEN pg_temp.rnd(k, 18) < 0.07 THEN 'RETURNED' WHEN NOT recalled AND s.sub > asof - 14 THEN 'SUBMITTED' ELSE 'ACCEPTED' END,
           s.sub, 0,
           CASE WHEN pg_temp.rnd(k, 18) < 0.07 OR recalled OR s.sub <= asof - 14 THEN least(asof, s.sub + 1 + floor(pg_temp.rnd(k, 19) * 5)::int) END,
           has_target, members, issuer_id, unit_id
    FROM a CROSS JOIN LATERAL (SELECT issued_on + floor(pg_temp.rnd(k, 17) * (asof - issued_on + 1))::int AS sub) s
    WHERE state IN ('OPEN', 'CANCELLED') AND progress_percent > 0 AND report_due_on IS NULL
    UNION ALL
    SELECT id, k, 6, pg_temp.qkey(q0 + j), pg_temp.pp(j), false,
           CASE WHEN NOT recalled AND s.sub > asof - 10 THEN 'SUBMITTED' ELSE 'ACCEPTED' END,
           s.sub, j,
           CASE WHEN recalled OR s.sub <= asof - 10 THEN least(asof, s.sub + 1 + floor(pg_temp.rnd(k, 200 + j) * 6)::int) END,
           has_target, members, issuer_id, unit_id
    FROM a CROSS JOIN LATERAL generate_series(0, pg_temp.qidx(report_due_on) - q0 - 1) j
    CROSS JOIN LATERAL (SELECT least(asof, greatest(issued_on, pg_temp.qend(q0 + j) - 12 + floor(pg_temp.rnd(k, 100 + j) * 27)::int)) AS sub) s
    WHERE report_due_on IS NOT NULL
    UNION ALL
    SELECT id, k, 7, pg_temp.qkey(q0 + kk), pg_temp.pp(kk), false, 'RETURNED', s.sub, 120,
           least(asof, s.sub + 1 + floor(pg_temp.rnd(k, 21) * 3)::int), has_target, members, issuer_id, unit_id
    FROM (SELECT a.*, pg_temp.qidx(report_due_on) - q0 AS kk FROM a WHERE report_due_on IS NOT NULL) a
    CROSS JOIN LATERAL (SELECT least(asof, greatest(issued_on, pg_temp.qend(q0 + kk) - 12 + floor(pg_temp.rnd(k, 20) * 27)::int)) AS sub) s
    WHERE kk <= n AND pg_temp.rnd(k, 5) < 0.08
  )
  SELECT r.id, au.author_id,
    r.period_key,
    CASE
      WHEN r.kind IN (1, 2, 4) THEN ($1::text[])[1 + floor(pg_temp.rnd(r.k, 30 + r.kind) * cardinality($1::text[]))::int]
      WHEN r.kind IN (3, 5) THEN ($2::text[])[1 + floor(pg_temp.rnd(r.k, 30 + r.kind) * cardinality($2::text[]))::int]
      ELSE ($3::text[])[1 + floor(pg_temp.rnd(r.k, 40 + r.minute) * cardinality($3::text[]))::int]
    END,
    r.progress,
    CASE WHEN r.has_target THEN round(r.members * r.progress / 100.0) END,
    CASE WHEN r.has_target THEN r.members END,
    r.req, r.status::"ReportStatus",
    pg_temp.vn(r.sub, 8 + r.kind % 3) + make_interval(mins => r.minute),
    CASE WHEN r.rev IS NOT NULL THEN rv.reviewer_id END,
    pg_temp.vn(r.rev, 15),
    CASE WHEN r.status = 'RETURNED' THEN ($4::text[])[1 + floor(pg_temp.rnd(r.k, 50 + r.kind) * cardinality($4::text[]))::int] END
  FROM r
  LEFT JOIN scale_actor au ON au.org_id = r.unit_id
  LEFT JOIN scale_actor rv ON rv.org_id = r.issuer_id
  ORDER BY r.id, r.sub, r.kind, r.minute`;

// ───────────────────────────── the generator ─────────────────────────────
