// A fingerprint of a whole database: for every table of the public schema, its row count and an
// md5 of its rows in a fixed order. Two databases with equal fingerprints hold the same data;
// one database before and after a failed write proves the write left nothing behind.
import pg from "pg";

export type Fingerprint = Record<string, { rows: number; md5: string }>;

export async function fingerprint(target: string | pg.Pool | pg.Client): Promise<Fingerprint> {
  const client = typeof target === "string" ? new pg.Client({ connectionString: target }) : target;
  if (typeof target === "string") await (client as pg.Client).connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const out: Fingerprint = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
      );
      out[name] = rows[0];
    }
    return out;
  } finally {
    if (typeof target === "string") await (client as pg.Client).end();
  }
}
