import "server-only";
// The cascade: a directive's tasks, given to units one by one or by group, become one
// assignment per (task, unit). Everything happens in PostgreSQL, in one statement, inside the
// caller's transaction: expanding the groups through the closure table, removing what is no
// longer wanted (only where no report exists), changing roles and due dates, inserting the rest
// with ON CONFLICT DO NOTHING. Issuing twice, or by two people at once, changes nothing the
// second time.
import { Prisma } from "@/lib/generated/prisma/client";
import { TARGETS_OF_RULES } from "./cascade-targets";
import type { Tx } from "./db";

/** An open assignment follows its task's due date, unless the issuer granted it an extension. */
const followsTaskDue = Prisma.sql`(a.state IN ('OPEN', 'SUBMITTED') AND NOT EXISTS (
  SELECT 1 FROM extension_request x WHERE x.assignment_id = a.id AND x.status = 'GRANTED'))`;

/** The rows the directive's assignee rules ask for: one per (task, unit), LEAD winning over COORDINATE. */
function desiredSql(directiveId: number, issuerId: number, today: string): Prisma.Sql {
  return Prisma.sql`
    rules AS (
      SELECT ta.task_id, ta.role, ta.selector, ta.organization_id, ta.organization_kind
      FROM task_assignee ta JOIN task t ON t.id = ta.task_id
      WHERE t.directive_id = ${directiveId}
    ),
    ${Prisma.raw(TARGETS_OF_RULES)},
    desired AS (
      SELECT tg.task_id, tg.unit_id, min(tg.role) AS role
      FROM targets tg JOIN organization o ON o.id = tg.unit_id
      WHERE tg.unit_id <> ${issuerId}
        -- A unit that has stopped (dissolved, merged) receives nothing new but keeps what it holds.
        AND (o.active_until IS NULL OR o.active_until >= ${today}::date
             OR EXISTS (SELECT 1 FROM assignment e WHERE e.task_id = tg.task_id AND e.unit_id = tg.unit_id))
      GROUP BY tg.task_id, tg.unit_id
    )`;
}

export interface BlockedRemoval {
  taskOrdinal: number;
  unitId: number;
  unitName: string;
}

/** How many units of each role the issue preview names for a task; the rest are counted. */
export const PREVIEW_NAMES = 10;

export interface CascadePlan {
  /** Assignments to create, and the distinct units they go to. */
  toAdd: number;
  unitsToAdd: number;
  /** Assignments no longer asked for and without any report: removed. */
  toRemove: number;
  /** Assignments no longer asked for but already reported on: kept, and shown to the person. */
  blocked: BlockedRemoval[];
  roleChanges: number;
  dueChanges: number;
  /** After issuing: assignments and units in all. */
  total: number;
  units: number;
  /** Per task: how many lead and coordinating units it will have, and the first of each by name. */
  tasks: { ordinal: number; leads: number; coordinators: number; leadNames: string[]; coordinatorNames: string[] }[];
  /** Tasks that would end with no lead unit (a group that expanded to nobody). */
  tasksWithoutLead: number[];
}

/** What issuing would change, without changing anything. */
export async function planCascade(tx: Tx, directiveId: number, issuerId: number, today: string): Promise<CascadePlan> {
  const [counts] = await tx.$queryRaw<Record<string, number>[]>(Prisma.sql`
    WITH ${desiredSql(directiveId, issuerId, today)},
    existing AS (SELECT a.id, a.task_id, a.unit_id, a.role, a.state, a.due_on FROM assignment a WHERE a.directive_id = ${directiveId})
    SELECT
      (SELECT count(*) FROM desired d WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.task_id = d.task_id AND e.unit_id = d.unit_id))::int AS "toAdd",
      (SELECT count(DISTINCT d.unit_id) FROM desired d WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.task_id = d.task_id AND e.unit_id = d.unit_id))::int AS "unitsToAdd",
      (SELECT count(*) FROM existing e WHERE NOT EXISTS (SELECT 1 FROM desired d WHERE d.task_id = e.task_id AND d.unit_id = e.unit_id)
         AND NOT EXISTS (SELECT 1 FROM report r WHERE r.assignment_id = e.id))::int AS "toRemove",
      (SELECT count(*) FROM existing e JOIN desired d ON d.task_id = e.task_id AND d.unit_id = e.unit_id WHERE e.role <> d.role)::int AS "roleChanges",
      (SELECT count(*) FROM existing e JOIN task t ON t.id = e.task_id
         WHERE e.state IN ('OPEN', 'SUBMITTED') AND e.due_on IS DISTINCT FROM t.due_on
         AND NOT EXISTS (SELECT 1 FROM extension_request x WHERE x.assignment_id = e.id AND x.status = 'GRANTED')
         AND EXISTS (SELECT 1 FROM desired d WHERE d.task_id = e.task_id AND d.unit_id = e.unit_id))::int AS "dueChanges",
      (SELECT count(*) FROM desired)::int AS total,
      (SELECT count(DISTINCT unit_id) FROM desired)::int AS units`);
  const blocked = await blockedRemovals(tx, directiveId, issuerId, today);
  // Each task's units by role, the first few by name (Vietnamese order): whom the clerk is about to send it to.
  const perTask = await tx.$queryRaw<CascadePlan["tasks"]>(Prisma.sql`
    WITH ${desiredSql(directiveId, issuerId, today)},
    named AS (
      SELECT d.task_id, d.role, o.name, row_number() OVER (PARTITION BY d.task_id, d.role ORDER BY o.name, o.id) AS place
      FROM desired d JOIN organization o ON o.id = d.unit_id
    )
    SELECT t.ordinal,
      count(n.task_id) FILTER (WHERE n.role = 'LEAD')::int AS leads,
      count(n.task_id) FILTER (WHERE n.role = 'COORDINATE')::int AS coordinators,
      coalesce(array_agg(n.name ORDER BY n.place) FILTER (WHERE n.role = 'LEAD' AND n.place <= ${PREVIEW_NAMES}), '{}') AS "leadNames",
      coalesce(array_agg(n.name ORDER BY n.place) FILTER (WHERE n.role = 'COORDINATE' AND n.place <= ${PREVIEW_NAMES}), '{}') AS "coordinatorNames"
    FROM task t LEFT JOIN named n ON n.task_id = t.id
    WHERE t.directive_id = ${directiveId}
    GROUP BY t.ordinal ORDER BY t.ordinal`);
  return {
    toAdd: counts.toAdd,
    unitsToAdd: counts.unitsToAdd,
    toRemove: counts.toRemove,
    blocked,
    roleChanges: counts.roleChanges,
    dueChanges: counts.dueChanges,
    total: counts.total,
    units: counts.units,
    tasks: perTask,
    tasksWithoutLead: perTask.filter((t) => t.leads === 0).map((t) => t.ordinal),
  };
}

export interface CascadeResult {
  added: number;
  removed: number;
  updated: number;
}

/**
 * Brings the directive's assignments to what its rules ask for, in one statement. The caller holds
 * the directive's row lock (SELECT … FOR UPDATE), so concurrent issues run one after the other and
 * the second finds nothing to do; the unique (task, unit) key is the backstop.
 *
 * A directive with no assignment yet (its first issue) takes a plain INSERT … SELECT: nothing can
 * conflict under the lock, and skipping ON CONFLICT's speculative insertion makes the statement
 * about a third faster at 100,000 rows (docs/decisions/0006-cascade.md).
 */
export async function applyCascade(
  tx: Tx,
  directiveId: number,
  issuerId: number,
  today: string,
  options: { first?: boolean; reportDue?: { taskId: number; dueOn: string }[]; now?: Date } = {},
): Promise<CascadeResult> {
  // The moment the units receive the work, by the app's clock (report slots count from that day).
  const now = options.now ?? new Date();
  // Ongoing tasks with a reporting cycle: a new assignment's first report is due at the end of the current period.
  const due = options.reportDue ?? [];
  const reportDue = Prisma.sql`LEFT JOIN unnest(${due.map((r) => r.taskId)}::int[], ${due.map((r) => r.dueOn)}::date[]) AS rd(task_id, due_on) ON rd.task_id = d.task_id`;
  if (options.first) {
    const added = await tx.$executeRaw(Prisma.sql`
      WITH ${desiredSql(directiveId, issuerId, today)}
      INSERT INTO assignment (task_id, directive_id, unit_id, role, state, due_on, report_due_on, progress_percent, created_at, updated_at)
      SELECT d.task_id, ${directiveId}, d.unit_id, d.role, 'OPEN', t.due_on, rd.due_on, 0, ${now}, ${now}
      FROM desired d JOIN task t ON t.id = d.task_id ${reportDue}`);
    return { added, removed: 0, updated: 0 };
  }
  const [result] = await tx.$queryRaw<CascadeResult[]>(Prisma.sql`
    WITH ${desiredSql(directiveId, issuerId, today)},
    removed AS (
      DELETE FROM assignment a
      WHERE a.directive_id = ${directiveId}
        AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.task_id = a.task_id AND d.unit_id = a.unit_id)
        AND NOT EXISTS (SELECT 1 FROM report r WHERE r.assignment_id = a.id)
      RETURNING 1
    ),
    updated AS (
      UPDATE assignment a
      SET role = d.role,
          due_on = CASE WHEN ${followsTaskDue} THEN t.due_on ELSE a.due_on END,
          updated_at = now()
      FROM desired d, task t
      WHERE a.directive_id = ${directiveId} AND d.task_id = a.task_id AND d.unit_id = a.unit_id AND t.id = a.task_id
        AND (a.role <> d.role OR (${followsTaskDue} AND a.due_on IS DISTINCT FROM t.due_on))
      RETURNING 1
    ),
    added AS (
      INSERT INTO assignment (task_id, directive_id, unit_id, role, state, due_on, report_due_on, progress_percent, created_at, updated_at)
      SELECT d.task_id, ${directiveId}, d.unit_id, d.role, 'OPEN', t.due_on, rd.due_on, 0, ${now}, ${now}
      FROM desired d JOIN task t ON t.id = d.task_id ${reportDue}
      ON CONFLICT (task_id, unit_id) DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM added)::int AS added,
           (SELECT count(*) FROM removed)::int AS removed,
           (SELECT count(*) FROM updated)::int AS updated`);
  return result;
}

/** Assignments no longer asked for but already reported on: they stay, and the person is told. */
export async function blockedRemovals(tx: Tx, directiveId: number, issuerId: number, today: string): Promise<BlockedRemoval[]> {
  return tx.$queryRaw<BlockedRemoval[]>(Prisma.sql`
    WITH ${desiredSql(directiveId, issuerId, today)}
    SELECT t.ordinal AS "taskOrdinal", o.id AS "unitId", o.name AS "unitName"
    FROM assignment a JOIN task t ON t.id = a.task_id JOIN organization o ON o.id = a.unit_id
    WHERE a.directive_id = ${directiveId}
      AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.task_id = a.task_id AND d.unit_id = a.unit_id)
      AND EXISTS (SELECT 1 FROM report r WHERE r.assignment_id = a.id)
    ORDER BY t.ordinal, o.name`);
}

/** Ordinals of the directive's tasks that have no lead unit among their live assignments. */
export async function tasksWithoutLead(tx: Tx, directiveId: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ ordinal: number }[]>(Prisma.sql`
    SELECT t.ordinal FROM task t
    WHERE t.directive_id = ${directiveId}
      AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.task_id = t.id AND a.role = 'LEAD' AND a.state <> 'CANCELLED')
    ORDER BY t.ordinal`);
  return rows.map((r) => r.ordinal);
}

/** Recall: every open assignment is cancelled; completed work and every report stay as history. */
export async function cancelOpenAssignments(tx: Tx, directiveId: number): Promise<number> {
  return tx.$executeRaw`
    UPDATE assignment SET state = 'CANCELLED', updated_at = now()
    WHERE directive_id = ${directiveId} AND state IN ('OPEN', 'SUBMITTED')`;
}
