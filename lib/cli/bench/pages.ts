// `npm run bench:pages [-- --json] [-- --seconds N] [-- --connections N] [-- --only ROUTE]`: the built app on the national-size dataset
// (`npm run seed:scale` first), driven by 20 concurrent signed-in users with autocannon, one route
// after another on the same server: the overview and the unit ranking of the whole party (lanhdao.tw),
// a province's heatmap (lanhdao.tinh01), a commune's inbox (truong.xa0001), and a trivial page; then,
// on its own server, the framework floor: the smallest dynamic page of a bare Next.js app
// (lib/cli/bench/floor-app), the least any page can cost here.
// Prints p50/p95/p99 and req/s per route and the server's peak RSS; 127.0.0.1 only.
import autocannon from "autocannon";
import { connectScale, ensureBuild, numberFlag, signIn as signInAt, startAppServer, startFloorServer } from "./app-server";
import { summarize } from "./stats";

const json = process.argv.includes("--json");
const onlyArg = process.argv.indexOf("--only");
/** One route alone (for profiling); the summary then shows only its figures. */
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : null;
const SECONDS = numberFlag("--seconds", 20);
const CONNECTIONS = numberFlag("--connections", 20);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const BASE = `http://127.0.0.1:${PORT}`;
const log = (...a: unknown[]) => (json ? undefined : console.log(...a));
const signIn = (username: string) => signInAt(BASE, username);

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
  const { p50, p95, p99 } = summarize(times);
  return {
    p50,
    p95,
    p99,
    rps: Math.round(result.requests.total / SECONDS),
    kb: Math.round(result.throughput.total / Math.max(result.requests.total, 1) / 1024),
    errors: errors + result.errors + result.timeouts + result.non2xx,
  };
}

function logRoute(name: string, r: Awaited<ReturnType<typeof drive>>) {
  log(`${name.padEnd(9)} p50 ${String(r.p50).padStart(5)} ms  p95 ${String(r.p95).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  ${String(r.rps).padStart(5)} req/s  ${String(r.kb).padStart(4)} KB/trang  lỗi ${r.errors}`);
}

async function main() {
  const { url: databaseUrl, client: probe } = await connectScale("bench:pages");
  const ids = await probe.query(`SELECT (SELECT organization_id FROM user_account WHERE username = 'lanhdao.tinh01') AS province`);
  await probe.end();
  ensureBuild(log);
  const server = await startAppServer(PORT, databaseUrl);
  log(`Máy chủ: ${server.workers} tiến trình next start (WEB_CONCURRENCY), ${CONNECTIONS} kết nối mỗi trang trong ${SECONDS} s`);
  try {
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
      logRoute(name, results[name]);
    }
    const rssMaxMb = Math.round(server.peakRssMb());
    log(`RSS tối đa của máy chủ: ${rssMaxMb} MB`);
    server.stop();
    // The framework floor: the smallest dynamic Next.js page, served the same way, driven the same way.
    let floor: Awaited<ReturnType<typeof drive>> | undefined;
    if (!ONLY || ONLY === "floor") {
      const floorServer = await startFloorServer(PORT + 1, log);
      try {
        const floorUrl = `${floorServer.base}/`;
        await fetch(floorUrl);
        floor = await drive(floorUrl, null);
        logRoute("floor", floor);
      } finally {
        floorServer.stop();
      }
    }
    if (ONLY) {
      if (json) console.log(JSON.stringify({ routes: results, rssMaxMb, floor }));
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
    log(
      `  trang trống của Next.js (floor) p95 ${floor!.p95} ms, ${floor!.rps} req/s: mức thấp nhất mà bất kỳ trang nào của Next.js đạt được trên máy này với ${CONNECTIONS} người dùng` +
        ` (tỷ lệ so với giới hạn inbox p95: ${(floor!.p95 / 50).toFixed(2)}).`,
    );
    if (json) console.log(JSON.stringify({ routes: results, rssMaxMb, floor }));
  } finally {
    server.stop();
  }
  process.exit(0);
}

void main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
