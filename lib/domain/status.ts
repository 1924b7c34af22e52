// The status of an assignment as of a date, and the on-time rate: the single definition every page and query follows.
import { isIsoDate, type IsoDate } from "./calendar";

export const ASSIGNMENT_STATUSES = ["COMPLETED_ON_TIME", "COMPLETED_LATE", "OVERDUE", "IN_PROGRESS", "CANCELLED"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** The statuses in the order of what needs chasing first: lists of units follow it. */
export const STATUSES_BY_URGENCY: readonly AssignmentStatus[] = ["OVERDUE", "IN_PROGRESS", "COMPLETED_LATE", "COMPLETED_ON_TIME", "CANCELLED"];

export interface AssignmentFacts {
  /** Null for ongoing work ("thường xuyên"), which is tracked through report slots instead. */
  dueOn: IsoDate | null;
  /** The completion date the issuer accepted; null until a completion report is accepted. */
  completedOn: IsoDate | null;
  cancelled?: boolean;
  /** For ongoing work: some report slot's due date has passed as of the date asked about without an accepted report. */
  reportSlotOverdue?: boolean;
}

function requireDate(name: string, value: IsoDate | null): void {
  if (value !== null && !isIsoDate(value)) throw new RangeError(`${name} is not an ISO date: ${JSON.stringify(value)}`);
}

function completedAsOf(a: AssignmentFacts, asOf: IsoDate): boolean {
  // A completion dated after D had not happened yet on D, so looking back it does not count.
  return a.completedOn !== null && a.completedOn <= asOf;
}

/**
 * An assignment's status on day `asOf` (domain.md, "Status of an assignment"):
 * - CANCELLED whenever cancelled, which takes it out of every figure;
 * - completed as of D (completedOn ≤ D): ON_TIME when completedOn ≤ dueOn or there is no due
 *   date (ongoing work done is never late), LATE otherwise;
 * - not completed as of D: OVERDUE when D > dueOn (due day itself is still IN_PROGRESS); with
 *   no due date, OVERDUE when a report slot is overdue, else IN_PROGRESS.
 */
export function assignmentStatusAsOf(a: AssignmentFacts, asOf: IsoDate): AssignmentStatus {
  requireDate("asOf", asOf);
  requireDate("dueOn", a.dueOn);
  requireDate("completedOn", a.completedOn);
  if (a.cancelled) return "CANCELLED";
  if (completedAsOf(a, asOf)) {
    return a.dueOn === null || (a.completedOn as IsoDate) <= a.dueOn ? "COMPLETED_ON_TIME" : "COMPLETED_LATE";
  }
  if (a.dueOn !== null) return asOf > a.dueOn ? "OVERDUE" : "IN_PROGRESS";
  return a.reportSlotOverdue ? "OVERDUE" : "IN_PROGRESS";
}

export interface StatusSummary {
  total: number;
  completedOnTime: number;
  completedLate: number;
  overdue: number;
  inProgress: number;
  cancelled: number;
  /** |{due by D} ∪ {completed by D}|, cancelled excluded. */
  rateDenominator: number;
  /** completedOnTime ÷ rateDenominator, a fraction in [0, 1] (the UI formats it as a percentage); null when nothing counts yet. */
  onTimeRate: number | null;
}

/**
 * Counts statuses as of D and computes the on-time rate.
 *
 * domain.md says "completed on time ÷ (assignments due by D + those completed by D)". Read as a
 * plain sum, an assignment due by D and completed by D would count twice and a unit that did
 * everything on time would score 50 %; so the denominator is the UNION of the two sets, each
 * assignment counted once:
 *
 *   denominator = |{ a : not cancelled, (a.dueOn ≠ null ∧ a.dueOn ≤ D) ∨ (a.completedOn ≠ null ∧ a.completedOn ≤ D) }|
 *   numerator   = |{ a : not cancelled, a.completedOn ≤ D, (a.dueOn = null ∨ a.completedOn ≤ a.dueOn) }|
 *
 * Consequences: work not yet due and not done stays out (it cannot be late yet); work done early
 * counts as soon as it is done; ongoing work (no due date) enters only when completed, so an
 * ongoing assignment that is OVERDUE through a missed report slot is counted as overdue but does
 * not lower the rate. The server's SQL must reproduce exactly this, e.g. in PostgreSQL:
 *
 *   COUNT(*) FILTER (WHERE NOT cancelled AND ((due_on IS NOT NULL AND due_on <= $D)
 *                                          OR (completed_on IS NOT NULL AND completed_on <= $D)))  AS rate_denominator,
 *   COUNT(*) FILTER (WHERE NOT cancelled AND completed_on <= $D
 *                          AND (due_on IS NULL OR completed_on <= due_on))                          AS completed_on_time
 *
 * `total` counts every assignment given, cancelled ones included, so the five status counts add up to it.
 */
export function summarize(list: readonly AssignmentFacts[], asOf: IsoDate): StatusSummary {
  const s: StatusSummary = {
    total: list.length,
    completedOnTime: 0,
    completedLate: 0,
    overdue: 0,
    inProgress: 0,
    cancelled: 0,
    rateDenominator: 0,
    onTimeRate: null,
  };
  for (const a of list) {
    const status = assignmentStatusAsOf(a, asOf);
    switch (status) {
      case "COMPLETED_ON_TIME":
        s.completedOnTime++;
        break;
      case "COMPLETED_LATE":
        s.completedLate++;
        break;
      case "OVERDUE":
        s.overdue++;
        break;
      case "IN_PROGRESS":
        s.inProgress++;
        break;
      case "CANCELLED":
        s.cancelled++;
        break;
    }
    if (status !== "CANCELLED" && ((a.dueOn !== null && a.dueOn <= asOf) || completedAsOf(a, asOf))) s.rateDenominator++;
  }
  s.onTimeRate = s.rateDenominator === 0 ? null : s.completedOnTime / s.rateDenominator;
  return s;
}
