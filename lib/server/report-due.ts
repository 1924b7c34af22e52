import "server-only";
// Keeps assignment.report_due_on — the due date of ongoing work's earliest unreported period — true
// whenever a report is submitted, returned or accepted, so SQL can tell overdue ongoing work.
import { vietnamToday } from "@/lib/domain/calendar";
import { earliestOpenSlotDue } from "@/lib/domain/report-slots";
import { dateValue, type Tx } from "./db";

/** The day a unit received an assignment, in Vietnam time: its report slots start with that period. */
export function receivedOn(createdAt: Date): string {
  return vietnamToday(createdAt);
}

export async function refreshReportDue(tx: Tx, assignmentId: number): Promise<void> {
  const a = await tx.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      createdAt: true,
      dueOn: true,
      task: { select: { reportingCycle: true } },
      reports: { where: { status: { in: ["SUBMITTED", "ACCEPTED"] }, periodKey: { not: null } }, select: { periodKey: true } },
    },
  });
  const due =
    a.dueOn === null && a.task.reportingCycle !== "NONE"
      ? earliestOpenSlotDue(a.task.reportingCycle, receivedOn(a.createdAt), new Set(a.reports.map((r) => r.periodKey as string)))
      : null;
  await tx.assignment.update({ where: { id: assignmentId }, data: { reportDueOn: dateValue(due) } });
}
