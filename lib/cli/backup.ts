// `npm run db:backup [-- <file>]` and `npm run db:restore -- <file>`: the PostgreSQL server at
// DATABASE_URL (pg_dump / pg_restore into an empty database), or without it the embedded database
// in DATA_DIR/pglite, which must not be in use by a running app. One sentence on any failure.
import { statSync } from "node:fs";
import path from "node:path";
import { BackupError, backupEmbedded, backupServer, defaultBackupFile, restoreEmbedded, restoreServer } from "../db/backup";
import { DataFolderBusyError } from "../db/embedded";
import { databaseUrlProblem } from "../db/url";
import { format, messages } from "../i18n/messages";

const m = messages.backup;
// Read directly rather than through ./database, which would open the app's data layer.
const DATA_DIR = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.resolve(import.meta.dirname, "../../.data");

function explain(error: unknown): string {
  if (error instanceof DataFolderBusyError) return format(m.appRunning, { pid: error.pid, dir: error.dataDir });
  if (error instanceof BackupError) {
    const d = error.detail;
    switch (error.code) {
      case "TOOL_MISSING":
        return format(m.toolMissing, d);
      case "TOOL_FAILED":
        return format(m.toolFailed, d);
      case "NOT_EMPTY":
        return format(m.notEmpty, d);
      case "FILE_NOT_FOUND":
        return format(m.fileNotFound, d);
      case "UNKNOWN_FILE":
        return format(m.kindUnknown, d);
      case "WRONG_KIND":
        return format(m.wrongKind, { file: d.file, kind: d.kind === "server" ? m.kindServer : m.kindEmbedded });
    }
  }
  const e = error as { message?: string };
  return format(messages.startup.unexpected, { detail: (e?.message ?? String(error)).split("\n")[0] });
}

function size(file: string): string {
  const bytes = statSync(file).size;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

async function main(command: string | undefined, fileArg: string | undefined): Promise<void> {
  const url = process.env.DATABASE_URL?.trim() || null;
  if (url && databaseUrlProblem(url)) throw new Error(messages.startup.badDatabaseUrl);
  const embeddedDir = path.join(DATA_DIR, "pglite");
  if (command === "backup") {
    const file = path.resolve(fileArg ?? defaultBackupFile(DATA_DIR, url ? "server" : "embedded"));
    if (url) await backupServer(url, file);
    else await backupEmbedded(embeddedDir, file);
    console.log(format(m.done, { file: path.relative(process.cwd(), file) || file, size: size(file) }));
    return;
  }
  if (!fileArg) throw new BackupError("FILE_NOT_FOUND", { file: "?" });
  const file = path.resolve(fileArg);
  if (url) await restoreServer(url, file);
  else {
    const movedTo = await restoreEmbedded(embeddedDir, file);
    if (movedTo) console.log(format(m.movedAside, { dir: path.relative(process.cwd(), movedTo) }));
  }
  console.log(format(m.restored, { file: path.relative(process.cwd(), file) || file }));
}

const [command, fileArg] = process.argv.slice(2);
if (command === "restore" && !fileArg) {
  console.error(m.missingFile);
  process.exit(2);
}
main(command, fileArg).then(
  () => process.exit(0),
  (error) => {
    console.error(explain(error));
    process.exit(1);
  },
);
