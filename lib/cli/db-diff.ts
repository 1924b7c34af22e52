// `npm run db:diff -- <name>`: writes the next migration, the SQL that brings a database with
// every existing migration applied to what prisma/schema.prisma describes.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, migrate, readMigrations } from "../db/migrate";
import { createScratchDatabase } from "../db/scratch";
import { diffToSchema } from "../db/schema-diff";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Cách dùng: npm run db:diff -- <tên_migration>");
  process.exit(2);
}

const scratch = await createScratchDatabase({ prefix: "diff" });
try {
  await migrate(scratch.url);
  const sql = await diffToSchema(scratch.url, { fromEmpty: readMigrations().length === 0 });
  if (!sql) {
    console.log("Cơ sở dữ liệu đã khớp với schema.prisma: không có migration mới.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Đã viết ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await scratch.drop();
}
process.exit(0);
