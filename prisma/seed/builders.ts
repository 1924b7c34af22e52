// Small constructors that keep the demo data files short and their progress self-consistent:
// a COMPLETED assignment always ends in an accepted completion report, a SUBMITTED one in a
// completion request awaiting review, and progress figures follow the reports.
import { addDays, type IsoDate } from "@/lib/domain/calendar";
import type { AssignmentRole } from "@/lib/generated/prisma/enums";
import type { AssignmentSeed, ReportSeed, TaskSeed } from "./types";

/** A measured result against a target: `achieved` of `of` (87 of 92 đảng viên). */
export interface Figures {
  achieved: number;
  of: number;
}

interface ReportOptions {
  percent?: number;
  /** The unit asks for the work to be accepted as done. */
  completion?: boolean;
  reviewedOn?: IsoDate;
  note?: string;
  periodKey?: string;
  figures?: Figures;
}

const percentOf = (f: Figures): number => Math.min(100, Math.floor((f.achieved * 100) / f.of));

function report(status: ReportSeed["status"], submittedOn: IsoDate, content: string, o: ReportOptions): ReportSeed {
  const percent = o.percent ?? (o.figures ? percentOf(o.figures) : 100);
  return {
    submittedOn,
    content,
    progressPercent: percent,
    requestsCompletion: o.completion ?? false,
    status,
    // Historic reviews took a few working days; callers near "today" pass their own date.
    ...(status === "SUBMITTED" ? {} : { reviewedOn: o.reviewedOn ?? addDays(submittedOn, 3) }),
    ...(o.note ? { reviewNote: o.note } : {}),
    ...(o.periodKey ? { periodKey: o.periodKey } : {}),
    ...(o.figures ? { achievedValue: o.figures.achieved, denominator: o.figures.of } : {}),
  };
}

/** A reviewed and accepted report (a progress update unless `completion`). */
export const accepted = (submittedOn: IsoDate, content: string, o: ReportOptions = {}): ReportSeed =>
  report("ACCEPTED", submittedOn, content, o);

/** A completion request the issuer sent back. */
export const returned = (submittedOn: IsoDate, content: string, note: string, o: ReportOptions = {}): ReportSeed =>
  report("RETURNED", submittedOn, content, { completion: true, ...o, note });

/** A report still awaiting review. */
export const pending = (submittedOn: IsoDate, content: string, o: ReportOptions = {}): ReportSeed =>
  report("SUBMITTED", submittedOn, content, o);

/** Not completed; progress is that of the latest report not sent back. */
export function open(unit: string, role: AssignmentRole = "LEAD", reports: ReportSeed[] = []): AssignmentSeed {
  const kept = reports.filter((r) => r.status !== "RETURNED");
  const pendingCompletion = kept.some((r) => r.status === "SUBMITTED" && r.requestsCompletion);
  if (pendingCompletion) throw new Error(`Demo data: ${unit} has a completion request pending; use awaiting()`);
  return { unit, role, state: "OPEN", progressPercent: kept.length ? kept[kept.length - 1].progressPercent : 0, reports };
}

interface DoneOptions {
  reviewedOn?: IsoDate;
  figures?: Figures;
  note?: string;
  /** Earlier reports (progress updates, a returned request). */
  before?: ReportSeed[];
}

/** Completed: the unit reported completion on `completedOn` and the issuer accepted it. */
export function done(unit: string, role: AssignmentRole, completedOn: IsoDate, content: string, o: DoneOptions = {}): AssignmentSeed {
  const last = accepted(completedOn, content, { completion: true, percent: 100, reviewedOn: o.reviewedOn, figures: o.figures, note: o.note });
  return { unit, role, state: "COMPLETED", completedOn, progressPercent: 100, reports: [...(o.before ?? []), { ...last, progressPercent: 100 }] };
}

/** Completion requested on `submittedOn`, awaiting the issuer's review. */
export function awaiting(unit: string, role: AssignmentRole, submittedOn: IsoDate, content: string, o: Omit<DoneOptions, "reviewedOn" | "note"> = {}): AssignmentSeed {
  const last = pending(submittedOn, content, { completion: true, percent: 100, figures: o.figures });
  return { unit, role, state: "SUBMITTED", progressPercent: 100, reports: [...(o.before ?? []), { ...last, progressPercent: 100 }] };
}

/** The same assignment, fresh and without reports, for every unit of a group. */
export const allOpen = (units: readonly string[], role: AssignmentRole = "LEAD"): AssignmentSeed[] => units.map((u) => open(u, role));

/**
 * Assignments for a group where a few units have their own story: units listed in `special`
 * take that assignment, the rest are open without reports.
 */
export function group(units: readonly string[], special: Record<string, AssignmentSeed>, role: AssignmentRole = "LEAD"): AssignmentSeed[] {
  for (const code of Object.keys(special)) {
    if (!units.includes(code)) throw new Error(`Demo data: ${code} is not in the group it is given a story in`);
  }
  return units.map((u) => special[u] ?? open(u, role));
}

/** Shorthand for a task. */
export function task(
  title: string,
  description: string,
  deadlineText: string | null,
  assignments: AssignmentSeed[],
  extra: Pick<TaskSeed, "targetValue" | "targetUnit" | "requiresOwnPlan"> = {},
): TaskSeed {
  return { title, description, deadlineText, assignments, ...extra };
}
