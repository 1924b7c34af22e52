// `npm start`'s path on a machine with nothing but Node: from an empty data folder to a running app
// on the embedded PostgreSQL with demo data, data kept across a restart, and a bad setting stopping
// start-up with one sentence.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = 3201;
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
}

const running = new Set<Started>();

test.afterEach(async () => {
  // A failed assertion must not leave a server holding the port for the next test.
  for (const s of running) {
    if (s.child.exitCode === null) {
      s.child.kill("SIGTERM");
      const killer = setTimeout(() => s.child.kill("SIGKILL"), 10_000);
      await s.exited;
      clearTimeout(killer);
    }
  }
  running.clear();
});

function start(env: Record<string, string | undefined>): Started {
  let output = "";
  const { DATABASE_URL: _ignored, ...base } = process.env;
  // As `npm start` runs it: tsx as a loader in the one process, so a SIGTERM reaches start.ts itself (the
  // tsx command relays signals with a 30 ms deadline and then SIGKILLs, which can orphan the server).
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/start.ts"], {
    cwd: ROOT,
    env: { ...base, PORT: String(PORT), APP_TODAY: "2026-11-22", NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 0)));
  const started = { child, output: () => output, exited };
  running.add(started);
  return started;
}

async function waitForOutput(s: Started, pattern: RegExp, timeoutMs: number) {
  const started = Date.now();
  while (!pattern.test(s.output())) {
    if (s.child.exitCode !== null) throw new Error(`start exited early:\n${s.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern}:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stop(s: Started) {
  s.child.kill("SIGTERM");
  return s.exited;
}

test.describe.configure({ mode: "serial" });

test("starts from an empty data folder on the embedded database, and keeps the data across a restart", async ({ page }) => {
  test.setTimeout(600_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "chidao-start-"));
  try {
    const first = start({ DATA_DIR: dataDir });
    // The address and the demo accounts after it (a pipe may deliver them in two pieces).
    await waitForOutput(first, /Ứng dụng đã chạy tại[\s\S]*vanphong\.bcsd/, 300_000);
    expect(first.output()).toContain("Dùng cơ sở dữ liệu nhúng");
    expect(first.output()).toMatch(/Đã nạp dữ liệu mẫu/);
    expect(first.output()).toContain("vanphong.bcsd");
    expect(existsSync(path.join(dataDir, "pglite"))).toBe(true);

    await signIn(page, "vanphong.bcsd", { origin: ORIGIN });
    await page.goto(`${ORIGIN}/van-ban?q=26-CV`);
    await expect(page.getByRole("link", { name: "26-CV/BCSĐ" })).toBeVisible();
    expect(await stop(first)).toBe(0);
    expect(existsSync(path.join(dataDir, "pglite.pid"))).toBe(false);

    const second = start({ DATA_DIR: dataDir });
    await waitForOutput(second, /Ứng dụng đã chạy tại/, 300_000);
    expect(second.output()).not.toMatch(/Đã nạp dữ liệu mẫu/);
    await page.context().clearCookies();
    await signIn(page, "truong.vpb", { origin: ORIGIN });
    await expect(page.getByRole("heading", { name: "Việc của đơn vị", level: 1 })).toBeVisible();
    await stop(second);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

const badSettings: [string, Record<string, string>, RegExp][] = [
  ["a malformed DATABASE_URL", { DATABASE_URL: "mysql:/nope" }, /DATABASE_URL không đúng dạng/],
  ["a database that is down", { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/chidao" }, /Không kết nối được tới PostgreSQL tại 127\.0\.0\.1:1/],
  ["a secret that is too short", { AUTH_SECRET: "ngan" }, /AUTH_SECRET quá ngắn/],
  ["an impossible APP_TODAY", { APP_TODAY: "2026-02-30" }, /APP_TODAY không phải một ngày hợp lệ/],
];

for (const [what, env, message] of badSettings) {
  test(`stops with one sentence on ${what}`, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "chidao-bad-"));
    try {
      const s = start({ DATA_DIR: dataDir, ...env });
      expect(await s.exited).toBe(1);
      const lines = s.output().trim().split("\n").filter(Boolean);
      expect(lines.at(-1)).toMatch(message);
      expect(s.output()).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
