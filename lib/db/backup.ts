// Backup and restore of the app's database. A PostgreSQL server is dumped with pg_dump (custom
// format) and restored with pg_restore into an empty database, in one transaction. The embedded
// database (PGlite) is copied by PGlite itself (a tar.gz of its data folder) while this process
// holds the folder's lock, so the copy is never taken from under a running app. Node only.
import { spawn } from "node:child_process";
import { existsSync, openSync, readSync, closeSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { claimDataDir, openPGlite } from "./embedded";

export type BackupKind = "server" | "embedded";

/** Why a backup or restore did not happen; `code` picks the Vietnamese sentence, nothing was changed. */
export class BackupError extends Error {
  constructor(
    readonly code: "TOOL_MISSING" | "TOOL_FAILED" | "NOT_EMPTY" | "WRONG_KIND" | "UNKNOWN_FILE" | "FILE_NOT_FOUND",
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(detail)}`);
  }
}

/** libpq refuses query parameters it does not know (Prisma's `schema`…): keep only its own. */
const LIBPQ_PARAMS = new Set(["sslmode", "sslcert", "sslkey", "sslrootcert", "application_name", "connect_timeout", "options", "host", "port"]);
export function libpqUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) parsed.searchParams.delete(key);
  return parsed.toString();
}

function run(tool: string, args: string[]): Promise<void> {
  const bin = process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, tool) : tool;
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new BackupError("TOOL_MISSING", { tool }) : error),
    );
    child.once("exit", (code) => {
      if (code === 0) resolve();
      else reject(new BackupError("TOOL_FAILED", { tool, detail: stderr.trim().split("\n")[0] || `exit ${code}` }));
    });
  });
}

/** What kind of backup a file holds, from its first bytes: pg_dump's custom format or gzip. */
export function backupKindOf(file: string): BackupKind | null {
  if (!existsSync(file)) throw new BackupError("FILE_NOT_FOUND", { file });
  const head = Buffer.alloc(5);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "PGDMP") return "server";
  if (head[0] === 0x1f && head[1] === 0x8b) return "embedded";
  return null;
}

function checkKind(file: string, expected: BackupKind): void {
  const kind = backupKindOf(file);
  if (kind === null) throw new BackupError("UNKNOWN_FILE", { file });
  if (kind !== expected) throw new BackupError("WRONG_KIND", { file, kind });
}

export async function backupServer(url: string, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${libpqUrl(url)}`]);
}

/** Restores into an empty database only, in one transaction: on any error the target stays empty. */
export async function restoreServer(url: string, file: string): Promise<void> {
  checkKind(file, "server");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (rows[0].n > 0) throw new BackupError("NOT_EMPTY", { target: new URL(url).pathname.slice(1), tables: rows[0].n });
  } finally {
    await client.end();
  }
  await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${libpqUrl(url)}`, file]);
}

export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const release = claimDataDir(dataDir); // throws DataFolderBusyError while the app runs
  try {
    const db = await openPGlite(dataDir);
    try {
      const dump = await db.dumpDataDir("gzip");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces the embedded database with a backup. The current folder is never deleted: it is moved
 * aside (returned) so a mistaken restore can be undone by hand.
 */
export async function restoreEmbedded(dataDir: string, file: string, now = new Date()): Promise<string | null> {
  checkKind(file, "embedded");
  const release = claimDataDir(dataDir);
  let movedTo: string | null = null;
  try {
    if (readdirSync(dataDir).length > 0) {
      movedTo = `${dataDir}.truoc-khoi-phuc-${now.toISOString().replace(/[:.]/g, "-")}`;
      renameSync(dataDir, movedTo);
      mkdirSync(dataDir, { recursive: true });
    }
    try {
      const db = await openPGlite(dataDir, new Blob([readFileSync(file)]));
      try {
        await db.query("SELECT 1");
      } finally {
        await db.close();
      }
    } catch (error) {
      // Put the previous folder back as it was.
      rmSync(dataDir, { recursive: true, force: true });
      if (movedTo) renameSync(movedTo, dataDir);
      throw error;
    }
    return movedTo;
  } finally {
    release();
  }
}

/** The default file name of a new backup: .data/backups/chidao-20261122-083000.dump (or .tar.gz). */
export function defaultBackupFile(dataDir: string, kind: BackupKind, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return path.join(dataDir, "backups", `chidao-${stamp}${kind === "server" ? ".dump" : ".tar.gz"}`);
}
