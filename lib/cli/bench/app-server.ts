// What the HTTP benchmarks (bench:pages, bench:load) share: the national-size database, the built app
// started on 127.0.0.1 with its resident memory sampled from /proc, and signing people in through
// next-auth's credentials endpoint. 127.0.0.1 only: the benchmarks never reach another machine.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { assertLocalDatabase } from "../../db/url";
import { nextStartArgs, ROOT, SERVER_READY, serverWorkers } from "../database";
import { buildIsStale } from "../build";
import { migrate } from "../../db/migrate";

/** The demo password every seeded account has (prisma/seed, seed:scale). */
export const PASSWORD = "ChiDao@2026";

/** The number after `--name` on the command line, or the default. */
export function numberFlag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Refuses any address but this machine's loopback: load is never sent elsewhere. */
export function assertLoopback(base: string): void {
  const host = new URL(base).hostname;
  if (host !== "127.0.0.1") throw new Error(`Refusing to send benchmark load to ${host}: 127.0.0.1 only`);
}

/** The scale dataset's URL on the server at DATABASE_URL, and a connected client (exits when missing). */
export async function connectScale(command: string): Promise<{ url: string; client: pg.Client }> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    console.error(`${command} cần máy chủ PostgreSQL: hãy đặt DATABASE_URL và chạy npm run seed:scale trước.`);
    process.exit(2);
  }
  assertLocalDatabase(server);
  const url = new URL(server);
  url.pathname = `/${process.env.SCALE_DATABASE ?? "chidao_scale"}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect().catch(() => {
    console.error("Không có cơ sở dữ liệu quy mô quốc gia: hãy chạy npm run seed:scale trước.");
    process.exit(2);
  });
  // A dataset made by an earlier version gets the migrations added since (a new table, an index),
  // as `npm start` does for its database: the app it benchmarks expects them.
  await migrate(url.toString());
  return { url: url.toString(), client };
}

/** Builds the app when the build is older than its sources (exits when the build fails). */
export function ensureBuild(log: (...a: unknown[]) => void): void {
  if (!buildIsStale()) return;
  log("Đang build ứng dụng…");
  if (spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: ROOT, stdio: "inherit" }).status !== 0) process.exit(1);
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process and all its descendants (the cluster's workers), from /proc. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    // The process is gone.
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Resident memory of the whole server, every process summed (an upper bound: shared pages count twice). */
function serverRss(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + rssOf(p), 0);
}

export interface AppServer {
  base: string;
  /** How many `next start` processes serve it (WEB_CONCURRENCY, or one per core). */
  workers: number;
  /** The highest resident memory of all the server's processes together seen so far, in MB (sampled every 200 ms). */
  peakRssMb(): number;
  stop(): void;
}

/** `next start` on 127.0.0.1:port against the database, resolved once it says it is ready. */
export async function startAppServer(port: number, databaseUrl: string): Promise<AppServer> {
  // Started as `npm start` starts it (lib/cli/database.ts), on the loopback address only.
  return serve(port, {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "20",
  });
}

/** The framework floor's app: the smallest dynamic Next.js page (no proxy, session, database or stylesheet). */
const FLOOR_APP = path.join(ROOT, "lib/cli/bench/floor-app");

/**
 * The floor app served exactly as the app is (the same Next.js and React, the same number of
 * processes behind lib/cli/cluster.mjs): what any page costs at least on this machine. Built on
 * first use (≈ 10 s) and again when its files change.
 */
export async function startFloorServer(port: number, log: (...a: unknown[]) => void): Promise<AppServer> {
  const buildId = path.join(FLOOR_APP, ".next", "BUILD_ID");
  const sources = [path.join(FLOOR_APP, "app", "page.jsx"), path.join(FLOOR_APP, "app", "layout.jsx"), path.join(FLOOR_APP, "next.config.mjs")];
  if (!existsSync(buildId) || sources.some((f) => statSync(f).mtimeMs > statSync(buildId).mtimeMs)) {
    log("Đang build trang trống của Next.js…");
    const built = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build", FLOOR_APP], { cwd: ROOT, stdio: "ignore" });
    if (built.status !== 0) throw new Error("next build of the floor app failed");
  }
  return serve(port, {}, FLOOR_APP);
}

async function serve(port: number, env: Record<string, string>, appDir?: string): Promise<AppServer> {
  const base = `http://127.0.0.1:${port}`;
  assertLoopback(base);
  // BENCH_SERVER_NODE_ARGS profiles the server alone (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const workers = serverWorkers();
  const server = spawn(process.execPath, [...nodeArgs, ...nextStartArgs(port, workers, appDir), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env, NODE_ENV: "production" },
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, serverRss(server.pid!))), 200);
  const stop = () => {
    clearInterval(sampler);
    server.kill("SIGTERM");
  };
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on("data", (chunk: Buffer) => SERVER_READY.test(chunk.toString()) && resolve());
      server.once("exit", (code) => reject(new Error(`next start exited (${code})`)));
    });
  } catch (error) {
    stop();
    throw error;
  }
  return { base, workers, peakRssMb: () => peak, stop };
}

/** The cookies a response sets, as `name=value` pairs. */
export function cookiesOf(res: Response): string[] {
  return (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
}

const SIGN_IN_TIMEOUT_MS = 60_000;

/** Signs in through next-auth's credentials endpoint and returns the session cookie (fails after a minute). */
export async function signIn(base: string, username: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(SIGN_IN_TIMEOUT_MS) });
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(SIGN_IN_TIMEOUT_MS),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password: PASSWORD, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${username} (${res.status})`);
  return session;
}
