import "server-only";
// The connection to PostgreSQL: one pg pool shared by Prisma (through its pg adapter) and the
// few statements Prisma cannot express (bulk cascades, dashboard aggregates).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { serverConfig } from "./config";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

interface Connection {
  url: string;
  pool: pg.Pool;
  prisma: PrismaClient;
}

// Survives Next's module reloading in development, so connections are not leaked.
const globalForDb = globalThis as unknown as { __chidaoDb?: Connection };

/**
 * Planner settings of the app's own sessions, sent as each connection starts (the embedded
 * database ignores them). The working set (a subtree's assignments, the closure) is in memory, so
 * an index probe costs little more than a sequential page: with the default 4 the planner scanned
 * all 1 M assignments for a province's heatmap (305 ms; 62 ms by the index on unit). Parallel
 * workers on a two-core server only take cores from the other requests, and compiling a statement
 * (JIT) costs more than it saves: 233 ms of compilation for a 100 ms register statement.
 */
export const SESSION_SETTINGS = "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0 -c jit=off";

export function connect(url: string, poolSize = 10): Connection {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000, options: SESSION_SETTINGS });
  // A dropped idle connection (database restarted) must not crash the server.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { url, pool, prisma };
}

function connection(): Connection {
  const url = serverConfig().DATABASE_URL;
  if (!globalForDb.__chidaoDb || globalForDb.__chidaoDb.url !== url) {
    globalForDb.__chidaoDb = connect(url, Number(process.env.DB_POOL_SIZE ?? 10));
  }
  return globalForDb.__chidaoDb;
}

export function db(): PrismaClient {
  return connection().prisma;
}

export function pool(): pg.Pool {
  return connection().pool;
}

export async function disconnect(): Promise<void> {
  const current = globalForDb.__chidaoDb;
  globalForDb.__chidaoDb = undefined;
  if (current) {
    await current.prisma.$disconnect();
    await current.pool.end().catch(() => {});
  }
}

/** Calendar dates travel as ISO strings; PostgreSQL `date` columns arrive as UTC midnights. */
export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function dateValue(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00.000Z`) : null;
}
