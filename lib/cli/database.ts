// Opening the app's database for command-line work: the PostgreSQL server at DATABASE_URL, or
// the embedded one in .data/pglite, migrated and (when empty) filled with the demo data.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { migrate } from "../db/migrate";
import { databaseUrlProblem } from "../db/url";
import { format, messages } from "../i18n/messages";
import { hashPassword } from "../auth/password";
import { connect } from "../server/db";
import { loadDemoData } from "../../prisma/seed/load";
import { todayIn, clockFromEnv, parseClockValue } from "../domain/clock";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(ROOT, ".data");

export class StartupError extends Error {}

/** The line lib/cli/cluster.mjs prints once every worker listens. */
export const SERVER_READY = /✓ Sẵn sàng: \d+ tiến trình phục vụ/;

/** How many `next start` processes serve the app: WEB_CONCURRENCY, or one per core. */
export function serverWorkers(): number {
  const asked = Number(process.env.WEB_CONCURRENCY);
  return Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
}

/**
 * `node … cluster.mjs WORKERS start -p PORT`: `next start` in `workers` processes sharing the port
 * (lib/cli/cluster.mjs), each with the preload that makes the client's address trustworthy; the
 * project's app unless `appDir` names another (the benchmarks' framework floor).
 */
export function nextStartArgs(port: number, workers = serverWorkers(), appDir?: string): string[] {
  const preload = pathToFileURL(path.join(ROOT, "lib/cli/client-address.mjs")).href;
  return ["--import", preload, path.join(ROOT, "lib/cli/cluster.mjs"), String(workers), "start", ...(appDir ? [appDir] : []), "-p", String(port)];
}

export interface OpenDatabase {
  url: string;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

export async function openDatabase(options: { port?: number } = {}): Promise<OpenDatabase> {
  const fromEnv = process.env.DATABASE_URL?.trim();
  if (fromEnv) {
    const problem = databaseUrlProblem(fromEnv);
    if (problem) throw new StartupError(messages.startup.badDatabaseUrl);
    const client = new pg.Client({ connectionString: fromEnv, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
    } finally {
      await client.end().catch(() => {});
    }
    return { url: fromEnv, embedded: null, close: async () => {} };
  }
  const dataDir = path.join(DATA_DIR, "pglite");
  const embedded = await startEmbeddedPostgres({ dataDir, port: options.port ?? 0 });
  console.log(format(messages.startup.embedded, { dir: path.relative(process.cwd(), dataDir) || dataDir }));
  return { url: embedded.url, embedded, close: () => embedded.stop() };
}

/** Applies pending migrations and loads the demo data into an empty database. */
export async function prepareDatabase(url: string, { seed = true } = {}): Promise<void> {
  const fixedToday = process.env.APP_TODAY?.trim();
  if (fixedToday && !parseClockValue(fixedToday)) throw new StartupError(messages.startup.badToday);
  const applied = await migrate(url);
  if (applied.length) console.log(format(messages.startup.migrated, { count: applied.length }));
  if (!seed) return;
  const { prisma, pool } = connect(url, 2);
  try {
    if ((await prisma.organization.count()) > 0) return;
    const counts = await loadDemoData(prisma, { today: todayIn(clockFromEnv(process.env.APP_TODAY)), hashPassword });
    console.log(format(messages.startup.seeded, counts));
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}

/** AUTH_SECRET from the environment, or one generated once and kept in the data folder. */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (fromEnv !== undefined) {
    if (fromEnv.length < 32) throw new StartupError(messages.startup.shortSecret);
    return fromEnv;
  }
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
