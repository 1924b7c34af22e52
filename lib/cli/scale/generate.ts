// The national-size dataset behind `npm run seed:scale` (see lib/cli/seed-scale.ts for how to run it).
//
// How it is made. The small things — ~50,000 organisations, ~2,000 directives and their tasks and
// assignee rules — are planned in TypeScript with a seeded random generator (names need the app's
// own text folding, symbols the app's own formatter, deadlines the app's own parser) and written
// with a few `INSERT … SELECT … FROM unnest(…)` statements. The big things — a million assignments
// and their reports — are made by PostgreSQL in one `INSERT … SELECT` each: the assignments are the
// expansion of the task_assignee rules through the closure table exactly as the cascade expands them
// (lib/server/cascade.ts), and every random choice about an assignment (on time, late, overdue,
// reports, dates) is a hash of its (task, unit) key, so the data does not depend on row order or
// on the plan PostgreSQL picks: the same command makes the same data.
import type pg from "pg";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { DirectiveType, ReportingCycle } from "../../generated/prisma/enums";
import { hashPassword as argon2Hash } from "../../auth/password";
import { formatViDate, type IsoDate } from "../../domain/calendar";
import { statusSql } from "../../server/compliance";
import { directiveSearchText } from "../../server/directive-editor";
import { organizationSearchText, rebuildClosure } from "../../server/organization-tree";
import { loadDemoData } from "../../../prisma/seed/load";
import { CENTRAL_BOARDS, COMPLETION_TEXTS, PERIOD_TEXTS, PROGRESS_TEXTS, RETURN_REASONS, SCALE_USERS } from "./names";
import { LEVEL_NAMES, levels, planForest } from "./forest";
import { planDirectives, reach, rulesFor, type Plan } from "./plan-directives";
import { mulberry32 } from "./random";
import { HELPERS, INSERT_ASSIGNMENTS, INSERT_REPORTS, TEMP_TABLES } from "./statements";

export interface ScaleOptions {
  /** "Today" in Vietnam: statuses, reports and the demo data are as of this day. */
  today: IsoDate;
  /** Organisations to add below Trung ương Đảng (default 50,000). */
  organizations?: number;
  /** Assignments to aim for (default 1,000,000; the result lands within ±1 % when the forest allows). */
  assignments?: number;
  /** Directives (default 2,000 for a million assignments: max(100, assignments / 500)). */
  directives?: number;
  /** Another seed makes another, equally deterministic, dataset. */
  seed?: number;
  hashPassword?: (password: string) => Promise<string>;
  log?: (line: string) => void;
}

export interface ScaleSummary {
  today: IsoDate;
  organizationsByLevel: { level: string; count: number }[];
  organizationsTotal: number;
  directivesByStatus: Record<string, number>;
  directivesByTier: { centre: number; provinces: number; districts: number };
  ownPlans: number;
  tasks: number;
  assignments: number;
  plannedAssignments: number;
  assignmentsByState: Record<string, number>;
  assignmentsByStatus: Record<string, number>;
  reportsByStatus: Record<string, number>;
  reports: number;
  users: string[];
  seconds: number;
}

// ───────────────────────────── deterministic randomness ─────────────────────────────

export async function generateScaleData(target: { prisma: PrismaClient; pool: pg.Pool }, options: ScaleOptions): Promise<ScaleSummary> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const today = options.today;
  const organizations = options.organizations ?? 50_000;
  const assignments = options.assignments ?? 1_000_000;
  const directives = options.directives ?? Math.max(100, Math.round(assignments / 500));
  const seed = options.seed ?? 2026;
  const rng = mulberry32(seed);
  const secs = () => ((Date.now() - started) / 1000).toFixed(1);
  const { prisma, pool } = target;

  log(`Nạp dữ liệu mẫu (ngày hiện tại ${formatViDate(today)})…`);
  await loadDemoData(prisma, { today, hashPassword: options.hashPassword ?? argon2Hash });

  const client = await pool.connect();
  try {
    const q = <R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]) => client.query<R>(text, values);
    await q("SET work_mem = '256MB'");
    for (const name of TEMP_TABLES) await q(`DROP TABLE IF EXISTS pg_temp.${name}`);
    for (const fn of ["rnd(bigint, int)", "qidx(date)", "qend(int)", "qkey(int)", "vn(date, int)", "pp(int)"]) await q(`DROP FUNCTION IF EXISTS pg_temp.${fn}`);
    for (const sql of HELPERS) await q(sql);

    // ── organisations ──
    const centre = (await q<{ id: number; name: string }>(`SELECT id, name FROM organization WHERE code = 'TW'`)).rows[0];
    if (!centre) throw new Error("seed:scale: the demo data has no organisation TW");
    const provinces = planForest(rng, organizations);
    const byLevel = levels(provinces);
    const orgStamp = `${Number(today.slice(0, 4)) - 2}-01-01`;
    for (const [i, level] of byLevel.entries()) {
      const inserted = await q<{ id: number; code: string }>(
        `INSERT INTO organization (code, name, abbreviation, kind, symbol_family, parent_id, depth, search_text, created_at, updated_at)
         SELECT u.code, u.name, u.abbreviation, u.kind::"OrganizationKind", 'PARTY', u.parent_id, $7::int, u.search_text,
                pg_temp.vn($8::date, 8), pg_temp.vn($8::date, 8)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) WITH ORDINALITY
              AS u(code, name, abbreviation, kind, parent_id, search_text, ord)
         ORDER BY u.ord
         RETURNING id, code`,
        [
          level.map((o) => o.code),
          level.map((o) => o.name),
          level.map((o) => o.abbreviation),
          level.map((o) => o.kind),
          level.map((o) => o.parent?.id ?? centre.id),
          level.map((o) => organizationSearchText(o)),
          i + 1,
          orgStamp,
        ],
      );
      const ids = new Map(inserted.rows.map((r) => [r.code, r.id]));
      for (const o of level) o.id = ids.get(o.code)!;
      log(`  ${level.length.toLocaleString("vi-VN")} tổ chức cấp ${LEVEL_NAMES[i]} (${secs()} s)`);
    }
    await prisma.$transaction((tx) => rebuildClosure(tx), { timeout: 600_000, maxWait: 60_000 });
    const all = byLevel.flat();
    await q(`CREATE TEMP TABLE scale_unit (id int PRIMARY KEY, diligence float8 NOT NULL, members int NOT NULL)`);
    await q(`INSERT INTO scale_unit SELECT * FROM unnest($1::int[], $2::float8[], $3::int[])`, [
      all.map((o) => o.id),
      all.map((o) => o.diligence),
      all.map((o) => o.members),
    ]);
    // The demo's own bodies (the central boards coordinate some central tasks): diligent, small.
    await q(`INSERT INTO scale_unit SELECT id, 0.8, 40 FROM organization o WHERE NOT EXISTS (SELECT 1 FROM scale_unit s WHERE s.id = o.id)`);
    log(`Đã tạo ${all.length.toLocaleString("vi-VN")} tổ chức và bảng bao đóng (${secs()} s)`);

    // ── directives, tasks, assignee rules ──
    const boards = await q<{ id: number }>(`SELECT id FROM organization WHERE code = ANY($1::text[]) ORDER BY id`, [[...CENTRAL_BOARDS]]);
    const takenRows = await q<{ issuer_id: number; year: number; symbol: string }>(
      `SELECT issuer_id, year, symbol FROM directive WHERE symbol IS NOT NULL AND year IS NOT NULL`,
    );
    const taken = new Set(takenRows.rows.map((r) => `${r.issuer_id}|${r.year}|${r.symbol}`));
    // Without --directives, a forest too small for the default number of directives to reach the
    // assignments asked for gets more directives (re-planned from the same seed: still deterministic).
    let wanted = directives;
    let plan: Plan;
    for (let attempt = 0; ; attempt++) {
      plan = planDirectives(mulberry32((seed ^ Math.imul(0x9e3779b9, attempt + 1)) >>> 0), {
        provinces,
        centre: { id: centre.id, name: centre.name, abbreviation: "TW", org: null },
        boardIds: boards.rows.map((r) => r.id),
        today,
        directives: wanted,
        assignments,
        taken: new Set(taken),
      });
      if (options.directives !== undefined || plan.planned >= assignments * 0.95 || attempt >= 5) break;
      wanted = Math.ceil(wanted * (assignments / Math.max(1, plan.planned)) * 1.15);
    }
    if (plan.planned < assignments * 0.95) {
      log(`Lưu ý: với ${all.length.toLocaleString("vi-VN")} tổ chức và ${plan.directives.length.toLocaleString("vi-VN")} văn bản chỉ đạt ${plan.planned.toLocaleString("vi-VN")} lượt giao nhiệm vụ; hãy tăng --directives hoặc --organizations.`);
    }
    const ds = plan.directives;
    const made = await q<{ id: number }>(
      `INSERT INTO directive (type, number, symbol, issuer_id, issued_on, year, title, status, confidentiality, search_text,
                              issued_at, recalled_at, created_at, updated_at)
       SELECT u.type::"DirectiveType", u.number, u.symbol, u.issuer_id, u.issued_on, extract(year FROM u.issued_on)::int, u.title,
              u.status::"DirectiveStatus", 'NORMAL', u.search_text,
              pg_temp.vn(u.issued_on, 16), pg_temp.vn(u.recalled_on, 15), pg_temp.vn(u.created_on, 8),
              coalesce(pg_temp.vn(u.recalled_on, 15), pg_temp.vn(u.issued_on, 16), pg_temp.vn(u.created_on, 8))
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::date[], $6::text[], $7::text[], $8::text[], $9::date[], $10::date[])
            WITH ORDINALITY AS u(type, number, symbol, issuer_id, issued_on, title, status, search_text, recalled_on, created_on, ord)
       ORDER BY u.ord
       RETURNING id, issuer_id, symbol`,
      [
        ds.map((d) => d.type),
        ds.map((d) => d.number),
        ds.map((d) => d.symbol),
        ds.map((d) => d.issuer.id),
        ds.map((d) => d.issuedOn),
        ds.map((d) => d.title),
        ds.map((d) => d.status),
        ds.map((d) => directiveSearchText(d.type, d.symbol, d.title, d.issuer.name)),
        ds.map((d) => d.recalledOn),
        ds.map((d) => d.createdOn),
      ],
    );
    // Identity values are drawn in the order the rows are inserted, which ORDER BY ord fixes.
    const ids = made.rows.map((r) => r.id).sort((a, b) => a - b);
    ds.forEach((d, i) => (d.id = ids[i]));
    const check = await q<{ id: number; issuer_id: number; symbol: string | null }>(
      `SELECT id, issuer_id, symbol FROM directive WHERE id = ANY($1::int[]) ORDER BY id`,
      [ids],
    );
    check.rows.forEach((r, i) => {
      if (r.issuer_id !== ds[i].issuer.id || r.symbol !== ds[i].symbol) throw new Error("seed:scale: directive ids out of order");
    });
    await q(`UPDATE directive d SET parent_id = u.parent_id FROM unnest($1::int[], $2::int[]) AS u(id, parent_id) WHERE d.id = u.id`, [
      ds.filter((d) => d.parent).map((d) => d.id),
      ds.filter((d) => d.parent).map((d) => d.parent!.id),
    ]);

    const ts = plan.tasks;
    const taskRows = await q<{ id: number; directive_id: number; ordinal: number }>(
      `INSERT INTO task (directive_id, ordinal, title, deadline_kind, deadline_text, due_on, reporting_cycle, target_value, target_unit,
                         requires_own_plan, created_at, updated_at)
       SELECT u.directive_id, u.ordinal, u.title, u.kind::"DeadlineKind", u.text, u.due_on, u.cycle::"ReportingCycle",
              CASE WHEN u.target THEN 100 END, CASE WHEN u.target THEN '%' END, u.own_plan, pg_temp.vn(u.created_on, 8), pg_temp.vn(u.created_on, 8)
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::bool[], $9::bool[], $10::date[])
            WITH ORDINALITY AS u(directive_id, ordinal, title, kind, text, due_on, cycle, target, own_plan, created_on, ord)
       ORDER BY u.ord
       RETURNING id, directive_id, ordinal`,
      [
        ts.map((t) => t.directive.id),
        ts.map((t) => t.ordinal),
        ts.map((t) => t.title),
        ts.map((t) => t.deadlineKind),
        ts.map((t) => t.deadlineText),
        ts.map((t) => t.dueOn),
        ts.map((t) => t.cycle),
        ts.map((t) => t.target),
        ts.map((t) => t.ownPlan),
        ts.map((t) => t.directive.createdOn),
      ],
    );
    const taskId = new Map(taskRows.rows.map((r) => [`${r.directive_id}:${r.ordinal}`, r.id]));
    for (const t of ts) t.id = taskId.get(`${t.directive.id}:${t.ordinal}`)!;

    const rules = ts.flatMap((t) => rulesFor(t, provinces).map((r) => ({ taskId: t.id, ...r })));
    await q(
      `INSERT INTO task_assignee (task_id, role, selector, organization_id, organization_kind)
       SELECT u.task_id, u.role::"AssignmentRole", u.selector::"AssigneeSelector", u.organization_id, u.kind::"OrganizationKind"
       FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::text[]) WITH ORDINALITY AS u(task_id, role, selector, organization_id, kind, ord)
       ORDER BY u.ord`,
      [rules.map((r) => r.taskId), rules.map((r) => r.role), rules.map((r) => r.selector), rules.map((r) => r.organizationId), rules.map((r) => r.kind)],
    );

    await q(`CREATE TEMP TABLE scale_directive (id int PRIMARY KEY, issuer_id int NOT NULL, issued_on date, asof date NOT NULL, recalled bool NOT NULL, draft bool NOT NULL)`);
    await q(
      `INSERT INTO scale_directive SELECT * FROM unnest($1::int[], $2::int[], $3::date[], $4::date[], $5::bool[], $6::bool[])`,
      [
        ds.map((d) => d.id),
        ds.map((d) => d.issuer.id),
        ds.map((d) => d.issuedOn),
        ds.map((d) => d.recalledOn ?? today),
        ds.map((d) => d.status === "RECALLED"),
        ds.map((d) => d.status === "DRAFT"),
      ],
    );
    const plans = ds.filter((d) => d.source);
    await q(`CREATE TEMP TABLE scale_plan_source (task_id int NOT NULL, unit_id int NOT NULL, plan_on date NOT NULL, PRIMARY KEY (task_id, unit_id))`);
    // A unit that issued its own plan has done the "build a plan" task on that day.
    await q(
      `INSERT INTO scale_plan_source SELECT task_id, unit_id, min(plan_on) FROM unnest($1::int[], $2::int[], $3::date[]) AS u(task_id, unit_id, plan_on) GROUP BY 1, 2`,
      [plans.map((d) => d.source!.id), plans.map((d) => d.issuer.id), plans.map((d) => d.issuedOn)],
    );
    await q(`ANALYZE organization; ANALYZE organization_closure; ANALYZE directive; ANALYZE task; ANALYZE task_assignee;
             ANALYZE scale_unit; ANALYZE scale_directive; ANALYZE scale_plan_source`);
    log(
      `Đã tạo ${ds.length.toLocaleString("vi-VN")} văn bản, ${ts.length.toLocaleString("vi-VN")} nhiệm vụ, ` +
        `${rules.length.toLocaleString("vi-VN")} quy tắc giao việc (${secs()} s)`,
    );

    // ── assignments ──
    log(`Đang tạo khoảng ${plan.planned.toLocaleString("vi-VN")} lượt giao nhiệm vụ…`);
    const added = await q(INSERT_ASSIGNMENTS);
    await q(
      `UPDATE directive d SET source_assignment_id = a.id
       FROM unnest($1::int[], $2::int[]) AS u(id, task_id) JOIN assignment a ON a.task_id = u.task_id
       WHERE d.id = u.id AND a.unit_id = d.issuer_id`,
      [plans.map((d) => d.id), plans.map((d) => d.source!.id)],
    );
    await q(`ANALYZE assignment`);
    log(`Đã tạo ${(added.rowCount ?? 0).toLocaleString("vi-VN")} lượt giao nhiệm vụ (${secs()} s)`);

    // ── the accounts that drive the benchmarks ──
    const hash = (await q<{ password_hash: string }>(`SELECT password_hash FROM user_account WHERE username = 'quantri'`)).rows[0]?.password_hash;
    if (!hash) throw new Error("seed:scale: the demo account quantri is missing");
    const communes = byLevel[2];
    const perCommune = await q<{ unit_id: number; n: number }>(
      `SELECT s.id AS unit_id, count(a.id)::int AS n FROM unnest($1::int[]) AS s(id) LEFT JOIN assignment a ON a.unit_id = s.id GROUP BY s.id`,
      [communes.map((o) => o.id)],
    );
    const counts = perCommune.rows.map((r) => r.n).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    const countOf = new Map(perCommune.rows.map((r) => [r.unit_id, r.n]));
    const first = provinces[0];
    // A commune (xã) of the first province whose workload is the national median (a phường if it has no xã).
    const ofFirst = communes.filter((o) => o.parent!.parent === first);
    const typical = (ofFirst.some((o) => !o.urban) ? ofFirst.filter((o) => !o.urban) : ofFirst)
      .reduce((best, o) => (Math.abs(countOf.get(o.id)! - median) < Math.abs(countOf.get(best.id)! - median) ? o : best));
    const people = [
      { ...SCALE_USERS.leaderCentre, role: "LEADERSHIP", org: centre.id },
      { ...SCALE_USERS.leaderProvince, role: "LEADERSHIP", org: first.id },
      { ...SCALE_USERS.officeProvince, role: "OFFICE_STAFF", org: first.id },
      { ...SCALE_USERS.headCommune, role: "UNIT_HEAD", org: typical.id },
    ];
    await q(
      `INSERT INTO user_account (username, name, password_hash, role, organization_id, created_at, updated_at)
       SELECT u.username, u.name, $5, u.role::"Role", u.org, pg_temp.vn($6::date, 8), pg_temp.vn($6::date, 8)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS u(username, name, role, org, ord) ORDER BY u.ord`,
      [people.map((p) => p.username), people.map((p) => p.name), people.map((p) => p.role), people.map((p) => p.org), hash, orgStamp],
    );
    // Reports on the first province's directives are reviewed by its office; the commune head writes the commune's.
    await q(`CREATE TEMP TABLE scale_actor (org_id int PRIMARY KEY, author_id int, reviewer_id int)`);
    await q(
      `INSERT INTO scale_actor
       SELECT organization_id, max(id) FILTER (WHERE role = 'UNIT_HEAD'), max(id) FILTER (WHERE role = 'OFFICE_STAFF')
       FROM user_account WHERE username = ANY($1::text[]) GROUP BY organization_id`,
      [people.map((p) => p.username)],
    );
    await q(`UPDATE directive SET created_by_id = (SELECT reviewer_id FROM scale_actor WHERE org_id = $1) WHERE issuer_id = $1`, [first.id]);

    // ── reports ──
    log(`Đang tạo báo cáo…`);
    const reports = await q(INSERT_REPORTS, [[...COMPLETION_TEXTS], [...PROGRESS_TEXTS], [...PERIOD_TEXTS], [...RETURN_REASONS]]);
    log(`Đã tạo ${(reports.rowCount ?? 0).toLocaleString("vi-VN")} báo cáo (${secs()} s)`);

    for (const name of TEMP_TABLES) await q(`DROP TABLE IF EXISTS pg_temp.${name}`);
    // VACUUM as well: a server's autovacuum would have visited these tables soon after such a load (its
    // visibility map lets the closure be read from its index alone: the overview's next 14 days, 25 → 9 ms
    // nationally), and a server run with autovacuum off, as this machine's is, never would.
    log(`VACUUM ANALYZE…`);
    await q("VACUUM ANALYZE");

    // ── summary ──
    const levelCounts = await q<{ level: number; n: number }>(
      `SELECT length(code) - length(replace(code, '-', '')) AS level, count(*)::int AS n FROM organization WHERE id = ANY($1::int[]) GROUP BY 1 ORDER BY 1`,
      [all.map((o) => o.id)],
    );
    const total = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM organization`)).rows[0].n;
    const group = async (sql: string) => Object.fromEntries((await q<{ k: string; n: number }>(sql)).rows.map((r) => [r.k, r.n]));
    const byStatus = await prisma.$queryRaw<{ k: string; n: number }[]>(
      Prisma.sql`SELECT ${statusSql(Prisma.sql`${today}::date`)} AS k, count(*)::int AS n FROM assignment a GROUP BY 1 ORDER BY 1`,
    );
    const summary: ScaleSummary = {
      today,
      organizationsByLevel: levelCounts.rows.map((r) => ({ level: LEVEL_NAMES[r.level - 1], count: r.n })),
      organizationsTotal: total,
      directivesByStatus: await group(`SELECT status::text AS k, count(*)::int AS n FROM directive GROUP BY 1 ORDER BY 1`),
      directivesByTier: {
        centre: ds.filter((d) => d.tier === 0).length,
        provinces: ds.filter((d) => d.tier === 1).length,
        districts: ds.filter((d) => d.tier === 2).length,
      },
      ownPlans: plans.length,
      tasks: (await q<{ n: number }>(`SELECT count(*)::int AS n FROM task`)).rows[0].n,
      assignments: (await q<{ n: number }>(`SELECT count(*)::int AS n FROM assignment`)).rows[0].n,
      plannedAssignments: plan.planned,
      assignmentsByState: await group(`SELECT state::text AS k, count(*)::int AS n FROM assignment GROUP BY 1 ORDER BY 1`),
      assignmentsByStatus: Object.fromEntries(byStatus.map((r) => [r.k, r.n])),
      reportsByStatus: await group(`SELECT status::text AS k, count(*)::int AS n FROM report GROUP BY 1 ORDER BY 1`),
      reports: (await q<{ n: number }>(`SELECT count(*)::int AS n FROM report`)).rows[0].n,
      users: people.map((p) => p.username),
      seconds: (Date.now() - started) / 1000,
    };
    return summary;
  } finally {
    client.release();
  }
}

export { formatSummary } from "./summary";
