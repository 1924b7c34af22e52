// Embedded PostgreSQL (PGlite) served over the PostgreSQL wire protocol, so the app talks to
// it with the same driver and adapter as to a real server. Node only; one owner per data folder.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** A folder to keep the data in, or undefined for an in-memory database. */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * Client connections the socket accepts at once (default 50). The app's server processes each keep
   * a pool (2 × DB_POOL_SIZE 10 = 20), so the limit must leave room beyond them for a backup, a
   * script or a test's own connection: at exactly 20, a full pool made every other client's
   * connection close at once ("Connection terminated unexpectedly").
   */
  maxConnections?: number;
}

/** Thrown when another live process already serves the same data folder. */
export class DataFolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`data folder ${dataDir} is in use by process ${pid}`);
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// PGlite has no lock between processes and two writers lose data: a pid file guards the folder.
// Backup and restore (lib/db/backup.ts) take the same lock, so they never copy a folder in use.
export function claimDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.pid`);
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (pid && pid !== process.pid && processIsAlive(pid)) throw new DataFolderBusyError(dataDir, pid);
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

/** PGlite with the extensions the migrations use; `loadDataDir` fills an empty folder from a backup. */
export function openPGlite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const release = options.dataDir ? claimDataDir(options.dataDir) : () => {};
  try {
    const db = await openPGlite(options.dataDir);
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 50,
    });
    await server.start();
    const conn = server.getServerConn(); // "127.0.0.1:PORT"
    const port = Number(conn.split(":").pop());
    let stopped = false;
    return {
      port,
      url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
