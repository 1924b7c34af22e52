import "server-only";
// The unit's inbox (việc của đơn vị): its assignments, overdue first, then due within 14 days, then
// the rest, with counts and filters. One indexed range per unit (assignment_unit_id_due_on_idx),
// whatever the size of the table.
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, endOfMonth, endOfQuarter, endOfYear, isoParts, quarterOf } from "@/lib/domain/calendar";
import { todayIn } from "@/lib/domain/clock";
import type { AssignmentStatus } from "@/lib/domain/status";
import { statusSql } from "./compliance";
import { serverConfig } from "./config";
import { db, isoDate } from "./db";
import { assertCan, type SessionUser } from "./session-user";

export const INBOX_PAGE_SIZE = 30;
export const INBOX_STATUSES = ["OVERDUE", "DUE_SOON", "IN_PROGRESS", "SUBMITTED", "COMPLETED"] as const;
export const INBOX_PERIODS = ["week", "month", "quarter", "year"] as const;

export interface InboxFilters {
  directiveId?: number;
  issuerId?: number;
  status?: (typeof INBOX_STATUSES)[number];
  period?: (typeof INBOX_PERIODS)[number];
  page?: number;
}

export interface InboxRow {
  id: number;
  role: "LEAD" | "COORDINATE";
  state: "OPEN" | "SUBMITTED" | "COMPLETED" | "CANCELLED";
  status: AssignmentStatus;
  dueOn: string | null;
  reportDueOn: string | null;
  completedOn: string | null;
  progressPercent: number;
  taskTitle: string;
  requiresOwnPlan: boolean;
  directive: { id: number; type: string; symbol: string | null; title: string };
  issuerName: string;
}

function periodEnd(period: InboxFilters["period"], today: string): string | null {
  const { year, month } = isoParts(today);
  switch (period) {
    case "week":
      return addDays(today, 7);
    case "month":
      return endOfMonth(year, month);
    case "quarter":
      return endOfQuarter(year, quarterOf(today));
    case "year":
      return endOfYear(year);
    default:
      return null;
  }
}

export async function listInbox(user: SessionUser, filters: InboxFilters = {}) {
  assertCan(user, "read:assignment");
  const today = todayIn(serverConfig().clock);
  const asOf = Prisma.sql`${today}::date`;
  const soon = addDays(today, 14);
  const mine = Prisma.sql`
    mine AS MATERIALIZED (
      SELECT a.id, a.role, a.state, a.due_on, a.report_due_on, a.completed_on, a.progress_percent, a.task_id, a.directive_id,
        d.issuer_id, ${statusSql(asOf)} AS status,
        (a.state IN ('OPEN', 'SUBMITTED') AND COALESCE(a.due_on, a.report_due_on) BETWEEN ${asOf} AND ${soon}::date) AS due_soon
      FROM assignment a JOIN directive d ON d.id = a.directive_id
      WHERE a.unit_id = ${user.organizationId} AND a.state <> 'CANCELLED' AND d.status <> 'DRAFT'
    )`;
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.directiveId) where.push(Prisma.sql`m.directive_id = ${filters.directiveId}`);
  if (filters.issuerId) where.push(Prisma.sql`m.issuer_id = ${filters.issuerId}`);
  if (filters.status === "OVERDUE") where.push(Prisma.sql`m.status = 'OVERDUE'`);
  if (filters.status === "DUE_SOON") where.push(Prisma.sql`m.due_soon`);
  if (filters.status === "IN_PROGRESS") where.push(Prisma.sql`m.status = 'IN_PROGRESS'`);
  if (filters.status === "SUBMITTED") where.push(Prisma.sql`m.state = 'SUBMITTED'`);
  if (filters.status === "COMPLETED") where.push(Prisma.sql`m.status IN ('COMPLETED_ON_TIME', 'COMPLETED_LATE')`);
  const end = periodEnd(filters.period, today);
  if (end) where.push(Prisma.sql`COALESCE(m.due_on, m.report_due_on) BETWEEN ${asOf} AND ${end}::date`);

  const page = Math.max(1, filters.page ?? 1);
  // Overdue first, then due within 14 days, then in progress, then the rest; by date within each.
  const urgency = Prisma.sql`CASE WHEN m.status = 'OVERDUE' THEN 0 WHEN m.due_soon THEN 1 WHEN m.status = 'IN_PROGRESS' THEN 2 ELSE 3 END,
      COALESCE(m.due_on, m.report_due_on) ASC NULLS LAST, m.id`;
  // The counts and the page in one statement over one reading of the unit's work: the counts row
  // comes back even when the page is empty (a filter that matches nothing, a page past the end).
  const result = await db().$queryRaw<
    {
      overdue: number;
      dueSoon: number;
      inProgress: number;
      submitted: number;
      completed: number;
      id: number | null;
      role: InboxRow["role"];
      state: InboxRow["state"];
      status: AssignmentStatus;
      due_on: Date | null;
      report_due_on: Date | null;
      completed_on: Date | null;
      progress_percent: number;
      task_title: string;
      requires_own_plan: boolean;
      directive_id: number;
      type: string;
      symbol: string | null;
      directive_title: string;
      issuer_name: string;
      total: number;
    }[]
  >(Prisma.sql`
    WITH ${mine},
    counts AS (
      SELECT count(*) FILTER (WHERE status = 'OVERDUE')::int AS overdue,
             count(*) FILTER (WHERE due_soon AND status <> 'OVERDUE')::int AS "dueSoon",
             count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS "inProgress",
             count(*) FILTER (WHERE state = 'SUBMITTED')::int AS submitted,
             count(*) FILTER (WHERE status IN ('COMPLETED_ON_TIME', 'COMPLETED_LATE'))::int AS completed
      FROM mine
    ),
    picked AS (
      SELECT m.*, count(*) OVER () AS total, row_number() OVER (ORDER BY ${urgency}) AS ord
      FROM mine m WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ord
      LIMIT ${INBOX_PAGE_SIZE} OFFSET ${(page - 1) * INBOX_PAGE_SIZE}
    ),
    named AS (
      SELECT p.id, p.role, p.state, p.status, p.due_on, p.report_due_on, p.completed_on, p.progress_percent, p.total::int AS total, p.ord,
        t.title AS task_title, t.requires_own_plan, d.id AS directive_id, d.type, d.symbol, d.title AS directive_title, o.name AS issuer_name
      FROM picked p JOIN task t ON t.id = p.task_id JOIN directive d ON d.id = p.directive_id JOIN organization o ON o.id = d.issuer_id
    )
    SELECT c.*, n.* FROM counts c LEFT JOIN named n ON TRUE ORDER BY n.ord`);
  const { overdue, dueSoon, inProgress, submitted, completed } = result[0];
  const counts = { overdue, dueSoon, inProgress, submitted, completed };
  const rows = result.filter((r): r is (typeof result)[number] & { id: number } => r.id !== null);
  const total = rows[0]?.total ?? 0;
  return {
    today,
    counts,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
    rows: rows.map(
      (r): InboxRow => ({
        id: r.id,
        role: r.role,
        state: r.state,
        status: r.status,
        dueOn: isoDate(r.due_on),
        reportDueOn: isoDate(r.report_due_on),
        completedOn: isoDate(r.completed_on),
        progressPercent: r.progress_percent,
        taskTitle: r.task_title,
        requiresOwnPlan: r.requires_own_plan,
        directive: { id: r.directive_id, type: r.type, symbol: r.symbol, title: r.directive_title },
        issuerName: r.issuer_name,
      }),
    ),
  };
}

/** The directives and issuers the unit's work comes from, for the inbox's filters. */
export async function inboxFacets(user: SessionUser) {
  assertCan(user, "read:assignment");
  const rows = await db().$queryRaw<{ directive_id: number; type: string; symbol: string | null; title: string; issuer_id: number; issuer_name: string }[]>(
    Prisma.sql`
      SELECT DISTINCT d.id AS directive_id, d.type, d.symbol, d.title, o.id AS issuer_id, o.name AS issuer_name
      FROM assignment a JOIN directive d ON d.id = a.directive_id JOIN organization o ON o.id = d.issuer_id
      WHERE a.unit_id = ${user.organizationId} AND a.state <> 'CANCELLED' AND d.status <> 'DRAFT'
      ORDER BY d.id DESC LIMIT 300`,
  );
  const issuers = new Map<number, string>();
  for (const r of rows) issuers.set(r.issuer_id, r.issuer_name);
  return {
    directives: rows.map((r) => ({ id: r.directive_id, type: r.type, symbol: r.symbol, title: r.title })),
    issuers: [...issuers].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "vi")),
  };
}
