// The server the browser tests run against: a fresh database (a new one on the server at
// DATABASE_URL, or an in-memory embedded one), migrated and loaded with the demo data as of a
// fixed day, and the built app on E2E_PORT. Dropped again when the tests stop it.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createScratchDatabase } from "../db/scratch";
import { DATA_DIR, nextStartArgs, prepareDatabase, ROOT } from "./database";

const port = Number(process.env.E2E_PORT ?? 3100);
const today = process.env.APP_TODAY ?? "2026-11-22";

const scratch = await createScratchDatabase({ prefix: "e2e" });
process.env.APP_TODAY = today;
await prepareDatabase(scratch.url);
// Browser tests that must shape their world first (tests/e2e/fixtures.ts) find the database here.
mkdirSync(DATA_DIR, { recursive: true });
const urlFile = path.join(DATA_DIR, `e2e-${port}.database-url`);
writeFileSync(urlFile, scratch.url);

const server = spawn(process.execPath, nextStartArgs(port), {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: scratch.url,
    // The Playwright config sets it, so tests can sign session cookies of their own.
    AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    APP_TODAY: today,
    NODE_ENV: "production",
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await scratch.drop().catch(() => {});
  rmSync(urlFile, { force: true });
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));
