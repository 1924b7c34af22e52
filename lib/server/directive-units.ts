import "server-only";
// The units that carry out a directive. The directive's page lists the first units of each task
// and, for a task given to more, how many are in each status; this list (/van-ban/:id/don-vi)
// shows them all, a page at a time, filtered by task and by status, the most urgent first — the
// office's list of whom to chase, also as a workbook. Who may see the list: whoever may open the
// directive (the same rule as its page); a unit links to its assignment only when the person may open that.
import ExcelJS from "exceljs";
import { directiveLabel } from "@/components/directives/labels";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatViDate } from "@/lib/domain/calendar";
import { todayIn } from "@/lib/domain/clock";
import { pageWindow } from "@/lib/domain/paging";
import { ASSIGNMENT_STATUSES, STATUSES_BY_URGENCY, type AssignmentStatus } from "@/lib/domain/status";
import { searchTokens } from "@/lib/domain/text";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { can } from "@/lib/auth/permissions";
import { MAX_REMINDERS, remindSchema } from "@/lib/validation/directive-units";
import { issuesToFieldErrors } from "@/lib/validation/errors";
import { fail, UserFacingError, type ActionResult } from "./action-result";
import { auditSecretRead, writeAudit } from "./audit";
import { statusSql } from "./compliance";
import { serverConfig } from "./config";
import { db, isoDate } from "./db";
import { containsAll } from "./sql";
import { openableAssignments } from "./assignment-detail";
import { directiveVisibleTo } from "./scope";
import { assertCan, type SessionUser } from "./session-user";
import { titledSheet } from "./workbook";

export const DIRECTIVE_UNITS_PAGE_SIZE = 50;

export type StatusCounts = Record<AssignmentStatus, number>;

function emptyCounts(): StatusCounts {
  return Object.fromEntries(ASSIGNMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** For each task of the directive, how many of its assignments are in each status as of `today`. */
export async function taskStatusCounts(directiveId: number, today: string): Promise<Map<number, StatusCounts>> {
  const rows = await db().$queryRaw<{ task_id: number; status: AssignmentStatus; n: number }[]>(Prisma.sql`
    SELECT a.task_id, ${statusSql(Prisma.sql`${today}::date`)} AS status, count(*)::int AS n
    FROM assignment a WHERE a.directive_id = ${directiveId} GROUP BY 1, 2`);
  const byTask = new Map<number, StatusCounts>();
  for (const r of rows) {
    const counts = byTask.get(r.task_id) ?? emptyCounts();
    counts[r.status] = r.n;
    byTask.set(r.task_id, counts);
  }
  return byTask;
}

export interface DirectiveUnitFilters {
  taskId?: number;
  status?: AssignmentStatus;
  /** Words of the unit's name, diacritics and case ignored (its former names count too). */
  q?: string;
  page?: number;
}

/** One unit's assignment as the directive's page and its list of units show it. */
export interface UnitAssignment {
  id: number;
  unitName: string;
  role: "LEAD" | "COORDINATE";
  dueOn: string | null;
  completedOn: string | null;
  progressPercent: number;
  status: AssignmentStatus;
  /** A report waits for the office's decision. */
  awaitingReview: boolean;
  /** Whether the person may open the assignment's page (its reports): assignmentVisibleTo. */
  openable: boolean;
}

export interface DirectiveUnitRow extends UnitAssignment {
  taskOrdinal: number;
  taskTitle: string;
}

/** The directive's assignments with their status as of `today`, of one task or all, of units whose name has every word. */
function judgedSql(directiveId: number, today: string, taskId: number | null, words: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, a.role, a.state, a.due_on, a.completed_on, a.progress_percent, a.task_id, a.unit_id,
      ${statusSql(Prisma.sql`${today}::date`)} AS status
    FROM assignment a
    WHERE a.directive_id = ${directiveId} ${taskId ? Prisma.sql`AND a.task_id = ${taskId}` : Prisma.empty}
      ${words.length ? Prisma.sql`AND EXISTS (SELECT 1 FROM organization s WHERE s.id = a.unit_id AND ${containsAll(Prisma.sql`s.search_text`, words)})` : Prisma.empty}`;
}

/** Only the office that issued the directive reminds its units, and only while it stands issued. */
function mayRemind(user: SessionUser, directive: { issuerId: number; status: string }): boolean {
  return can(user.role, "review:report") && directive.issuerId === user.organizationId && directive.status === "ISSUED";
}

/** The statuses open work can have: what a reminder can be about. */
const REMINDABLE: readonly AssignmentStatus[] = ["OVERDUE", "IN_PROGRESS"];

function openSql(status: AssignmentStatus | null): Prisma.Sql {
  return Prisma.sql`j.state = 'OPEN' AND j.status IN (${Prisma.join(status ? [status] : REMINDABLE)})`;
}

/** Open assignments shown and their units; of those, not reminded today. (A unit may hold several tasks.) */
export interface ReminderCounts {
  open: number;
  openUnits: number;
  remindable: number;
  remindableUnits: number;
}

async function reminderCounts(judged: Prisma.Sql, status: AssignmentStatus | null, today: string): Promise<ReminderCounts> {
  const [row] = await db().$queryRaw<ReminderCounts[]>(Prisma.sql`
    WITH judged AS (${judged}),
    shown AS (
      SELECT j.id, j.unit_id, NOT EXISTS (SELECT 1 FROM reminder r WHERE r.assignment_id = j.id AND r.sent_on = ${today}::date) AS due
      FROM judged j WHERE ${openSql(status)}
    )
    SELECT count(*)::int AS open, count(DISTINCT unit_id)::int AS "openUnits",
      count(*) FILTER (WHERE due)::int AS remindable, count(DISTINCT unit_id) FILTER (WHERE due)::int AS "remindableUnits"
    FROM shown`);
  return row;
}

/**
 * Reminds (đôn đốc) the units of the office's own directive whose work is open, as the list shows them
 * (task, status, name): each gets a notification and the note on its assignment's page. One transaction,
 * one audit event; a unit already reminded today about that assignment is not reminded again.
 */
export async function remindUnits(user: SessionUser, raw: unknown): Promise<ActionResult<{ reminded: number; units: number }>> {
  assertCan(user, "review:report");
  const parsed = remindSchema.safeParse(raw);
  if (!parsed.success) return fail(messages.editor.formError, issuesToFieldErrors(parsed.error.issues));
  const { directiveId, taskId, status, q, note } = parsed.data;
  const today = todayIn(serverConfig().clock);
  const w = messages.workErrors;
  try {
    const reminded = await db().$transaction(async (tx) => {
      const directive = await tx.directive.findFirst({ where: { id: directiveId }, select: { issuerId: true, status: true, tasks: { select: { id: true } } } });
      if (!directive || !mayRemind(user, directive)) throw new UserFacingError(w.remindNotOwn);
      const task = directive.tasks.some((t) => t.id === taskId) ? (taskId ?? null) : null;
      const judged = judgedSql(directiveId, today, task, searchTokens(q ?? "").slice(0, 8));
      const [{ open }] = await tx.$queryRaw<{ open: number }[]>(Prisma.sql`WITH judged AS (${judged}) SELECT count(*)::int AS open FROM judged j WHERE ${openSql(status ?? null)}`);
      if (open === 0) throw new UserFacingError(w.remindNone);
      if (open > MAX_REMINDERS) throw new UserFacingError(format(w.remindTooMany, { max: formatNumber(MAX_REMINDERS) }));
      const [{ n, units }] = await tx.$queryRaw<{ n: number; units: number }[]>(Prisma.sql`
        WITH judged AS (${judged}),
        sent AS (
          INSERT INTO reminder (assignment_id, sent_by_id, sent_on, note)
          SELECT j.id, ${user.id}, ${today}::date, ${note || null} FROM judged j WHERE ${openSql(status ?? null)}
          ON CONFLICT (assignment_id, sent_on) DO NOTHING
          RETURNING assignment_id
        )
        SELECT count(*)::int AS n, count(DISTINCT a.unit_id)::int AS units FROM sent JOIN assignment a ON a.id = sent.assignment_id`);
      if (n === 0) throw new UserFacingError(w.remindedToday);
      await writeAudit(tx, {
        actorId: user.id,
        action: "assignment.remind",
        entityType: "directive",
        entityId: directiveId,
        organizationId: user.organizationId,
        data: { reminded: n, units, taskId: task, status: status ?? null, q: q || null },
      });
      return { reminded: n, units };
    });
    return { ok: true, value: reminded, message: format(messages.directiveUnits.reminded, { units: formatNumber(reminded.units), n: formatNumber(reminded.reminded) }) };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}

/** The directive's units under the filters, a page of 50, or null when the person may not open the directive. */
export function listDirectiveUnits(user: SessionUser, directiveId: number, filters: DirectiveUnitFilters = {}) {
  return selectUnits(user, directiveId, filters, { pageSize: DIRECTIVE_UNITS_PAGE_SIZE, links: true });
}

async function selectUnits(user: SessionUser, directiveId: number, filters: DirectiveUnitFilters, { pageSize, links }: { pageSize: number; links: boolean }) {
  assertCan(user, "read:directive");
  const directive = await db().directive.findFirst({
    where: { AND: [directiveVisibleTo(user), { id: directiveId }] },
    select: {
      id: true,
      type: true,
      symbol: true,
      title: true,
      status: true,
      issuerId: true,
      confidentiality: true,
      tasks: { orderBy: { ordinal: "asc" }, select: { id: true, ordinal: true, title: true } },
    },
  });
  if (!directive) return null;
  // Each door its own read: the list on screen, or the workbook taken away.
  await auditSecretRead(user, directive, links ? "units" : "unitsExport");
  const today = todayIn(serverConfig().clock);
  // A task of another directive is no filter at all: the list shows every task.
  const task = directive.tasks.find((t) => t.id === filters.taskId) ?? null;
  const words = searchTokens(filters.q ?? "").slice(0, 8);
  const judged = judgedSql(directiveId, today, task?.id ?? null, words);
  const countRows = await db().$queryRaw<{ status: AssignmentStatus; n: number }[]>(
    Prisma.sql`WITH judged AS (${judged}) SELECT status, count(*)::int AS n FROM judged GROUP BY status`,
  );
  const counts = emptyCounts();
  for (const r of countRows) counts[r.status] = r.n;
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const total = filters.status ? counts[filters.status] : all;
  const { page, pageCount, offset } = pageWindow(total, pageSize, filters.page);
  const rows = await db().$queryRaw<
    {
      id: number;
      role: "LEAD" | "COORDINATE";
      state: string;
      due_on: Date | null;
      completed_on: Date | null;
      progress_percent: number;
      status: AssignmentStatus;
      unit_name: string;
      ordinal: number;
      task_title: string;
    }[]
  >(Prisma.sql`
    WITH judged AS (${judged})
    SELECT j.id, j.role::text AS role, j.state::text AS state, j.due_on, j.completed_on, j.progress_percent, j.status,
      u.name AS unit_name, t.ordinal, t.title AS task_title
    FROM judged j JOIN organization u ON u.id = j.unit_id JOIN task t ON t.id = j.task_id
    ${filters.status ? Prisma.sql`WHERE j.status = ${filters.status}` : Prisma.empty}
    ORDER BY array_position(${[...STATUSES_BY_URGENCY]}::text[], j.status), j.due_on NULLS LAST, t.ordinal, j.role, u.name, j.id
    LIMIT ${pageSize} OFFSET ${offset}`);
  // The issuing office may remind (đôn đốc) the open ones the list shows; today's reminders are not sent twice.
  const [openable, reminders] = await Promise.all([
    links ? openableAssignments(user, rows.map((r) => r.id)) : new Set<number>(),
    links && mayRemind(user, directive) ? reminderCounts(judged, filters.status ?? null, today) : null,
  ]);
  return {
    directive: { id: directive.id, type: directive.type, symbol: directive.symbol, title: directive.title },
    tasks: directive.tasks,
    task,
    status: filters.status ?? null,
    q: words.length ? (filters.q ?? "").trim() : null,
    /** For the issuing office: the open units shown, and how many of them were not reminded today. */
    reminders,
    today,
    counts,
    all,
    total,
    page,
    pageCount,
    rows: rows.map(
      (r): DirectiveUnitRow => ({
        id: r.id,
        unitName: r.unit_name,
        taskOrdinal: r.ordinal,
        taskTitle: r.task_title,
        role: r.role,
        dueOn: isoDate(r.due_on),
        completedOn: isoDate(r.completed_on),
        progressPercent: r.progress_percent,
        status: r.status,
        awaitingReview: r.state === "SUBMITTED",
        openable: openable.has(r.id),
      }),
    ),
  };
}

export type DirectiveUnitList = NonNullable<Awaited<ReturnType<typeof listDirectiveUnits>>>;

/** The most rows an export holds (a national directive has a few thousand units). */
export const DIRECTIVE_UNITS_EXPORT_MAX = 20_000;

/** The list under the filters as a workbook (every page, up to the maximum), or null as the list. */
export async function buildDirectiveUnitsWorkbook(user: SessionUser, directiveId: number, filters: Omit<DirectiveUnitFilters, "page">): Promise<Buffer | null> {
  const list = await selectUnits(user, directiveId, filters, { pageSize: DIRECTIVE_UNITS_EXPORT_MAX, links: false });
  if (!list) return null;
  const m = messages.directiveUnits;
  const label = directiveLabel(list.directive);
  const view = [
    list.task ? `${m.task} ${list.task.ordinal}: ${list.task.title}` : m.allTasks,
    list.status ? messages.assignmentStatus[list.status] : m.allStatuses,
    ...(list.q ? [format(m.searched, { q: list.q })] : []),
    format(messages.directive.statusAsOf, { date: formatViDate(list.today) }),
    format(m.count, { n: formatNumber(list.total) }),
  ].join(" · ");
  const book = new ExcelJS.Workbook();
  book.creator = messages.app.name;
  const ws = titledSheet(
    book,
    m.title,
    `${m.title}: ${label} — ${list.directive.title}`,
    view,
    [m.unit, m.task, m.role, m.due, m.completedOn, `${m.progress} (%)`, m.status, m.awaitingReview],
    list.rows.map((r) => [
      r.unitName,
      `${r.taskOrdinal}. ${r.taskTitle}`,
      messages.assignmentRole[r.role],
      r.dueOn ? formatViDate(r.dueOn) : "",
      r.completedOn ? formatViDate(r.completedOn) : "",
      r.progressPercent,
      messages.assignmentStatus[r.status],
      r.awaitingReview ? m.awaitingReview : "",
    ]),
  );
  if (list.total > list.rows.length) ws.addRow([format(m.exportTruncated, { max: formatNumber(DIRECTIVE_UNITS_EXPORT_MAX) })]).font = { italic: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
