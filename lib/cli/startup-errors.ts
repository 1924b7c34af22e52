// Turns whatever stops start-up into one sentence a person can act on — never a stack trace.
import { DataFolderBusyError } from "../db/embedded";
import { MigrationError } from "../db/migrate";
import { format, messages } from "../i18n/messages";

const m = messages.startup;

function target(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? "");
    return `${parsed.hostname}:${parsed.port || "5432"}`;
  } catch {
    return "?";
  }
}

export function explainStartupError(error: unknown, databaseUrl?: string): string {
  if (error instanceof DataFolderBusyError) return format(m.dataFolderBusy, { dir: error.dataDir, pid: error.pid });
  if (error instanceof MigrationError) {
    const name = error.migration;
    if (error.code === "EDITED") return format(m.migrationEdited, { name });
    if (error.code === "FAILED_BEFORE") return format(m.migrationFailedBefore, { name });
    if (error.code === "UNKNOWN_APPLIED") return format(m.migrationUnknown, { name });
    return format(m.migrationFailed, { name, detail: (error.detail ?? "").split("\n")[0] });
  }
  const e = error as { code?: string; message?: string; port?: number };
  switch (e?.code) {
    case "ECONNREFUSED":
    case "ETIMEDOUT":
    case "ECONNRESET":
      return format(m.databaseDown, { target: target(databaseUrl) });
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return format(m.databaseUnknownHost, { target: target(databaseUrl) });
    case "28P01":
    case "28000":
      return m.databaseAuth;
    case "3D000":
      return m.databaseMissing;
    case "EADDRINUSE":
      return format(m.portBusy, { port: e.port ?? "?" });
  }
  if (e instanceof AggregateError && e.errors?.length) return explainStartupError(e.errors[0], databaseUrl);
  return format(m.unexpected, { detail: (e?.message ?? String(error)).split("\n")[0] });
}
