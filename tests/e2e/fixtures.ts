// Direct access to the browser tests' own database (a scratch database made by lib/cli/e2e-server.ts),
// for the few tests that must shape their world before using the app.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The address of the database the browser tests' server uses. */
export function e2eDatabaseUrl(): string {
  const port = process.env.E2E_PORT ?? "3100";
  const dataDir = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(ROOT, ".data");
  return readFileSync(path.join(dataDir, `e2e-${port}.database-url`), "utf8").trim();
}

export async function withE2eDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Removes a directive the demo data holds, with everything hanging from it, so a test can enter it anew. */
export async function deleteDirective(client: pg.Client, symbol: string, issuerCode: string): Promise<void> {
  await client.query("BEGIN");
  try {
    const { rows } = await client.query(
      `SELECT d.id FROM directive d JOIN organization o ON o.id = d.issuer_id WHERE d.symbol = $1 AND o.code = $2`,
      [symbol, issuerCode],
    );
    const ids = rows.map((r) => r.id as number);
    if (ids.length) {
      await client.query(`DELETE FROM report WHERE assignment_id IN (SELECT id FROM assignment WHERE directive_id = ANY($1))`, [ids]);
      await client.query(`DELETE FROM assignment WHERE directive_id = ANY($1)`, [ids]);
      await client.query(`UPDATE directive SET parent_id = NULL WHERE parent_id = ANY($1)`, [ids]);
      await client.query(`DELETE FROM directive WHERE id = ANY($1)`, [ids]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Puts a demo assignment back to open, with no report, so a test can walk it from the start. */
export async function reopenAssignment(client: pg.Client, opts: { symbol: string; issuerCode: string; unitCode: string; taskTitle: string }): Promise<number> {
  const { rows } = await client.query(
    `SELECT a.id FROM assignment a
     JOIN directive d ON d.id = a.directive_id JOIN organization i ON i.id = d.issuer_id
     JOIN organization u ON u.id = a.unit_id JOIN task t ON t.id = a.task_id
     WHERE d.symbol = $1 AND i.code = $2 AND u.code = $3 AND t.title LIKE $4`,
    [opts.symbol, opts.issuerCode, opts.unitCode, `%${opts.taskTitle}%`],
  );
  if (rows.length !== 1) throw new Error(`expected one assignment, found ${rows.length}`);
  const id = rows[0].id as number;
  await client.query(`DELETE FROM report WHERE assignment_id = $1`, [id]);
  await client.query(`UPDATE assignment SET state = 'OPEN', completed_on = NULL, progress_percent = 0 WHERE id = $1`, [id]);
  return id;
}
