// The migrations and prisma/schema.prisma must describe the same database. Prisma's own differ
// reads the migrated database (tables, columns, types, nullability, defaults, enums, indexes,
// foreign keys) and must find nothing to change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/db/scratch";
import { diffToSchema } from "@/lib/db/schema-diff";

describe("migrations", () => {
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "schema" });
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it("apply to an empty database, are recorded the way Prisma records them, and re-apply as a no-op", async () => {
    const applied = await migrate(scratch.url);
    expect(applied).toEqual(readMigrations().map((m) => m.name));
    expect(applied.length).toBeGreaterThan(0);
    expect(await migrate(scratch.url)).toEqual([]);

    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows).toEqual(
        readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum, finished: true, applied_steps_count: 1 })),
      );
    } finally {
      await client.end();
    }
  });

  it("produce exactly the database schema.prisma describes", async () => {
    const drift = await diffToSchema(scratch.url);
    expect(drift).toBe("");
  });

  it("would be caught drifting: a column missing from the database shows in the diff", async () => {
    const other = await createScratchDatabase({ prefix: "drift" });
    try {
      await migrate(other.url);
      const client = new pg.Client({ connectionString: other.url });
      await client.connect();
      await client.query(`ALTER TABLE "task" DROP COLUMN "target_unit"; DROP INDEX "assignment_due_on_idx"`);
      await client.end();
      const drift = await diffToSchema(other.url);
      expect(drift).toContain('"target_unit"');
      expect(drift).toContain('"assignment_due_on_idx"');
    } finally {
      await other.drop();
    }
  });

  it("refuses a migration edited after it was applied", async () => {
    const [first, ...rest] = readMigrations();
    await expect(migrate(scratch.url, [{ ...first, checksum: "0".repeat(64) }, ...rest])).rejects.toMatchObject({ code: "EDITED" });
  });

  it("leaves nothing behind when a migration fails", async () => {
    const broken = { name: "99999999999999_broken", sql: `CREATE TABLE "half_done" (id int); SELECT * FROM no_such_table;`, checksum: "f".repeat(64) };
    await expect(migrate(scratch.url, [...readMigrations(), broken])).rejects.toMatchObject({ code: "FAILED" });
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT to_regclass('half_done') AS t, (SELECT count(*)::int FROM "_prisma_migrations" WHERE migration_name = $1) AS n`, [broken.name]);
      expect(rows[0]).toEqual({ t: null, n: 0 });
    } finally {
      await client.end();
    }
  });
});
