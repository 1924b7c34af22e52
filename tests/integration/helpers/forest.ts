// Checks that the forest's derived data is exactly what its parent links and assignments say:
// the closure table and depths against a recursive recount, the kept dashboard counts against a
// recount from the assignments. Read-only: they compare, they do not repair.
import { expect } from "vitest";
import { db } from "@/lib/server/db";

export async function expectClosureExact(step: string): Promise<void> {
  const diff = await db().$queryRawUnsafe<unknown[]>(`
    WITH RECURSIVE walk(ancestor_id, descendant_id, depth) AS (
      SELECT id, id, 0 FROM organization
      UNION ALL
      SELECT w.ancestor_id, o.id, w.depth + 1 FROM walk w JOIN organization o ON o.parent_id = w.descendant_id
    )
    (SELECT 'missing' AS kind, * FROM (SELECT * FROM walk EXCEPT SELECT ancestor_id, descendant_id, depth FROM organization_closure) m)
    UNION ALL
    (SELECT 'extra', * FROM (SELECT ancestor_id, descendant_id, depth FROM organization_closure EXCEPT SELECT * FROM walk) x)
    UNION ALL
    (SELECT 'depth', o.id, o.id, o.depth FROM organization o
     WHERE o.depth <> (SELECT max(depth) FROM organization_closure c WHERE c.descendant_id = o.id))`);
  expect(diff, `${step}: closure and depths`).toEqual([]);
}

export async function expectKeptCountsExact(step: string): Promise<void> {
  const diff = await db().$queryRawUnsafe<unknown[]>(`
    WITH recount AS (
      SELECT c.ancestor_id AS org_id, COALESCE(a.due_on, a.report_due_on) AS day,
             assignment_stat_bucket(a.state, a.due_on, a.completed_on, a.report_due_on) AS bucket, count(*)::int AS n
      FROM assignment a
      JOIN directive d ON d.id = a.directive_id AND d.confidentiality = 'NORMAL'
      JOIN organization_closure c ON c.descendant_id = a.unit_id
      JOIN organization o ON o.id = c.ancestor_id AND o.depth <= 1
      WHERE COALESCE(a.due_on, a.report_due_on) IS NOT NULL
        AND assignment_stat_bucket(a.state, a.due_on, a.completed_on, a.report_due_on) IS NOT NULL
      GROUP BY 1, 2, 3
    ), kept AS (SELECT org_id, day, bucket, n FROM subtree_stat WHERE n <> 0)
    (SELECT 'missing' AS kind, * FROM (SELECT * FROM recount EXCEPT SELECT * FROM kept) m)
    UNION ALL
    (SELECT 'extra', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM recount) x)`);
  expect(diff, `${step}: kept counts`).toEqual([]);
}

/** Every organisation's subtree size by the closure table, to compare before and after a change. */
export async function subtreeSizes(): Promise<Record<number, number>> {
  const rows = await db().$queryRawUnsafe<{ id: number; n: number }[]>(`SELECT ancestor_id AS id, count(*)::int AS n FROM organization_closure GROUP BY 1`);
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}
