// `npm run bench:pages [-- --json] [-- --seconds N] [-- --connections N] [-- --only ROUTE]`: the built app on the national-size dataset
// (`npm run seed:scale` first), driven by 20 concurrent signed-in users with autocannon, one route
// after another on the same server: the overview and the unit ranking of the whole party (lanhdao.tw),
// a province's heatmap (lanhdao.tinh01), a commune's inbox (truong.xa0001), and a trivial page.
// Prints p50/p95/p99 and req/s per route and the server's peak RSS; 127.0.0.1 only.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { assertLocalDatabase } from "../../db/url";
import { ROOT } from "../database";
import { buildIsStale } from "../build";

const json = process.argv.includes("--json");
const onlyArg = process.argv.indexOf("--only");
/** One route alone (for profiling); the summary then shows only its figures. */
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : null;
const secondsArg = process.argv.indexOf("--seconds");
const SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 20;
const connectionsArg = process.argv.indexOf("--connections");
const CONNECTIONS = connectionsArg > 0 ? Number(process.argv[connectionsArg + 1]) : 20;
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "ChiDao@2026";
const log = (...a: unknown[]) => (json ? undefined : console.log(...a));

function scaleUrl(): string {
  const server = process.env.DATABASE_URL;
  if (!server) {
    console.error("bench:pages cần máy chủ PostgreSQL: hãy đặt DATABASE_URL và chạy npm run seed:scale trước.");
    process.exit(2);
  }
  assertLocalDatabase(server);
  const url = new URL(server);
  url.pathname = `/${process.env.SCALE_DATABASE ?? "chidao_scale"}`;
  return url.toString();
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
async function signIn(username: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const jar = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password: PASSWORD, json: "true" }),
  });
  const session = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${username} (${res.status})`);
  return session;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function drive(url: string, cookie: string | null) {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: SECONDS, headers: cookie ? { cookie } : {} },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      if (statusCode >= 400) errors += 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
    rps: Math.round(result.requests.total / SECONDS),
    kb: Math.round(result.throughput.total / Math.max(result.requests.total, 1) / 1024),
    errors: errors + result.errors + result.timeouts + result.non2xx,
  };
}

async function main() {
  const databaseUrl = scaleUrl();
  const probe = new pg.Client({ connectionString: databaseUrl });
  await probe.connect().catch(() => {
    console.error("Không có cơ sở dữ liệu quy mô quốc gia: hãy chạy npm run seed:scale trước.");
    process.exit(2);
  });
  const ids = await probe.query(`SELECT (SELECT organization_id FROM user_account WHERE username = 'lanhdao.tinh01') AS province`);
  await probe.end();
  if (buildIsStale()) {
    log("Đang build ứng dụng…");
    const { spawnSync } = await import("node:child_process");
    if (spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: ROOT, stdio: "inherit" }).status !== 0) process.exit(1);
  }
  // BENCH_SERVER_NODE_ARGS profiles the server alone (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
      NEXTAUTH_URL: BASE,
      NODE_ENV: "production",
      DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "20",
    },
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.pid!))), 200);
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on("data", (chunk: Buffer) => /Ready in|✓ Ready/.test(chunk.toString()) && resolve());
      server.once("exit", (code) => reject(new Error(`next start exited (${code})`)));
    });
    const [national, province, commune] = await Promise.all([signIn("lanhdao.tw"), signIn("lanhdao.tinh01"), signIn("truong.xa0001")]);
    const routes: [string, string, string | null][] = [
      ["overview", `${BASE}/tong-quan`, national],
      ["ranking", `${BASE}/tong-quan/don-vi`, national],
      ["heatmap", `${BASE}/tong-quan/ban-do-nhiet?don-vi=${ids.rows[0].province}`, province],
      ["inbox", `${BASE}/`, commune],
      ["trivial", `${BASE}/trang-thai`, null],
    ];
    const results: Record<string, Awaited<ReturnType<typeof drive>>> = {};
    for (const [name, url, cookie] of routes.filter(([name]) => !ONLY || ONLY === name)) {
      // A short warm-up so the first compilation of each route's code is not measured.
      await fetch(url, { headers: cookie ? { cookie } : {} });
      results[name] = await drive(url, cookie);
      const r = results[name];
      log(`${name.padEnd(9)} p50 ${String(r.p50).padStart(5)} ms  p95 ${String(r.p95).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  ${String(r.rps).padStart(5)} req/s  ${String(r.kb).padStart(4)} KB/trang  lỗi ${r.errors}`);
    }
    const rssMaxMb = Math.round(peak);
    log(`RSS tối đa của máy chủ: ${rssMaxMb} MB`);
    if (ONLY) {
      if (json) console.log(JSON.stringify({ routes: results, rssMaxMb }));
      return;
    }
    // Each target and the figure measured in this run, with the ratio (≤ 1 meets the target).
    const targets: [string, number, number, string][] = [
      ["overview p95", results.overview.p95, 150, "ms"],
      ["ranking p95", results.ranking.p95, 150, "ms"],
      ["inbox p95", results.inbox.p95, 50, "ms"],
      ["inbox req/s", 200, Math.max(results.inbox.rps, 1), "req/s"],
      ["RSS", rssMaxMb, 400, "MB"],
    ];
    log("Mục tiêu (tỷ lệ ≤ 1 là đạt):");
    for (const [name, value, limit, unit] of targets) {
      const shown = name === "inbox req/s" ? `${results.inbox.rps} ${unit} (cần ≥ 200)` : `${value} ${unit} (giới hạn ${limit})`;
      log(`  ${name.padEnd(13)} ${shown.padEnd(28)} tỷ lệ ${(value / limit).toFixed(2)}`);
    }
    log(`  trang đơn giản p95 ${results.trivial.p95} ms: chi phí nền của máy chủ trong cùng lần đo.`);
    if (json) console.log(JSON.stringify({ routes: results, rssMaxMb }));
  } finally {
    clearInterval(sampler);
    server.kill("SIGTERM");
  }
  process.exit(0);
}

void main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
