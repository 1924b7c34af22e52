import "server-only";
// A unit reports on its assignment; the issuer's office accepts or returns the report. Each step
// locks the assignment's row, so concurrent reports are all recorded one after another, a report
// edited meanwhile is refused (optimistic version), and a report is reviewed exactly once.
import { Prisma } from "@/lib/generated/prisma/client";
import { vietnamToday } from "@/lib/domain/calendar";
import { todayIn } from "@/lib/domain/clock";
import { pageWindow, type Paged } from "@/lib/domain/paging";
import { isReportablePeriod } from "@/lib/domain/report-slots";
import { format, messages } from "@/lib/i18n/messages";
import { acceptReportsSchema, MAX_BATCH_REVIEW, reportSchema, reviewSchema } from "@/lib/validation/report";
import { issuesToFieldErrors } from "@/lib/validation/errors";
import { fail, UserFacingError, type ActionResult } from "./action-result";
import { writeAudit } from "./audit";
import { serverConfig } from "./config";
import { dateValue, db, type Tx } from "./db";
import { storeFileRow, type SavedFile } from "./files";
import { receivedOn, refreshReportDue } from "./report-due";
import { assertCan, type SessionUser } from "./session-user";

const w = messages.workErrors;

interface LockedAssignment {
  id: number;
  unit_id: number;
  state: "OPEN" | "SUBMITTED" | "COMPLETED" | "CANCELLED";
  due_on: Date | null;
  created_at: Date;
  issuer_id: number;
  directive_status: string;
  reporting_cycle: "NONE" | "MONTHLY" | "QUARTERLY" | "HALF_YEARLY" | "YEARLY";
}

export async function lockAssignment(tx: Tx, id: number): Promise<LockedAssignment | null> {
  const [row] = await tx.$queryRaw<LockedAssignment[]>(Prisma.sql`
    SELECT a.id, a.unit_id, a.state, a.due_on, a.created_at, d.issuer_id, d.status AS directive_status, t.reporting_cycle
    FROM assignment a JOIN directive d ON d.id = a.directive_id JOIN task t ON t.id = a.task_id
    WHERE a.id = ${id} FOR UPDATE OF a`);
  return row ?? null;
}

/** A new report, or (with reportId and version) an edit of one still awaiting review. */
export async function submitReport(user: SessionUser, raw: unknown, files: SavedFile[] = []): Promise<ActionResult<{ reportId: number }>> {
  assertCan(user, "report:assignment");
  const parsed = reportSchema.safeParse(raw);
  if (!parsed.success) return fail(messages.editor.formError, issuesToFieldErrors(parsed.error.issues));
  const r = parsed.data;
  const today = todayIn(serverConfig().clock);
  try {
    const reportId = await db().$transaction(
      async (tx) => {
        const a = await lockAssignment(tx, r.assignmentId);
        if (!a) throw new UserFacingError(w.notFound);
        if (a.unit_id !== user.organizationId) throw new UserFacingError(w.notYourUnit);
        if (a.directive_status !== "ISSUED" || a.state === "COMPLETED" || a.state === "CANCELLED") throw new UserFacingError(w.notReportable);
        const slotted = a.due_on === null && a.reporting_cycle !== "NONE";
        if (slotted && !r.periodKey) throw new UserFacingError(messages.editor.formError, { periodKey: [w.periodRequired] });
        if (slotted && r.periodKey && !isReportablePeriod(a.reporting_cycle, r.periodKey, receivedOn(a.created_at), today)) {
          throw new UserFacingError(messages.editor.formError, { periodKey: [w.period] });
        }
        const fields = {
          content: r.content,
          progressPercent: r.progressPercent,
          achievedValue: r.achievedValue === null ? null : new Prisma.Decimal(r.achievedValue),
          denominator: r.denominator === null ? null : new Prisma.Decimal(r.denominator),
          requestsCompletion: r.requestsCompletion,
          periodKey: slotted ? r.periodKey : null,
        };
        let id: number;
        if (r.reportId) {
          const updated = await tx.report.updateMany({
            where: { id: r.reportId, assignmentId: a.id, status: "SUBMITTED", version: r.version ?? -1 },
            data: { ...fields, version: { increment: 1 } },
          });
          if (updated.count !== 1) {
            const current = await tx.report.findFirst({ where: { id: r.reportId, assignmentId: a.id }, select: { status: true } });
            throw new UserFacingError(!current ? w.notFound : current.status !== "SUBMITTED" ? w.notEditable : w.changedMeanwhile);
          }
          id = r.reportId;
        } else {
          const submittedAt = serverConfig().clock.now();
          id = (await tx.report.create({ data: { ...fields, assignmentId: a.id, authorId: user.id, submittedAt }, select: { id: true } })).id;
        }
        for (const file of files) {
          const fileId = await storeFileRow(tx, file, user.id);
          await tx.reportEvidence.create({ data: { reportId: id, fileId, label: file.name } });
        }
        if (r.links.length) await tx.reportEvidence.createMany({ data: r.links.map((url) => ({ reportId: id, url })) });
        await tx.assignment.update({
          where: { id: a.id },
          data: { progressPercent: r.progressPercent, ...(r.requestsCompletion ? { state: "SUBMITTED" } : {}) },
        });
        if (slotted) await refreshReportDue(tx, a.id);
        await writeAudit(tx, {
          actorId: user.id,
          action: r.reportId ? "report.update" : "report.submit",
          entityType: "report",
          entityId: id,
          organizationId: user.organizationId,
          data: { assignmentId: a.id, progressPercent: r.progressPercent, requestsCompletion: r.requestsCompletion },
        });
        return id;
      },
      { maxWait: 20_000, timeout: 60_000 },
    );
    return { ok: true, value: { reportId }, message: r.reportId ? messages.report.saved : messages.report.submitted };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}

/**
 * One decision on one report, inside the caller's transaction: the report must await the decision of
 * the person's organisation (the issuer of its directive). Accepting a completion request completes
 * the assignment on the day the unit asked. Returns that day, or null.
 */
async function decideReport(tx: Tx, user: SessionUser, reportId: number, decision: "ACCEPT" | "RETURN", note: string): Promise<string | null> {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { assignmentId: true } });
  if (!report) throw new UserFacingError(w.notFound);
  const a = await lockAssignment(tx, report.assignmentId);
  if (!a || a.issuer_id !== user.organizationId) throw new UserFacingError(w.notReviewer);
  // A recalled directive's work is cancelled: its reports wait for nothing any more.
  if (a.state === "CANCELLED") throw new UserFacingError(w.cancelledWork);
  const r = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { status: true, requestsCompletion: true, submittedAt: true, periodKey: true },
  });
  if (r.status !== "SUBMITTED") throw new UserFacingError(w.alreadyReviewed);
  await tx.report.update({
    where: { id: reportId },
    data: {
      status: decision === "ACCEPT" ? "ACCEPTED" : "RETURNED",
      reviewedById: user.id,
      reviewedAt: serverConfig().clock.now(),
      reviewNote: note || null,
      version: { increment: 1 },
    },
  });
  let completed: string | null = null;
  if (r.requestsCompletion && decision === "ACCEPT" && (a.state === "OPEN" || a.state === "SUBMITTED")) {
    // Completed on the day the unit asked: a resubmission after a return counts from its own date.
    completed = vietnamToday(r.submittedAt);
    await tx.assignment.update({ where: { id: a.id }, data: { state: "COMPLETED", completedOn: dateValue(completed), progressPercent: 100 } });
  } else if (decision === "RETURN" && a.state !== "COMPLETED") {
    // A returned report no longer speaks for the unit: its progress is that of its latest report
    // still standing (accepted or awaiting review), or none; and it asks for completion no more.
    const standing = await tx.report.findFirst({
      where: { assignmentId: a.id, status: { in: ["SUBMITTED", "ACCEPTED"] } },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { progressPercent: true },
    });
    const reopen =
      r.requestsCompletion && a.state === "SUBMITTED" && (await tx.report.count({ where: { assignmentId: a.id, status: "SUBMITTED", requestsCompletion: true } })) === 0;
    await tx.assignment.update({
      where: { id: a.id },
      data: { progressPercent: standing?.progressPercent ?? 0, ...(reopen ? { state: "OPEN" as const } : {}) },
    });
  }
  if (r.periodKey) await refreshReportDue(tx, a.id);
  await writeAudit(tx, {
    actorId: user.id,
    action: decision === "ACCEPT" ? "report.accept" : "report.return",
    entityType: "report",
    entityId: reportId,
    organizationId: user.organizationId,
    data: { assignmentId: a.id, completedOn: completed, note: note || null },
  });
  return completed;
}

/** The issuer's office accepts or returns a report; accepting a completion request completes the assignment. */
export async function reviewReport(user: SessionUser, raw: unknown): Promise<ActionResult<{ completedOn: string | null }>> {
  assertCan(user, "review:report");
  const parsed = reviewSchema.safeParse(raw);
  if (!parsed.success) return fail(messages.editor.formError, issuesToFieldErrors(parsed.error.issues));
  const { reportId, decision, note } = parsed.data;
  try {
    const completedOn = await db().$transaction((tx) => decideReport(tx, user, reportId, decision, note), { maxWait: 20_000, timeout: 60_000 });
    const message =
      decision === "RETURN"
        ? messages.review.returned
        : completedOn
          ? `${messages.review.accepted} ${format(messages.review.completedOn, { date: completedOn.split("-").reverse().join("/") })}`
          : messages.review.accepted;
    return { ok: true, value: { completedOn }, message };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}

/**
 * The office accepts several reports at once (the boxes it checked in the queue): all of them in one
 * transaction, or none. A report someone decided meanwhile refuses the whole batch and names its
 * unit; an id that is not a report on the office's own directives refuses it without naming
 * anything. Each accepted report writes its own audit event.
 */
export async function acceptReports(user: SessionUser, raw: unknown): Promise<ActionResult<{ accepted: number; completed: number }>> {
  assertCan(user, "review:report");
  const parsed = acceptReportsSchema.safeParse(raw);
  if (!parsed.success) return fail(messages.editor.formError, issuesToFieldErrors(parsed.error.issues));
  const ids = parsed.data.reportId;
  try {
    const completed = await db().$transaction(
      async (tx) => {
        // Only reports on the office's own directives are named back; any other id refuses the batch
        // without saying what it is. Assignments are locked in one order (by id), so two batches
        // sharing some cannot deadlock.
        const reports = await tx.report.findMany({
          where: { id: { in: ids }, assignment: { directive: { issuerId: user.organizationId } } },
          select: { id: true, assignment: { select: { unit: { select: { name: true } } } } },
          orderBy: [{ assignmentId: "asc" }, { id: "asc" }],
        });
        if (reports.length !== ids.length) throw new UserFacingError(w.reportMissing);
        let done = 0;
        for (const report of reports) {
          try {
            if (await decideReport(tx, user, report.id, "ACCEPT", "")) done += 1;
          } catch (error) {
            if (!(error instanceof UserFacingError)) throw error;
            throw new UserFacingError(format(w.batchRefused, { unit: report.assignment.unit.name, reason: error.message }));
          }
        }
        return done;
      },
      { maxWait: 20_000, timeout: 60_000 },
    );
    const message = [format(messages.review.acceptedMany, { n: ids.length }), completed ? format(messages.review.completedMany, { n: completed }) : ""].filter(Boolean).join(" ");
    return { ok: true, value: { accepted: ids.length, completed }, message };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}

/** One file or link a unit attached to a report. */
export interface Evidence {
  id: number;
  url: string | null;
  label: string | null;
  file: { name: string } | null;
}

export interface ReviewItem {
  reportId: number;
  version: number;
  submittedAt: Date;
  content: string;
  progressPercent: number;
  requestsCompletion: boolean;
  periodKey: string | null;
  achievedValue: number | null;
  denominator: number | null;
  late: boolean;
  assignmentId: number;
  unitName: string;
  taskTitle: string;
  taskOrdinal: number;
  directive: { id: number; type: string; symbol: string | null };
  authorName: string | null;
  /** The files and links the unit attached: the office sees what it accepts. */
  evidence: Evidence[];
}

/** How many reports one page of the review queue shows (each with its decision form): as many as one
 *  "accept the chosen" may carry, so "choose all on the page" is always one batch. */
export const REVIEW_PAGE_SIZE = MAX_BATCH_REVIEW;

/** Reports awaiting the person's organisation, oldest first, one page at a time, with how many wait in all. */
export async function listReviewQueue(user: SessionUser, askedPage?: number): Promise<Paged<ReviewItem>> {
  assertCan(user, "review:report");
  const where = { status: "SUBMITTED" as const, assignment: { state: { not: "CANCELLED" as const }, directive: { issuerId: user.organizationId } } };
  const total = await db().report.count({ where });
  const { page, pageCount, offset } = pageWindow(total, REVIEW_PAGE_SIZE, askedPage);
  const rows = await db().report.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    skip: offset,
    take: REVIEW_PAGE_SIZE,
    select: {
      id: true,
      version: true,
      submittedAt: true,
      content: true,
      progressPercent: true,
      requestsCompletion: true,
      periodKey: true,
      achievedValue: true,
      denominator: true,
      author: { select: { name: true } },
      evidence: { orderBy: { id: "asc" }, select: { id: true, url: true, label: true, file: { select: { name: true } } } },
      assignment: {
        select: {
          id: true,
          dueOn: true,
          unit: { select: { name: true } },
          task: { select: { title: true, ordinal: true } },
          directive: { select: { id: true, type: true, symbol: true } },
        },
      },
    },
  });
  const items = rows.map((r) => ({
    reportId: r.id,
    version: r.version,
    submittedAt: r.submittedAt,
    content: r.content,
    progressPercent: r.progressPercent,
    requestsCompletion: r.requestsCompletion,
    periodKey: r.periodKey,
    achievedValue: r.achievedValue === null ? null : Number(r.achievedValue),
    denominator: r.denominator === null ? null : Number(r.denominator),
    late: r.assignment.dueOn !== null && vietnamToday(r.submittedAt) > r.assignment.dueOn.toISOString().slice(0, 10),
    assignmentId: r.assignment.id,
    unitName: r.assignment.unit.name,
    taskTitle: r.assignment.task.title,
    taskOrdinal: r.assignment.task.ordinal,
    directive: r.assignment.directive,
    authorName: r.author?.name ?? null,
    evidence: r.evidence,
  }));
  return { rows: items, total, page, pageCount };
}
