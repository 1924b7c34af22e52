// From an assignment row to the facts lib/domain/status.ts judges: the same reading everywhere
// (and the SQL twin in compliance.ts reads the columns the same way).
import type { AssignmentFacts } from "@/lib/domain/status";

export interface AssignmentColumns {
  state: "OPEN" | "SUBMITTED" | "COMPLETED" | "CANCELLED";
  dueOn: Date | null;
  completedOn: Date | null;
  reportDueOn?: Date | null;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** Completed only when the issuer accepted it; ongoing work is overdue once its earliest open report slot is. */
export function assignmentFacts(a: AssignmentColumns, asOf: string): AssignmentFacts {
  const reportDue = iso(a.reportDueOn);
  return {
    dueOn: iso(a.dueOn),
    completedOn: a.state === "COMPLETED" ? iso(a.completedOn) : null,
    cancelled: a.state === "CANCELLED",
    reportSlotOverdue: a.dueOn === null && reportDue !== null && asOf > reportDue,
  };
}
