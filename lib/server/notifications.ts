import "server-only";
// In-app notifications, derived from the data each time they are read: new work, deadlines within
// seven days, overdue work, reports accepted or returned, extensions decided, the office's reminders
// while the work is open — and, for the office that issued the work, reports and extension requests
// waiting for it. Nothing is queued, so nothing is missed while the server is down; only "read" marks
// (and the reminders themselves, an act of a person) are stored.
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/domain/calendar";
import { todayIn } from "@/lib/domain/clock";
import { can } from "@/lib/auth/permissions";
import { serverConfig } from "./config";
import { db, isoDate } from "./db";
import type { SessionUser } from "./session-user";

export type NotificationKind =
  | "ASSIGNED"
  | "DUE_SOON"
  | "OVERDUE"
  | "REPORT_DUE"
  | "RETURNED"
  | "ACCEPTED"
  | "TO_REVIEW"
  | "EXTENSION_ASKED"
  | "EXTENSION_GRANTED"
  | "EXTENSION_REFUSED"
  | "REMINDED"
  | "CANCELLED";

export interface Notification {
  key: string;
  kind: NotificationKind;
  at: Date;
  assignmentId: number;
  taskTitle: string;
  unitName: string;
  date: string | null;
  read: boolean;
}

const WINDOW_DAYS = 60;

function itemsSql(user: SessionUser, today: string): Prisma.Sql {
  const home = user.organizationId;
  const since = addDays(today, -WINDOW_DAYS);
  const parts: Prisma.Sql[] = [];
  if (can(user.role, "report:assignment")) {
    // The unit's assignments are read once (one index scan on unit) and every kind of notice about
    // them is picked from that small set: six scans of the 1 M-row table each weighed against its
    // five indexes cost more to plan than to run, and this statement runs on every page (the bell).
    parts.push(Prisma.sql`
      (WITH mine AS MATERIALIZED (
        SELECT a.id, a.state, a.created_at, a.updated_at, a.due_on, a.report_due_on FROM assignment a WHERE a.unit_id = ${home}
      )
      SELECT 'a:' || a.id AS key, 'ASSIGNED' AS kind, a.created_at AS at, a.id AS assignment_id, NULL::date AS date
      FROM mine a WHERE a.state <> 'CANCELLED' AND a.created_at >= ${since}::date
      UNION ALL
      SELECT 's:' || a.id || ':' || a.due_on, 'DUE_SOON', (a.due_on - 7)::timestamptz, a.id, a.due_on
      FROM mine a WHERE a.state IN ('OPEN', 'SUBMITTED') AND a.due_on BETWEEN ${today}::date AND ${today}::date + 7
      UNION ALL
      SELECT 'o:' || a.id || ':' || a.due_on, 'OVERDUE', (a.due_on + 1)::timestamptz, a.id, a.due_on
      FROM mine a WHERE a.state IN ('OPEN', 'SUBMITTED') AND a.due_on < ${today}::date AND a.due_on >= ${since}::date
      UNION ALL
      SELECT 'r:' || a.id || ':' || a.report_due_on, 'REPORT_DUE', (a.report_due_on - 7)::timestamptz, a.id, a.report_due_on
      FROM mine a WHERE a.state IN ('OPEN', 'SUBMITTED') AND a.due_on IS NULL
        AND a.report_due_on BETWEEN ${since}::date AND ${today}::date + 7
      UNION ALL
      SELECT 'v:' || r.id || ':' || r.status, CASE WHEN r.status = 'ACCEPTED' THEN 'ACCEPTED' ELSE 'RETURNED' END, r.reviewed_at, a.id, NULL::date
      FROM report r JOIN mine a ON a.id = r.assignment_id
      WHERE r.status IN ('ACCEPTED', 'RETURNED') AND r.reviewed_at >= ${since}::date
      UNION ALL
      SELECT 'e:' || x.id || ':' || x.status, CASE WHEN x.status = 'GRANTED' THEN 'EXTENSION_GRANTED' ELSE 'EXTENSION_REFUSED' END, x.decided_at, a.id, x.requested_due_on
      FROM extension_request x JOIN mine a ON a.id = x.assignment_id
      WHERE x.status IN ('GRANTED', 'REFUSED') AND x.decided_at >= ${since}::date
      UNION ALL
      SELECT 'm:' || m.id, 'REMINDED', m.created_at, a.id, NULL::date
      FROM reminder m JOIN mine a ON a.id = m.assignment_id
      WHERE a.state = 'OPEN' AND m.sent_on >= ${since}::date
      UNION ALL
      -- Cancelled (its directive recalled, the task removed, a duplicate after a merge): nothing more is asked.
      SELECT 'c:' || a.id, 'CANCELLED', a.updated_at, a.id, NULL::date
      FROM mine a WHERE a.state = 'CANCELLED' AND a.updated_at >= ${since}::date)`);
  }
  if (can(user.role, "review:report")) {
    parts.push(Prisma.sql`
      SELECT 't:' || r.id AS key, 'TO_REVIEW' AS kind, r.submitted_at AS at, a.id AS assignment_id, NULL::date AS date
      FROM report r JOIN assignment a ON a.id = r.assignment_id JOIN directive d ON d.id = a.directive_id
      WHERE d.issuer_id = ${home} AND r.status = 'SUBMITTED' AND a.state <> 'CANCELLED'
      UNION ALL
      SELECT 'x:' || x.id, 'EXTENSION_ASKED', x.created_at, a.id, x.requested_due_on
      FROM extension_request x JOIN assignment a ON a.id = x.assignment_id JOIN directive d ON d.id = a.directive_id
      WHERE d.issuer_id = ${home} AND x.status = 'PENDING' AND a.state <> 'CANCELLED'`);
  }
  if (!parts.length) parts.push(Prisma.sql`SELECT NULL::text AS key, NULL::text AS kind, NULL::timestamptz AS at, NULL::int AS assignment_id, NULL::date AS date WHERE FALSE`);
  return Prisma.join(parts, " UNION ALL ");
}

export async function listNotifications(user: SessionUser, limit = 50): Promise<{ items: Notification[]; unread: number }> {
  const today = todayIn(serverConfig().clock);
  const rows = await db().$queryRaw<
    { key: string; kind: NotificationKind; at: Date; assignment_id: number; date: Date | null; read: boolean; task_title: string; unit_name: string; unread: number }[]
  >(Prisma.sql`
    WITH items AS (${itemsSql(user, today)}),
    marked AS (
      SELECT i.*, EXISTS (SELECT 1 FROM notification_read nr WHERE nr.user_id = ${user.id} AND nr.key = i.key) AS read FROM items i
    )
    SELECT m.key, m.kind, m.at, m.assignment_id, m.date, m.read, t.title AS task_title, o.name AS unit_name,
      (SELECT count(*) FROM marked WHERE NOT read)::int AS unread
    FROM marked m JOIN assignment a ON a.id = m.assignment_id JOIN task t ON t.id = a.task_id JOIN organization o ON o.id = a.unit_id
    ORDER BY m.read, m.at DESC LIMIT ${limit}`);
  return {
    unread: rows[0]?.unread ?? 0,
    items: rows.map((r) => ({
      key: r.key,
      kind: r.kind,
      at: r.at,
      assignmentId: r.assignment_id,
      taskTitle: r.task_title,
      unitName: r.unit_name,
      date: isoDate(r.date),
      read: r.read,
    })),
  };
}

export async function unreadNotificationCount(user: SessionUser): Promise<number> {
  // Notifications are about work received or to review; a role with neither has none to count.
  if (!can(user.role, "report:assignment") && !can(user.role, "review:report")) return 0;
  const today = todayIn(serverConfig().clock);
  const [row] = await db().$queryRaw<{ n: number }[]>(Prisma.sql`
    WITH items AS (${itemsSql(user, today)})
    SELECT count(*)::int AS n FROM items i
    WHERE NOT EXISTS (SELECT 1 FROM notification_read nr WHERE nr.user_id = ${user.id} AND nr.key = i.key)`);
  return row?.n ?? 0;
}

/** Marks the given notifications (or every current one) as read for this person. Reading is not audited. */
export async function markNotificationsRead(user: SessionUser, keys: string[] | "all"): Promise<number> {
  const today = todayIn(serverConfig().clock);
  const wanted = keys === "all" ? null : keys.filter((k) => typeof k === "string" && k.length <= 100).slice(0, 500);
  // Only keys that are currently this person's notifications can be marked.
  return db().$executeRaw(Prisma.sql`
    INSERT INTO notification_read (user_id, key, read_at)
    SELECT ${user.id}, i.key, now() FROM (${itemsSql(user, today)}) i
    WHERE ${wanted === null ? Prisma.sql`TRUE` : Prisma.sql`i.key = ANY(${wanted}::text[])`}
    ON CONFLICT DO NOTHING`);
}
