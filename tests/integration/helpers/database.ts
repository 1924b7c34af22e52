// Each integration test file gets its own migrated database: a fresh database on the server
// at DATABASE_URL (CI: 127.0.0.1:5432), or an in-memory embedded PostgreSQL otherwise.
import { afterAll, beforeAll } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/db/scratch";
import { db, disconnect, pool, type Db } from "@/lib/server/db";
import { overrideServerConfig } from "@/lib/server/config";
import { fixedClock } from "@/lib/domain/clock";

export interface TestDatabase {
  url: string;
  prisma: Db;
  pool: ReturnType<typeof pool>;
}

export async function createMigratedDatabase(prefix = "test"): Promise<{ scratch: ScratchDatabase }> {
  const scratch = await createScratchDatabase({ prefix });
  await migrate(scratch.url);
  return { scratch };
}

/**
 * Registers beforeAll/afterAll hooks that give the file a migrated database and point the data
 * layer at it, with "today" fixed (default 2026-11-22) so dates in assertions do not drift.
 */
export function useTestDatabase(options: { today?: string } = {}): TestDatabase {
  const handle = {} as TestDatabase;
  let scratch: ScratchDatabase | undefined;
  beforeAll(async () => {
    ({ scratch } = await createMigratedDatabase());
    overrideServerConfig({ DATABASE_URL: scratch.url, clock: fixedClock(options.today ?? "2026-11-22") });
    handle.url = scratch.url;
    handle.prisma = db();
    handle.pool = pool();
  });
  afterAll(async () => {
    await disconnect();
    await scratch?.drop();
  });
  return handle;
}
