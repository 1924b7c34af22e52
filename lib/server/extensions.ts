import "server-only";
// Deadline extensions (gia hạn): the unit asks for a later date with a reason; the issuer's office
// grants or refuses. A granted one moves the assignment's due date — the date every figure judges
// it by from then on — and stays in the history with the date it replaced.
import { formatViDate } from "@/lib/domain/calendar";
import { pageWindow } from "@/lib/domain/paging";
import { format, messages } from "@/lib/i18n/messages";
import { extensionDecisionSchema, extensionRequestSchema } from "@/lib/validation/report";
import { addFieldError, type FieldErrors } from "@/lib/validation/errors";
import { fail, UserFacingError, type ActionResult } from "./action-result";
import { writeAudit } from "./audit";
import { serverConfig } from "./config";
import { dateValue, db, isoDate } from "./db";
import { lockAssignment } from "./reports";
import { assertCan, type SessionUser } from "./session-user";

const w = messages.workErrors;

function errorsOf(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const i of issues) addFieldError(errors, i.path.map(String).join(".") || "form", i.message);
  return errors;
}

export async function requestExtension(user: SessionUser, raw: unknown): Promise<ActionResult<{ id: number }>> {
  assertCan(user, "report:assignment");
  const parsed = extensionRequestSchema.safeParse(raw);
  if (!parsed.success) return fail(messages.editor.formError, errorsOf(parsed.error.issues));
  const { assignmentId, requestedDueOn, reason } = parsed.data;
  try {
    const id = await db().$transaction(async (tx) => {
      const a = await lockAssignment(tx, assignmentId);
      if (!a) throw new UserFacingError(w.notFound);
      if (a.unit_id !== user.organizationId) throw new UserFacingError(w.notYourUnit);
      if (a.directive_status !== "ISSUED" || a.state === "COMPLETED" || a.state === "CANCELLED") throw new UserFacingError(w.notReportable);
      const due = isoDate(a.due_on);
      if (!due) throw new UserFacingError(w.extensionNoDue);
      if (requestedDueOn <= due) {
        throw new UserFacingError(messages.editor.formError, { requestedDueOn: [format(w.extensionDate, { due: formatViDate(due) })] });
      }
      if (await tx.extensionRequest.count({ where: { assignmentId, status: "PENDING" } })) throw new UserFacingError(w.extensionPending);
      const created = await tx.extensionRequest.create({
        data: { assignmentId, requestedById: user.id, previousDueOn: a.due_on, requestedDueOn: dateValue(requestedDueOn)!, reason, createdAt: serverConfig().clock.now() },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "extension.request",
        entityType: "extension_request",
        entityId: created.id,
        organizationId: user.organizationId,
        data: { assignmentId, from: due, to: requestedDueOn },
      });
      return created.id;
    });
    return { ok: true, value: { id }, message: messages.extension.requested };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}

export async function decideExtension(user: SessionUser, raw: unknown): Promise<ActionResult<{ dueOn: string | null }>> {
  assertCan(user, "review:report");
  const parsed = extensionDecisionSchema.safeParse(raw);
  if (!parsed.success) return fail(messages.editor.formError, errorsOf(parsed.error.issues));
  const { extensionId, grant, note } = parsed.data;
  try {
    const dueOn = await db().$transaction(async (tx) => {
      const request = await tx.extensionRequest.findUnique({ where: { id: extensionId }, select: { assignmentId: true } });
      if (!request) throw new UserFacingError(w.notFound);
      const a = await lockAssignment(tx, request.assignmentId);
      if (!a || a.issuer_id !== user.organizationId) throw new UserFacingError(w.notReviewer);
      if (a.state === "CANCELLED") throw new UserFacingError(w.cancelledWork);
      const decided = await tx.extensionRequest.updateMany({
        where: { id: extensionId, status: "PENDING" },
        data: { status: grant ? "GRANTED" : "REFUSED", decidedById: user.id, decidedAt: serverConfig().clock.now(), decisionNote: note || null },
      });
      if (decided.count !== 1) throw new UserFacingError(w.extensionDecided);
      let newDue: string | null = null;
      if (grant && (a.state === "OPEN" || a.state === "SUBMITTED")) {
        const ext = await tx.extensionRequest.findUniqueOrThrow({ where: { id: extensionId }, select: { requestedDueOn: true } });
        await tx.assignment.update({ where: { id: a.id }, data: { dueOn: ext.requestedDueOn } });
        newDue = isoDate(ext.requestedDueOn);
      }
      await writeAudit(tx, {
        actorId: user.id,
        action: grant ? "extension.grant" : "extension.refuse",
        entityType: "extension_request",
        entityId: extensionId,
        organizationId: user.organizationId,
        data: { assignmentId: a.id, dueOn: newDue, note: note || null },
      });
      return newDue;
    });
    return {
      ok: true,
      value: { dueOn },
      message: grant && dueOn ? format(messages.extension.granted, { date: formatViDate(dueOn) }) : messages.extension.refused,
    };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}

/** How many extension requests one page of the review queue shows. */
export const EXTENSION_PAGE_SIZE = 25;

/** Extension requests awaiting the person's organisation, oldest first, one page at a time, with how many wait in all. */
export async function listExtensionQueue(user: SessionUser, askedPage?: number) {
  assertCan(user, "review:report");
  const where = { status: "PENDING" as const, assignment: { state: { not: "CANCELLED" as const }, directive: { issuerId: user.organizationId } } };
  const total = await db().extensionRequest.count({ where });
  const { page, pageCount, offset } = pageWindow(total, EXTENSION_PAGE_SIZE, askedPage);
  const rows = await db().extensionRequest.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: offset,
    take: EXTENSION_PAGE_SIZE,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      previousDueOn: true,
      requestedDueOn: true,
      assignment: {
        select: {
          id: true,
          unit: { select: { name: true } },
          task: { select: { title: true, ordinal: true } },
          directive: { select: { id: true, type: true, symbol: true } },
        },
      },
    },
  });
  const items = rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    createdAt: r.createdAt,
    previousDueOn: isoDate(r.previousDueOn),
    requestedDueOn: isoDate(r.requestedDueOn) as string,
    assignmentId: r.assignment.id,
    unitName: r.assignment.unit.name,
    taskTitle: r.assignment.task.title,
    directive: r.assignment.directive,
  }));
  return { rows: items, total, page, pageCount };
}
