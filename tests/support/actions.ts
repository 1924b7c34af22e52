// Calling the app's server actions from a test: found by their exported name in app/**/actions.ts,
// and the row counts that prove a refusal changed nothing.
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/server/db";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every file called `name` under `dir`. */
export function files(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full, name) : e.name === name ? [full] : [];
  });
}

export type ActionFn = (previous: null, form: FormData) => Promise<{ ok: boolean; message?: string }>;

/** The app's server actions by name: every export of its actions.ts files ("use server" modules, whose exports are all actions). */
export async function serverActions(): Promise<Record<string, ActionFn>> {
  const all: Record<string, ActionFn> = {};
  for (const file of files(path.join(ROOT, "app"), "actions.ts")) Object.assign(all, await import(/* @vite-ignore */ file));
  return all;
}

/** The server action exported as `name` from one of the app's actions.ts files. */
export async function actionFn(name: string): Promise<ActionFn> {
  const action = (await serverActions())[name];
  if (typeof action !== "function") throw new Error(`no action ${name}`);
  return action;
}

/** The tables a write can touch, with their row counts. */
export const WRITTEN_TABLES = [
  "organization",
  "user_account",
  "directive",
  "task",
  "task_assignee",
  "assignment",
  "report",
  "report_evidence",
  "extension_request",
  "directive_reference",
  "notification_read",
  "stored_file",
  "audit_event",
];

export async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of WRITTEN_TABLES) counts[t] = Number((await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${t}`))[0].n);
  return counts;
}
