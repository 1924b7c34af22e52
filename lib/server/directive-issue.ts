import "server-only";
// Issuing (ban hành) and recalling (thu hồi) a directive of the person's organisation, and the
// preview that says what issuing would do. Each write is one transaction holding the
// directive's row lock, with its audit event inside.
import { Prisma } from "@/lib/generated/prisma/client";
import { formatViDate } from "@/lib/domain/calendar";
import { todayIn } from "@/lib/domain/clock";
import { periodOf } from "@/lib/domain/deadline";
import { format, messages } from "@/lib/i18n/messages";
import { fail, UserFacingError, type ActionResult } from "./action-result";
import { writeAudit } from "./audit";
import {
  applyCascade,
  blockedRemovals,
  cancelOpenAssignments,
  planCascade,
  tasksWithoutLead,
  type BlockedRemoval,
  type CascadePlan,
  type CascadeResult,
} from "./cascade";
import { serverConfig } from "./config";
import { db, type Tx } from "./db";
import { assertCan, type SessionUser } from "./session-user";

const v = messages.validation;

interface LockedDirective {
  id: number;
  issuer_id: number;
  status: "DRAFT" | "ISSUED" | "RECALLED";
  issued_on: Date | null;
}

/** Locks the directive's row for the rest of the transaction; only its issuer's people get it. */
async function lockOwnDirective(tx: Tx, user: SessionUser, id: number): Promise<LockedDirective> {
  const [row] = await tx.$queryRaw<LockedDirective[]>(
    Prisma.sql`SELECT id, issuer_id, status, issued_on FROM directive WHERE id = ${id} AND issuer_id = ${user.organizationId} FOR UPDATE`,
  );
  if (!row) throw new UserFacingError(v.notFound);
  return row;
}

/** The issue date when it is after today: a directive dated ahead gives no work (a typo of the year, most often). */
function issuedAhead(issuedOn: Date | null, today: string): string | null {
  const dated = issuedOn ? issuedOn.toISOString().slice(0, 10) : null;
  return dated !== null && dated > today ? dated : null;
}

export interface IssuePreview extends CascadePlan {
  status: "DRAFT" | "ISSUED";
  /** Its issue date, when that is after today: issuing is refused until it is mended. */
  issuedAhead: string | null;
  /** A unit's own plan: its tasks due after the date the unit itself must finish the work it plans for. */
  lateForSource: { ordinal: number; dueOn: string; sourceDueOn: string }[];
}

export async function previewIssue(user: SessionUser, id: number): Promise<IssuePreview | null> {
  assertCan(user, "issue:directive");
  const directive = await db().directive.findFirst({ where: { id, issuerId: user.organizationId }, select: { status: true, issuedOn: true } });
  if (!directive || directive.status === "RECALLED") return null;
  const today = todayIn(serverConfig().clock);
  const [plan, lateForSource] = await Promise.all([
    planCascade(db(), id, user.organizationId, today),
    db().$queryRaw<IssuePreview["lateForSource"]>(Prisma.sql`
      SELECT t.ordinal, to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(a.due_on, 'YYYY-MM-DD') AS "sourceDueOn"
      FROM task t JOIN directive d ON d.id = t.directive_id JOIN assignment a ON a.id = d.source_assignment_id
      WHERE t.directive_id = ${id} AND t.due_on > a.due_on
      ORDER BY t.ordinal`),
  ]);
  return { ...plan, status: directive.status, issuedAhead: issuedAhead(directive.issuedOn, today), lateForSource };
}

export interface IssueOutcome extends CascadeResult {
  blocked: BlockedRemoval[];
}

export async function issueDirective(user: SessionUser, id: number): Promise<ActionResult<IssueOutcome>> {
  assertCan(user, "issue:directive");
  const today = todayIn(serverConfig().clock);
  try {
    const outcome = await db().$transaction(
      async (tx) => {
        const directive = await lockOwnDirective(tx, user, id);
        if (directive.status === "RECALLED") throw new UserFacingError(v.notIssuable);
        if (!directive.issued_on) throw new UserFacingError(v.issueNeedsDate);
        const ahead = issuedAhead(directive.issued_on, today);
        if (ahead) throw new UserFacingError(format(v.issueDateAhead, { date: formatViDate(ahead) }));
        // Under the lock nobody else is issuing it: a directive with no assignment gets a plain insert.
        const existing = await tx.assignment.findFirst({ where: { directiveId: id }, select: { id: true } });
        const blocked = existing ? await blockedRemovals(tx, id, user.organizationId, today) : [];
        const ongoing = await tx.task.findMany({ where: { directiveId: id, dueOn: null, reportingCycle: { not: "NONE" } }, select: { id: true, reportingCycle: true } });
        const reportDue = ongoing.map((t) => ({ taskId: t.id, dueOn: periodOf(t.reportingCycle, today)!.dueOn }));
        const result = await applyCascade(tx, id, user.organizationId, today, { first: !existing, reportDue, now: serverConfig().clock.now() });
        // Checked on what was written; throwing rolls it all back.
        const leadless = await tasksWithoutLead(tx, id);
        if (leadless.length) {
          throw new UserFacingError(leadless.map((ordinal) => format(v.noLeadAfterExpansion, { ordinal })).join(" "));
        }
        const firstIssue = directive.status === "DRAFT";
        if (firstIssue) await tx.directive.update({ where: { id }, data: { status: "ISSUED", issuedAt: new Date() } });
        if (firstIssue || result.added || result.removed || result.updated) {
          await writeAudit(tx, {
            actorId: user.id,
            action: firstIssue ? "directive.issue" : "directive.reissue",
            entityType: "directive",
            entityId: id,
            organizationId: user.organizationId,
            data: { ...result, blocked: blocked.length },
          });
        }
        return { ...result, blocked };
      },
      // Large cascades (tens of thousands of units) take seconds; concurrent issues queue on the lock.
      { maxWait: 30_000, timeout: 120_000 },
    );
    return {
      ok: true,
      value: outcome,
      message: format(messages.issue.issued, { added: outcome.added, removed: outcome.removed, roles: outcome.updated }),
    };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message);
    throw error;
  }
}

export async function recallDirective(user: SessionUser, id: number, reason: string): Promise<ActionResult<{ cancelled: number }>> {
  assertCan(user, "issue:directive");
  try {
    const cancelled = await db().$transaction(
      async (tx) => {
        const directive = await lockOwnDirective(tx, user, id);
        if (directive.status !== "ISSUED") throw new UserFacingError(v.notRecallable);
        await tx.directive.update({ where: { id }, data: { status: "RECALLED", recalledAt: new Date() } });
        const n = await cancelOpenAssignments(tx, id);
        await writeAudit(tx, {
          actorId: user.id,
          action: "directive.recall",
          entityType: "directive",
          entityId: id,
          organizationId: user.organizationId,
          data: { cancelled: n, reason },
        });
        return n;
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
    return { ok: true, value: { cancelled }, message: format(messages.editor.recalled, { n: cancelled }) };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message);
    throw error;
  }
}
