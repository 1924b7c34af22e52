// The national-size generator (`npm run seed:scale`), run tiny: the forest has its five levels, the
// counts land where asked, and the data is what the app itself would have produced — assignments are
// exactly the cascade of their task_assignee rules and inside the issuer's scope, statuses as of today
// are all present, report_due_on is what report slots give, every completion has its accepted report,
// and reports exist only where an assignment's story has them.
import { beforeAll, describe, expect, it } from "vitest";
import { generateScaleData, type ScaleSummary } from "@/lib/cli/scale/generate";
import { verifyPassword } from "@/lib/auth/password";
import { earliestOpenSlotDue } from "@/lib/domain/report-slots";
import { parseSymbol, symbolFitsType } from "@/lib/domain/symbol";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DirectiveType, ReportingCycle } from "@/lib/generated/prisma/enums";
import { planCascade } from "@/lib/server/cascade";
import { statusSql } from "@/lib/server/compliance";
import { isoDate } from "@/lib/server/db";
import { directiveSearchText } from "@/lib/server/directive-editor";
import { organizationSearchText } from "@/lib/server/organization-tree";
import { receivedOn } from "@/lib/server/report-due";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { useTestDatabase } from "./helpers/database";

const today = "2026-11-22";
const ORGANIZATIONS = 600;
const ASSIGNMENTS = 5000;
const t = useTestDatabase({ today });
let summary: ScaleSummary;

/** The generated organisations (TU-01, HU-01-02, DU-01-02-03, CB-01-02-03-1) and the directives that reach them. */
const SCALE = `
  gen AS (SELECT * FROM organization WHERE code ~ '^(TU|HU|DU|CB)-[0-9]'),
  sdir AS (
    SELECT DISTINCT t.directive_id AS id FROM task t JOIN task_assignee ta ON ta.task_id = t.id JOIN gen ON gen.id = ta.organization_id
  ),
  sa AS (SELECT a.* FROM assignment a WHERE a.directive_id IN (SELECT id FROM sdir))`;

async function rows<T = Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await t.pool.query(sql, values)).rows as T[];
}
async function one<T = Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T> {
  return (await rows<T>(sql, values))[0];
}
const within = (value: number, target: number, share: number) => Math.abs(value - target) <= target * share;

beforeAll(async () => {
  summary = await generateScaleData({ prisma: t.prisma, pool: t.pool }, { today, organizations: ORGANIZATIONS, assignments: ASSIGNMENTS });
}, 300_000);

describe("seed:scale at a tiny size", () => {
  it("builds the forest on five levels under Trung ương Đảng, with a consistent closure", async () => {
    const levels = await rows<{ depth: number; kind: string; prefix: string; n: number; bad_parent: number }>(
      `WITH ${SCALE}
       SELECT gen.depth, gen.kind::text, split_part(gen.code, '-', 1) AS prefix, count(*)::int AS n,
              count(*) FILTER (WHERE p.depth <> gen.depth - 1 OR (gen.depth = 1 AND p.code <> 'TW'))::int AS bad_parent
       FROM gen JOIN organization p ON p.id = gen.parent_id GROUP BY 1, 2, 3 ORDER BY 1`,
    );
    expect(levels.map((l) => [l.depth, l.kind, l.prefix])).toEqual([
      [1, "COMMITTEE", "TU"],
      [2, "COMMITTEE", "HU"],
      [3, "COMMITTEE", "DU"],
      [4, "CELL", "CB"],
    ]);
    for (const l of levels) expect(l.bad_parent).toBe(0);
    const total = levels.reduce((s, l) => s + l.n, 0);
    expect(within(total, ORGANIZATIONS, 0.1)).toBe(true);
    expect(summary.organizationsByLevel.map((l) => l.count)).toEqual(levels.map((l) => l.n));

    const names = await rows<{ code: string; name: string; abbreviation: string; search_text: string; symbol_family: string }>(
      `WITH ${SCALE} SELECT code, name, abbreviation, search_text, symbol_family::text FROM gen ORDER BY id`,
    );
    const pattern: Record<string, RegExp> = {
      TU: /^(Tỉnh ủy|Thành ủy) \S/,
      HU: /^(Huyện ủy|Quận ủy|Thị ủy) \S/,
      DU: /^Đảng ủy (xã|phường) \S/,
      CB: /^Chi bộ (thôn|khu phố) \S/,
    };
    for (const o of names) {
      const prefix = o.code.split("-")[0];
      expect(o.name).toMatch(pattern[prefix]);
      expect(o.symbol_family).toBe("PARTY");
      expect(o.search_text).toBe(organizationSearchText(o));
    }
    expect(names[0]).toMatchObject({ code: "TU-01", name: "Thành ủy Hà Nội", abbreviation: "ThU" });
    expect(names[1]).toMatchObject({ code: "TU-02", name: "Tỉnh ủy Hà Giang", abbreviation: "TU" });

    const closure = await one<{ pairs: number; expected: number; tw: number; gen: number }>(
      `WITH ${SCALE}
       SELECT (SELECT count(*)::int FROM organization_closure) AS pairs,
              (SELECT sum(depth + 1)::int FROM organization) AS expected,
              (SELECT count(*)::int FROM organization_closure c JOIN gen ON gen.id = c.descendant_id
                 WHERE c.ancestor_id = (SELECT id FROM organization WHERE code = 'TW') AND c.depth = gen.depth) AS tw,
              (SELECT count(*)::int FROM gen) AS gen`,
    );
    expect(closure.pairs).toBe(closure.expected);
    expect(closure.tw).toBe(closure.gen);
  });

  it("issues directives from the centre, the provinces and the districts, with well-formed symbols and a three-level cascade", async () => {
    const ds = await rows<{
      id: number; type: string; number: string | null; symbol: string | null; year: number | null; issued_on: Date | null; title: string;
      status: string; search_text: string; issuer: string; issuer_code: string; abbreviation: string; parent_id: number | null;
      source_assignment_id: number | null; recalled_at: Date | null;
    }>(
      `WITH ${SCALE}
       SELECT d.id, d.type::text, d.number, d.symbol, d.year, d.issued_on, d.title, d.status::text, d.search_text, d.parent_id,
              d.source_assignment_id, d.recalled_at, o.name AS issuer, o.code AS issuer_code, o.abbreviation
       FROM directive d JOIN organization o ON o.id = d.issuer_id WHERE d.id IN (SELECT id FROM sdir) ORDER BY d.id`,
    );
    expect(within(ds.length, 100, 0.1)).toBe(true);
    const tier = (code: string) => (code === "TW" ? "centre" : code.startsWith("TU-") ? "province" : "district");
    expect(new Set(ds.map((d) => tier(d.issuer_code)))).toEqual(new Set(["centre", "province", "district"]));
    expect(new Set(ds.map((d) => d.status))).toEqual(new Set(["ISSUED", "DRAFT", "RECALLED"]));
    expect(new Set(ds.map((d) => d.type)).size).toBeGreaterThanOrEqual(4);
    const years = new Set(ds.filter((d) => d.year).map((d) => d.year));
    expect(years).toEqual(new Set([2024, 2025, 2026]));
    for (const d of ds) {
      expect(d.search_text).toBe(directiveSearchText(d.type, d.symbol, d.title, d.issuer));
      if (d.status === "DRAFT") {
        expect([d.symbol, d.issued_on, d.year]).toEqual([null, null, null]);
        continue;
      }
      const parsed = parseSymbol(d.symbol!);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.canonical).toBe(d.symbol);
      expect(parsed.value.issuerCodes).toEqual([d.abbreviation]);
      expect(symbolFitsType(parsed.value, d.type as DirectiveType)).toBe(true);
      expect(parsed.value.numberText).toBe(d.number);
      expect(d.year).toBe(Number(isoDate(d.issued_on)!.slice(0, 4)));
      expect(isoDate(d.issued_on)! < today).toBe(true);
      if (d.status === "RECALLED") expect(d.recalled_at).not.toBeNull();
    }

    // Plans implement the level above and answer the issuer's own assignment, as the editor requires.
    const plans = await rows<{ id: number; depth: number; ok: boolean }>(
      `WITH ${SCALE}
       SELECT d.id, (SELECT count(*) FROM directive g WHERE g.id = p.parent_id)::int AS depth,
              (a.unit_id = d.issuer_id AND a.directive_id = d.parent_id AND t.requires_own_plan AND d.issued_on >= p.issued_on) AS ok
       FROM directive d JOIN directive p ON p.id = d.parent_id
       JOIN assignment a ON a.id = d.source_assignment_id JOIN task t ON t.id = a.task_id
       WHERE d.id IN (SELECT id FROM sdir)`,
    );
    expect(plans.length).toBe(ds.filter((d) => d.parent_id !== null).length);
    expect(ds.filter((d) => d.parent_id !== null).every((d) => d.source_assignment_id !== null)).toBe(true);
    expect(plans.every((p) => p.ok)).toBe(true);
    expect(plans.some((p) => p.depth === 1)).toBe(true); // TW → province plan → district plan
  });

  it("makes exactly the assignments the task_assignee rules expand to, inside the issuer's scope", async () => {
    const n = await one<{ n: number; lead: number; coordinate: number }>(
      `WITH ${SCALE} SELECT count(*)::int AS n, count(*) FILTER (WHERE role = 'LEAD')::int AS lead,
                            count(*) FILTER (WHERE role = 'COORDINATE')::int AS coordinate FROM sa`,
    );
    expect(within(n.n, ASSIGNMENTS, 0.1)).toBe(true);
    expect(n.lead).toBeGreaterThan(n.coordinate);
    expect(n.coordinate).toBeGreaterThan(0);

    const outOfScope = await one<{ n: number }>(
      `WITH ${SCALE}
       SELECT count(*)::int AS n FROM sa JOIN directive d ON d.id = sa.directive_id JOIN organization i ON i.id = d.issuer_id
       WHERE NOT EXISTS (SELECT 1 FROM organization_closure c WHERE c.descendant_id = sa.unit_id AND c.depth > 0
                           AND c.ancestor_id IN (i.id, COALESCE(i.scope_root_id, i.id)))`,
    );
    expect(outOfScope.n).toBe(0);

    const drafts = await one<{ n: number }>(
      `WITH ${SCALE} SELECT count(*)::int AS n FROM sa JOIN directive d ON d.id = sa.directive_id WHERE d.status = 'DRAFT'`,
    );
    expect(drafts.n).toBe(0);

    const directives = await rows<{ id: number; issuer_id: number; created: Date }>(
      `WITH ${SCALE}
       SELECT d.id, d.issuer_id, (SELECT min(created_at) FROM assignment a WHERE a.directive_id = d.id) AS created
       FROM directive d WHERE d.id IN (SELECT id FROM sdir) AND d.status <> 'DRAFT' ORDER BY d.id`,
    );
    await t.prisma.$transaction(
      async (tx) => {
        for (const d of directives) {
          const plan = await planCascade(tx, d.id, d.issuer_id, today);
          expect({ id: d.id, ...plan, tasks: undefined }).toEqual({
            id: d.id,
            ...plan,
            tasks: undefined,
            toAdd: 0,
            toRemove: 0,
            blocked: [],
            roleChanges: 0,
            dueChanges: 0,
            tasksWithoutLead: [],
          });
        }
      },
      { timeout: 120_000 },
    );
    // Created on the directive's issue day (Vietnam time), due as the task says.
    const dates = await one<{ bad: number }>(
      `WITH ${SCALE}
       SELECT count(*)::int AS bad FROM sa JOIN directive d ON d.id = sa.directive_id JOIN task t ON t.id = sa.task_id
       WHERE ((sa.created_at AT TIME ZONE 'UTC') + interval '7 hours')::date <> d.issued_on OR sa.due_on IS DISTINCT FROM t.due_on`,
    );
    expect(dates.bad).toBe(0);
  });

  it("has every status as of today, in realistic shares, with consistent progress", async () => {
    const statuses = await t.prisma.$queryRaw<{ status: string; n: number }[]>(Prisma.sql`
      WITH ${Prisma.raw(SCALE)}
      SELECT ${statusSql(Prisma.sql`${today}::date`)} AS status, count(*)::int AS n FROM sa a GROUP BY 1`);
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["COMPLETED_ON_TIME", "COMPLETED_LATE", "OVERDUE", "IN_PROGRESS", "CANCELLED"]));
    const states = await rows<{ state: string }>(`WITH ${SCALE} SELECT DISTINCT state::text FROM sa`);
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(["OPEN", "SUBMITTED", "COMPLETED", "CANCELLED"]));

    const past = await one<{ n: number; on_time: number; late: number; open: number }>(
      `WITH ${SCALE}
       SELECT count(*)::int AS n,
              count(*) FILTER (WHERE state = 'COMPLETED' AND completed_on <= due_on)::int AS on_time,
              count(*) FILTER (WHERE state = 'COMPLETED' AND completed_on > due_on)::int AS late,
              count(*) FILTER (WHERE state IN ('OPEN', 'SUBMITTED'))::int AS open
       FROM sa WHERE due_on < $1::date AND state <> 'CANCELLED'`,
      [today],
    );
    expect(past.on_time / past.n).toBeGreaterThan(0.45);
    expect(past.on_time / past.n).toBeLessThan(0.75);
    expect(past.late / past.n).toBeGreaterThan(0.05);
    expect(past.late / past.n).toBeLessThan(0.3);
    expect(past.open / past.n).toBeGreaterThan(0.1);
    expect(past.open / past.n).toBeLessThan(0.4);

    const bad = await one<Record<string, number>>(
      `WITH ${SCALE}
       SELECT count(*) FILTER (WHERE state = 'COMPLETED' AND (completed_on IS NULL OR progress_percent <> 100 OR completed_on > $1::date
                                 OR completed_on < ((created_at AT TIME ZONE 'UTC') + interval '7 hours')::date))::int AS completed,
              count(*) FILTER (WHERE state <> 'COMPLETED' AND completed_on IS NOT NULL)::int AS not_completed,
              count(*) FILTER (WHERE state = 'SUBMITTED' AND progress_percent <> 100)::int AS submitted,
              count(*) FILTER (WHERE progress_percent NOT BETWEEN 0 AND 100)::int AS range
       FROM sa`,
      [today],
    );
    expect(bad).toEqual({ completed: 0, not_completed: 0, submitted: 0, range: 0 });

    // Provinces differ: their on-time rates spread, so rankings mean something.
    const rates = await rows<{ rate: number }>(
      `WITH ${SCALE}
       SELECT (count(*) FILTER (WHERE state = 'COMPLETED' AND completed_on <= due_on))::float8 / count(*) AS rate
       FROM sa JOIN organization o ON o.id = sa.unit_id
       JOIN organization_closure c ON c.descendant_id = o.id JOIN organization p ON p.id = c.ancestor_id AND p.code LIKE 'TU-%'
       WHERE sa.due_on < $1::date GROUP BY p.id`,
      [today],
    );
    const values = rates.map((r) => r.rate);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.15);
  });

  it("sets report_due_on for ongoing cycle work exactly as report slots give it", async () => {
    const ongoing = await rows<{ id: number; cycle: ReportingCycle; created_at: Date; report_due_on: Date | null; periods: string[] | null }>(
      `WITH ${SCALE}
       SELECT sa.id, t.reporting_cycle::text AS cycle, sa.created_at, sa.report_due_on,
              (SELECT array_agg(r.period_key) FROM report r WHERE r.assignment_id = sa.id AND r.status IN ('SUBMITTED', 'ACCEPTED')
                 AND r.period_key IS NOT NULL) AS periods
       FROM sa JOIN task t ON t.id = sa.task_id WHERE sa.due_on IS NULL AND t.reporting_cycle <> 'NONE'`,
    );
    expect(ongoing.length).toBeGreaterThan(0);
    for (const a of ongoing) {
      const expected = earliestOpenSlotDue(a.cycle, receivedOn(a.created_at), new Set(a.periods ?? []));
      expect(isoDate(a.report_due_on)).toBe(expected);
    }
    expect(ongoing.some((a) => isoDate(a.report_due_on)! < today)).toBe(true); // some ongoing work is overdue
    const others = await one<{ n: number }>(
      `WITH ${SCALE}
       SELECT count(*)::int AS n FROM sa JOIN task t ON t.id = sa.task_id
       WHERE sa.report_due_on IS NOT NULL AND NOT (sa.due_on IS NULL AND t.reporting_cycle <> 'NONE')`,
    );
    expect(others.n).toBe(0);
  });

  it("gives every completed assignment its accepted completion report, and reports only where the story has them", async () => {
    const missing = await one<{ n: number }>(
      `WITH ${SCALE}
       SELECT count(*)::int AS n FROM sa WHERE sa.state = 'COMPLETED' AND NOT EXISTS (
         SELECT 1 FROM report r WHERE r.assignment_id = sa.id AND r.status = 'ACCEPTED' AND r.requests_completion
           AND ((r.submitted_at AT TIME ZONE 'UTC') + interval '7 hours')::date = sa.completed_on AND r.reviewed_at >= r.submitted_at)`,
    );
    expect(missing.n).toBe(0);
    const pending = await one<{ submitted_without: number; pending_elsewhere: number }>(
      `WITH ${SCALE}
       SELECT count(*) FILTER (WHERE sa.state = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM report r WHERE r.assignment_id = sa.id
                                 AND r.status = 'SUBMITTED' AND r.requests_completion))::int AS submitted_without,
              count(*) FILTER (WHERE sa.state <> 'SUBMITTED' AND EXISTS (SELECT 1 FROM report r WHERE r.assignment_id = sa.id
                                 AND r.status = 'SUBMITTED' AND r.requests_completion))::int AS pending_elsewhere
       FROM sa`,
    );
    expect(pending).toEqual({ submitted_without: 0, pending_elsewhere: 0 });

    const bad = await one<Record<string, number>>(
      `WITH ${SCALE},
       sr AS (SELECT r.*, sa.state, sa.progress_percent AS a_progress, sa.due_on, t.reporting_cycle, t.target_value,
                     ((sa.created_at AT TIME ZONE 'UTC') + interval '7 hours')::date AS received
              FROM report r JOIN sa ON sa.id = r.assignment_id JOIN task t ON t.id = sa.task_id)
       SELECT
         (SELECT count(*)::int FROM sa WHERE state IN ('OPEN', 'CANCELLED') AND progress_percent = 0
            AND EXISTS (SELECT 1 FROM report r WHERE r.assignment_id = sa.id)) AS reports_without_progress,
         (SELECT count(*)::int FROM sa WHERE progress_percent > 0
            AND NOT EXISTS (SELECT 1 FROM report r WHERE r.assignment_id = sa.id)) AS progress_without_reports,
         count(*) FILTER (WHERE (period_key IS NOT NULL) <> (due_on IS NULL AND reporting_cycle <> 'NONE'))::int AS period_keys,
         count(*) FILTER (WHERE ((submitted_at AT TIME ZONE 'UTC') + interval '7 hours')::date NOT BETWEEN received AND $1::date)::int AS submitted,
         count(*) FILTER (WHERE reviewed_at < submitted_at OR ((reviewed_at AT TIME ZONE 'UTC') + interval '7 hours')::date > $1::date)::int AS reviewed,
         count(*) FILTER (WHERE (status = 'SUBMITTED') <> (reviewed_at IS NULL))::int AS review_state,
         count(*) FILTER (WHERE (status = 'RETURNED') <> (review_note IS NOT NULL))::int AS notes,
         count(*) FILTER (WHERE (target_value IS NOT NULL) <> (achieved_value IS NOT NULL AND denominator IS NOT NULL)
                             OR achieved_value > denominator OR achieved_value < 0)::int AS targets,
         count(*) FILTER (WHERE status = 'RETURNED')::int AS returned,
         count(*) FILTER (WHERE status = 'SUBMITTED' AND NOT requests_completion)::int AS progress_awaiting,
         count(*) FILTER (WHERE target_value IS NOT NULL)::int AS with_target
       FROM sr`,
      [today],
    );
    expect(bad).toMatchObject({
      reports_without_progress: 0,
      progress_without_reports: 0,
      period_keys: 0,
      submitted: 0,
      reviewed: 0,
      review_state: 0,
      notes: 0,
      targets: 0,
    });
    expect(bad.returned).toBeGreaterThan(0);
    expect(bad.progress_awaiting).toBeGreaterThan(0);
    expect(bad.with_target).toBeGreaterThan(0);

    // An assignment's progress is what its latest report said (a completion: 100).
    const progress = await one<{ n: number }>(
      `WITH ${SCALE}
       SELECT count(*)::int AS n FROM sa CROSS JOIN LATERAL (
         SELECT r.progress_percent FROM report r WHERE r.assignment_id = sa.id ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1) last
       WHERE last.progress_percent <> sa.progress_percent`,
    );
    expect(progress.n).toBe(0);
    expect(summary.reports).toBe(Number((await one<{ n: string }>(`SELECT count(*) AS n FROM report`)).n));
  });

  it("adds the benchmark accounts with the demo password", async () => {
    const users = await rows<{ username: string; role: string; code: string; kind: string; password_hash: string; assignments: number }>(
      `SELECT u.username, u.role::text, o.code, o.kind::text, u.password_hash,
              (SELECT count(*)::int FROM assignment a WHERE a.unit_id = o.id) AS assignments
       FROM user_account u JOIN organization o ON o.id = u.organization_id
       WHERE u.username IN ('lanhdao.tw', 'lanhdao.tinh01', 'vanphong.tinh01', 'truong.xa0001') ORDER BY u.id`,
    );
    expect(users.map((u) => [u.username, u.role, u.code.replace(/^(DU-01)-.*/, "$1")])).toEqual([
      ["lanhdao.tw", "LEADERSHIP", "TW"],
      ["lanhdao.tinh01", "LEADERSHIP", "TU-01"],
      ["vanphong.tinh01", "OFFICE_STAFF", "TU-01"],
      ["truong.xa0001", "UNIT_HEAD", "DU-01"],
    ]);
    expect(users[3].assignments).toBeGreaterThan(0);
    expect(await verifyPassword(users[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });
});
