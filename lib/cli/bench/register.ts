// `npm run bench:register [-- --json]`: the register (sổ văn bản) with 100,000 directives. Loads the
// demo forest and users, adds 100,000 directives across its issuers with two assignments each, then
// times listDirectives — the function the page calls — for people of different scopes and views.
import { migrate } from "../../db/migrate";
import { createScratchDatabase } from "../../db/scratch";
import { fixedClock } from "../../domain/clock";
import { hashPassword } from "../../auth/password";
import { overrideServerConfig } from "../../server/config";
import { disconnect, db, pool } from "../../server/db";
import { listDirectives, type RegisterFilters } from "../../server/directives";
import { findActiveAccount } from "../../server/users";
import { sessionUserFrom } from "../../server/session-user";
import { loadDemoData } from "../../../prisma/seed/load";

const json = process.argv.includes("--json");
const DIRECTIVES = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const log = (...a: unknown[]) => (json ? undefined : console.log(...a));

const scratch = await createScratchDatabase({ prefix: "benchreg" });
try {
  await migrate(scratch.url);
  overrideServerConfig({ DATABASE_URL: scratch.url, clock: fixedClock("2026-11-22") });
  await loadDemoData(db(), { today: "2026-11-22", hashPassword });
  const sql = pool();
  // Directives spread over every organisation that issues, each given to two units of its scope.
  await sql.query(`
    WITH issuers AS (SELECT id, name, row_number() OVER (ORDER BY id) AS k, count(*) OVER () AS n FROM organization),
    made AS (
      INSERT INTO directive (type, number, symbol, issuer_id, issued_on, year, title, status, confidentiality, search_text, updated_at)
      SELECT (ARRAY['KE_HOACH','CONG_VAN','CHI_THI','HUONG_DAN','THONG_BAO']::"DirectiveType"[])[1 + g % 5],
             (10000 + g)::text, (10000 + g)::text || '-KH/B' || i.id, i.id,
             DATE '2024-01-01' + (g % 1050), 2024 + (g % 1050) / 366,
             'Kế hoạch thực hiện nhiệm vụ số ' || g || ' về công tác xây dựng Đảng',
             'ISSUED', CASE WHEN g % 50 = 0 THEN 'SECRET' ELSE 'NORMAL' END::"Confidentiality",
             'ke hoach so ' || (10000 + g) || '-kh/b' || i.id || ' ke hoach thuc hien nhiem vu so ' || g || ' ve cong tac xay dung dang ' || lower(i.name),
             now()
      FROM generate_series(1, ${DIRECTIVES}) g JOIN issuers i ON i.k = 1 + g % i.n
      RETURNING id, issuer_id
    ),
    tasks AS (INSERT INTO task (directive_id, ordinal, title, deadline_kind, due_on, updated_at)
      SELECT id, 1, 'Nhiệm vụ', 'DATE', DATE '2026-12-31', now() FROM made RETURNING id, directive_id)
    INSERT INTO assignment (task_id, directive_id, unit_id, role, state, due_on, updated_at)
    SELECT t.id, t.directive_id, u.unit_id, 'LEAD', 'OPEN', DATE '2026-12-31', now()
    FROM tasks t JOIN made m ON m.id = t.directive_id
    CROSS JOIN LATERAL (
      SELECT c.descendant_id AS unit_id FROM organization_closure c
      WHERE c.ancestor_id = m.issuer_id AND c.depth > 0 ORDER BY (c.descendant_id * 7919 + t.id) % 101 LIMIT 2
    ) u`);
  await sql.query("ANALYZE");
  const total = (await sql.query("SELECT count(*)::int AS n FROM directive")).rows[0].n;
  log(`${total} văn bản trong cơ sở dữ liệu.`);

  const people = ["vanphong.bcsd", "truong.vpb", "lanhdao.duk", "vanphong.duvpcp"];
  const views: [string, RegisterFilters][] = [
    ["trang 1", {}],
    ["trang 40", { page: 40 }],
    ["tìm “ke hoach 123”", { q: "ke hoach 123" }],
    ["lọc loại + năm", { type: "CHI_THI", year: 2025 }],
  ];
  const routes: Record<string, { p50: number; p95: number; total: number }> = {};
  for (const username of people) {
    const id = (await sql.query("SELECT id FROM user_account WHERE username = $1", [username])).rows[0].id;
    const user = sessionUserFrom((await findActiveAccount(id))!);
    for (const [name, filters] of views) {
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < RUNS; i++) {
        const t = process.hrtime.bigint();
        found = (await listDirectives(user, filters)).total;
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      const p50 = Math.round(times[Math.floor(RUNS / 2)]);
      const p95 = Math.round(times[Math.ceil(RUNS * 0.95) - 1]);
      routes[`${username} · ${name}`] = { p50, p95, total: found };
      log(`${username.padEnd(16)} ${name.padEnd(22)} ${String(found).padStart(6)} văn bản   p50 ${p50} ms   p95 ${p95} ms`);
    }
  }
  if (json) console.log(JSON.stringify({ directives: total, routes }));
} finally {
  await disconnect();
  if (process.env.BENCH_KEEP) console.error(`kept ${scratch.url}`);
  else await scratch.drop();
}
process.exit(0);
