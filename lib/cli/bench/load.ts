// `npm run bench:load [-- --json] [-- --seconds N] [-- --users N] [-- --think MS]`: the built app on the
// national-size dataset (`npm run seed:scale` first) under 200 simulated signed-in people at once for
// 3 minutes, each with their own account and session, on 127.0.0.1 only. Each person repeats, without
// pause (or `--think MS` ± 50 % between requests), the visits of their kind (lib/cli/bench/load-plan.ts):
//   160 unit heads of distinct communes: inbox → an assignment of their unit → a progress report on it
//       (the submitReportAction server action over HTTP, as the browser sends it; a real write);
//    20 province offices: register → a search → review queue;
//    20 province leaders: overview → unit ranking → heatmap of their province.
// The people are bench.truong.NNN / bench.vanphong.NN / bench.lanhdao.NN, created (or updated) at the
// start with the demo password; the reports they write stay in the database and are counted there
// after the run. Prints p50/p95/p99, count and errors per route, the server's peak RSS, and each target
// (0 errors, p95 ≤ 500 ms per route) with its ratio. With --json the last line is
// {"errors": N, "routes": {NAME: {"p50", "p95", "p99", "count", "errors"}}, "rssMaxMb": N}.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { hashPassword } from "../../auth/password";
import { ROOT } from "../database";
import { connectScale, ensureBuild, numberFlag, PASSWORD, signIn, startAppServer, type AppServer } from "./app-server";
import { actionBody, actionResult, ROUTES, SEARCH_TERMS, userMix, visitAt, type Kind, type RouteName } from "./load-plan";
import { summarize, type LatencySummary } from "./stats";

const json = process.argv.includes("--json");
const SECONDS = numberFlag("--seconds", 180);
const USERS = numberFlag("--users", 200);
const THINK_MS = numberFlag("--think", 0);
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const P95_LIMIT_MS = 500;
const TIMEOUT_MS = 30_000;
const log = (...a: unknown[]) => (json ? undefined : console.log(...a));

interface Person {
  kind: Kind;
  username: string;
  orgId: number;
  /** A unit head's reportable assignments and their current progress (the report keeps it). */
  assignments: { id: number; percent: number }[];
  cookie?: string;
}

/** The bench people, created or brought up to date: unit heads of communes with work to report on. */
async function preparePeople(sql: pg.Client): Promise<Person[]> {
  const mix = userMix(USERS);
  const provinces = (
    await sql.query<{ id: number }>(`SELECT id FROM organization WHERE code ~ '^TU-[0-9]+$' ORDER BY code LIMIT 20`)
  ).rows.map((r) => r.id);
  // Communes (level 3 under a province), taken in turn from each province, with up to five assignments
  // a report may be sent on now: an issued directive, not completed or cancelled, and not a periodic
  // (slotted) task, whose report would need a reporting period.
  const communes = await sql.query<{ id: number; ids: number[]; percents: number[] }>(
    `WITH c AS (
       SELECT o.id, row_number() OVER (PARTITION BY cl.ancestor_id ORDER BY o.code) AS rn, cl.ancestor_id AS province
       FROM organization o JOIN organization_closure cl ON cl.descendant_id = o.id AND cl.ancestor_id = ANY($1::int[])
       WHERE o.code ~ '^DU-[0-9]+-[0-9]+-[0-9]+$'
     ), picked AS (SELECT id, rn, province FROM c ORDER BY rn, province LIMIT $2)
     SELECT p.id, array_agg(w.id ORDER BY w.id) AS ids, array_agg(w.progress_percent ORDER BY w.id) AS percents
     FROM picked p CROSS JOIN LATERAL (
       SELECT a.id, a.progress_percent FROM assignment a JOIN directive d ON d.id = a.directive_id JOIN task t ON t.id = a.task_id
       WHERE a.unit_id = p.id AND d.status = 'ISSUED' AND a.state NOT IN ('COMPLETED', 'CANCELLED')
         AND (a.due_on IS NOT NULL OR t.reporting_cycle = 'NONE')
       ORDER BY a.id LIMIT 5
     ) w
     GROUP BY p.id, p.rn, p.province ORDER BY p.rn, p.province`,
    [provinces, mix.heads * 2],
  );
  if (communes.rows.length < mix.heads) throw new Error(`only ${communes.rows.length} communes with reportable work for ${mix.heads} unit heads`);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const people: Person[] = [
    ...communes.rows.slice(0, mix.heads).map((c, i): Person => ({
      kind: "head",
      username: `bench.truong.${pad(i + 1, 3)}`,
      orgId: c.id,
      assignments: c.ids.map((id, k) => ({ id, percent: c.percents[k] })),
    })),
    ...Array.from({ length: mix.offices }, (_, i): Person => ({ kind: "office", username: `bench.vanphong.${pad(i + 1, 2)}`, orgId: provinces[i % provinces.length], assignments: [] })),
    ...Array.from({ length: mix.leaders }, (_, i): Person => ({ kind: "leader", username: `bench.lanhdao.${pad(i + 1, 2)}`, orgId: provinces[i % provinces.length], assignments: [] })),
  ];
  const role: Record<Kind, string> = { head: "UNIT_HEAD", office: "OFFICE_STAFF", leader: "LEADERSHIP" };
  const label: Record<Kind, string> = { head: "Trưởng đơn vị", office: "Văn phòng", leader: "Lãnh đạo" };
  await sql.query(
    `INSERT INTO user_account (username, name, password_hash, role, organization_id, updated_at)
     SELECT u.username, u.name, $5, u.role::"Role", u.org, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS u(username, name, role, org)
     ON CONFLICT (username) DO UPDATE SET name = EXCLUDED.name, password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,
       organization_id = EXCLUDED.organization_id, active = true, updated_at = now()`,
    [
      people.map((p) => p.username),
      people.map((p) => `${label[p.kind]} (thử tải) ${p.username.split(".").pop()}`),
      people.map((p) => role[p.kind]),
      people.map((p) => p.orgId),
      await hashPassword(PASSWORD),
    ],
  );
  return people;
}

/** The id of submitReportAction in this build (the id the browser sends in the Next-Action header). */
function submitActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === "submitReportAction" && v.filename?.endsWith("nhiem-vu/actions.ts"));
  if (!found) throw new Error("submitReportAction is not in .next/server/server-reference-manifest.json");
  return found[0];
}

interface Tally {
  times: Map<RouteName, number[]>;
  errors: Map<RouteName, number>;
  samples: Map<RouteName, string>;
  reportsOk: number;
}

/** One visit: the time until the whole answer has arrived, and whether it is a right answer. */
async function visit(server: AppServer, person: Person, route: RouteName, round: number, actionId: string, tag: string): Promise<string | null> {
  const base = server.base;
  const headers: Record<string, string> = { cookie: person.cookie! };
  const assignment = person.assignments.length ? person.assignments[round % person.assignments.length] : null;
  const urls: Record<Exclude<RouteName, "report">, string> = {
    inbox: "/",
    assignment: `/nhiem-vu/${assignment?.id}`,
    register: "/van-ban",
    search: `/van-ban?q=${encodeURIComponent(SEARCH_TERMS[round % SEARCH_TERMS.length])}`,
    review: "/duyet",
    overview: "/tong-quan",
    ranking: "/tong-quan/don-vi",
    heatmap: `/tong-quan/ban-do-nhiet?don-vi=${person.orgId}`,
  };
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  if (route === "report") {
    const res = await fetch(`${base}/nhiem-vu/${assignment!.id}`, {
      method: "POST",
      redirect: "manual",
      signal,
      headers: { ...headers, "Next-Action": actionId, Accept: "text/x-component", Origin: base },
      body: actionBody({
        assignmentId: String(assignment!.id),
        content: `Báo cáo tiến độ (thử tải ${tag}): đơn vị đã quán triệt, triển khai và đang tiếp tục thực hiện nhiệm vụ.`,
        progressPercent: String(assignment!.percent),
        links: "",
      }),
    });
    const text = await res.text();
    return res.status === 200 && actionResult(text)?.ok === true ? null : `${res.status} ${text.slice(0, 300)}`;
  }
  const res = await fetch(base + urls[route], { redirect: "manual", signal, headers });
  const body = await res.arrayBuffer();
  return res.status === 200 && body.byteLength > 0 ? null : `${res.status} ${res.headers.get("location") ?? ""}`;
}

async function runPerson(server: AppServer, person: Person, until: number, actionId: string, tag: string, tally: Tally) {
  for (let step = 0; Date.now() < until; step += 1) {
    const { route, round } = visitAt(person.kind, step);
    const started = performance.now();
    let problem: string | null;
    try {
      problem = await visit(server, person, route, round, actionId, tag);
    } catch (error) {
      problem = (error as Error).message;
    }
    tally.times.get(route)!.push(performance.now() - started);
    if (problem) {
      tally.errors.set(route, tally.errors.get(route)! + 1);
      if (!tally.samples.has(route)) tally.samples.set(route, problem);
    } else if (route === "report") tally.reportsOk += 1;
    if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
  }
}

/** Runs `fn` over items, at most `limit` at a time. */
async function inBatches<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

/** Time allowed besides the measured seconds: signing 200 people in, warming up, the last answers, counting. */
const SETUP_GRACE_SECONDS = 300;

async function main() {
  if (!Number.isFinite(SECONDS) || SECONDS <= 0) throw new Error("--seconds must be a positive number");
  const { url: databaseUrl, client: sql } = await connectScale("bench:load");
  const tag = `bench-load-${Date.now().toString(36)}`;
  try {
    const people = await preparePeople(sql);
    const mix = userMix(USERS);
    log(`Người dùng thử tải: ${mix.heads} trưởng đơn vị cấp xã, ${mix.offices} văn phòng, ${mix.leaders} lãnh đạo tỉnh (tài khoản bench.*, mật khẩu mẫu)`);
    ensureBuild(log);
    const actionId = submitActionId();
    const server = await startAppServer(PORT, databaseUrl);
    // Whatever hangs (a request past every timeout, a stalled sign-in), the run ends: the server is
    // stopped and the benchmark fails loudly instead of holding the machine.
    const watchdog = setTimeout(() => {
      console.error(`bench:load đã chạy quá ${SECONDS + SETUP_GRACE_SECONDS} s: dừng máy chủ và kết thúc với lỗi.`);
      server.stop();
      process.exit(3);
    }, (SECONDS + SETUP_GRACE_SECONDS) * 1000);
    watchdog.unref();
    log(`Máy chủ: ${server.workers} tiến trình next start (WEB_CONCURRENCY), cơ sở dữ liệu PostgreSQL trên cùng máy`);
    try {
      const signInStarted = performance.now();
      let slowest = 0;
      await inBatches(people, 4, async (person) => {
        const started = performance.now();
        person.cookie = await signIn(server.base, person.username);
        slowest = Math.max(slowest, performance.now() - started);
      });
      log(`${people.length} người đăng nhập trong ${((performance.now() - signInStarted) / 1000).toFixed(1)} s (chậm nhất ${Math.round(slowest)} ms)`);
      // A warm-up visit of each kind, so the first load of each route's code is not measured.
      for (const kind of ["head", "office", "leader"] as const) {
        const person = people.find((p) => p.kind === kind);
        for (let step = 0; person && step < 3; step += 1) await visit(server, person, visitAt(kind, step).route, 0, actionId, `${tag}-warm`).catch(() => null);
      }
      log(`${USERS} người cùng lúc trong ${SECONDS} s${THINK_MS ? `, nghỉ ${THINK_MS} ms ± 50 % giữa hai lần bấm` : ", không nghỉ giữa hai lần bấm"}…`);
      const tally: Tally = { times: new Map(ROUTES.map((r) => [r, []])), errors: new Map(ROUTES.map((r) => [r, 0])), samples: new Map(), reportsOk: 0 };
      const until = Date.now() + SECONDS * 1000;
      await Promise.all(people.map((person, i) => new Promise((r) => setTimeout(r, (i * 1000) / people.length)).then(() => runPerson(server, person, until, actionId, tag, tally))));
      const rssMaxMb = Math.round(server.peakRssMb());
      report(tally, rssMaxMb, await reportsStored(sql, people, tag));
    } finally {
      server.stop();
    }
  } finally {
    await sql.end();
  }
  process.exit(0);
}

/** The reports this run wrote, counted in the database (the warm-up's carry another tag). */
async function reportsStored(sql: pg.Client, people: Person[], tag: string): Promise<number> {
  const ids = people.flatMap((p) => p.assignments.map((a) => a.id));
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM report WHERE assignment_id = ANY($1::int[]) AND content LIKE $2`, [
    ids,
    `%(thử tải ${tag}):%`,
  ]);
  return rows[0].n;
}

function report(tally: Tally, rssMaxMb: number, stored: number) {
  const routes: Record<string, LatencySummary & { errors: number }> = {};
  let errors = 0;
  let total = 0;
  for (const route of ROUTES) {
    const times = tally.times.get(route)!;
    if (!times.length) continue;
    routes[route] = { ...summarize(times), errors: tally.errors.get(route)! };
    errors += routes[route].errors;
    total += routes[route].count;
  }
  // A report answered as saved but missing from the database is an error too. Rows beyond the saved
  // answers are reports whose answer failed or timed out after the write: already counted above.
  const missing = Math.max(0, tally.reportsOk - stored);
  errors += missing;
  for (const [route, r] of Object.entries(routes)) {
    log(
      `${route.padEnd(10)} p50 ${String(r.p50).padStart(6)} ms  p95 ${String(r.p95).padStart(6)} ms  p99 ${String(r.p99).padStart(6)} ms  ${String(r.count).padStart(6)} lượt  lỗi ${r.errors}` +
        `  p95/${P95_LIMIT_MS} ms = ${(r.p95 / P95_LIMIT_MS).toFixed(2)}`,
    );
  }
  for (const [route, sample] of tally.samples) log(`  lỗi đầu tiên ở ${route}: ${sample}`);
  log(
    `Tổng ${total} lượt (${Math.round(total / SECONDS)} lượt/s); báo cáo được trả lời là đã lưu ${tally.reportsOk}, có trong cơ sở dữ liệu ${stored}` +
      (missing ? ` (thiếu ${missing})` : stored > tally.reportsOk ? ` (${stored - tally.reportsOk} đã lưu dù câu trả lời lỗi hoặc quá hạn)` : ""),
  );
  log(`RSS tối đa của máy chủ: ${rssMaxMb} MB`);
  const worst = Object.entries(routes).reduce((a, b) => (b[1].p95 > a[1].p95 ? b : a));
  log("Mục tiêu (tỷ lệ ≤ 1 là đạt):");
  log(`  lỗi           ${errors} (giới hạn 0)  ${errors === 0 ? "đạt" : "không đạt"}`);
  log(`  p95 mọi trang ≤ ${P95_LIMIT_MS} ms: cao nhất ${worst[0]} ${worst[1].p95} ms, tỷ lệ ${(worst[1].p95 / P95_LIMIT_MS).toFixed(2)}`);
  if (json) console.log(JSON.stringify({ errors, routes, rssMaxMb }));
}

void main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
