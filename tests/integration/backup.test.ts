// `npm run db:backup` / `db:restore`, run as a person runs them: a database with the migrations
// and the demo data is backed up, restored into an empty one, and every table compared row for
// row. The embedded database is never copied from under a running app.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/db/scratch";
import { prepareDatabase } from "@/lib/cli/database";
import { fingerprint, type Fingerprint } from "./helpers/snapshot";

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "chidao-backup-"));
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
  rmSync(work, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string | undefined>) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/backup.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...rest, ...env } as NodeJS.ProcessEnv,
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

function expectSameData(a: Fingerprint, b: Fingerprint) {
  expect(Object.keys(b)).toEqual(Object.keys(a));
  for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
}

describe.skipIf(!process.env.DATABASE_URL)("backup and restore on a PostgreSQL server", () => {
  it("restores a dump into an empty database with every table identical, and refuses a non-empty one", async () => {
    const source: ScratchDatabase = await createScratchDatabase({ prefix: "backup_src" });
    cleanup.push(() => source.drop());
    await prepareDatabase(source.url);
    const before = await fingerprint(source.url);
    expect(before.assignment.rows).toBeGreaterThan(0);
    expect(before.audit_event.rows).toBeGreaterThan(0);
    expect(before._prisma_migrations.rows).toBeGreaterThan(0);

    const file = path.join(work, "server.dump");
    const backup = cli(["backup", file], { DATABASE_URL: source.url });
    expect(backup.out).toContain("Đã sao lưu cơ sở dữ liệu");
    expect(backup.status).toBe(0);

    const target = await createScratchDatabase({ prefix: "backup_dst" });
    cleanup.push(() => target.drop());
    const restore = cli(["restore", file], { DATABASE_URL: target.url });
    expect(restore.out).toContain("Đã khôi phục");
    expect(restore.status).toBe(0);
    const after = await fingerprint(target.url);
    expectSameData(before, after);

    // The restored database keeps its rules: the audit trail is still append-only.
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: target.url });
    await client.connect();
    await expect(client.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await client.end();

    const again = cli(["restore", file], { DATABASE_URL: target.url });
    expect(again.status).toBe(1);
    expect(again.out).toMatch(/đã có \d+ bảng: chỉ khôi phục vào một cơ sở dữ liệu trống/);
    expectSameData(before, await fingerprint(target.url));
  });

  it("says what is wrong with a file that is not a backup, in one Vietnamese sentence", async () => {
    const target = await createScratchDatabase({ prefix: "backup_bad" });
    cleanup.push(() => target.drop());
    const result = cli(["restore", path.join(ROOT, "package.json")], { DATABASE_URL: target.url });
    expect(result.status).toBe(1);
    expect(result.out.trim()).toMatch(/^Tệp .*package\.json không phải bản sao lưu do npm run db:backup tạo ra\.$/);
  });
});

describe("backup and restore of the embedded database", () => {
  it("refuses while the app holds the data folder, then copies it and restores it identical", async () => {
    const dataA = path.join(work, "a");
    const running = await startEmbeddedPostgres({ dataDir: path.join(dataA, "pglite") });
    let before: Fingerprint;
    try {
      await prepareDatabase(running.url);
      before = await fingerprint(running.url);
      expect(before.assignment.rows).toBeGreaterThan(0);
      // This test process now holds the folder, as `npm start` would.
      const refused = cli(["backup"], { DATA_DIR: dataA });
      expect(refused.status).toBe(1);
      expect(refused.out).toContain(`Ứng dụng đang chạy (tiến trình ${process.pid})`);
      expect(readdirSync(dataA)).not.toContain("backups");
    } finally {
      await running.stop();
    }

    const file = path.join(work, "embedded.tar.gz");
    const backup = cli(["backup", file], { DATA_DIR: dataA });
    expect(backup.out).toContain("Đã sao lưu cơ sở dữ liệu");
    expect(backup.status).toBe(0);

    // Into a fresh folder, and over an existing one (which is kept aside, never deleted).
    for (const dataB of [path.join(work, "b"), dataA]) {
      const restore = cli(["restore", file], { DATA_DIR: dataB });
      expect(restore.out).toContain("Đã khôi phục");
      expect(restore.status).toBe(0);
      const restored = await startEmbeddedPostgres({ dataDir: path.join(dataB, "pglite") });
      try {
        expectSameData(before, await fingerprint(restored.url));
      } finally {
        await restored.stop();
      }
    }
    expect(readdirSync(dataA).some((name) => name.startsWith("pglite.truoc-khoi-phuc-"))).toBe(true);

    // A server dump is not an embedded backup.
    const wrong = cli(["restore", path.join(ROOT, "package.json")], { DATA_DIR: dataA });
    expect(wrong.status).toBe(1);
  });
});
