// Report slots of ongoing work: one per period of the task's reporting cycle, from the period in
// which the unit received the work. A slot is fulfilled by a report for its period that is awaiting
// review or accepted; a returned report leaves it open. The earliest open slot's due date is what
// makes ongoing work overdue (domain.md: "ongoing with no report slot overdue").
import { addDays, type IsoDate } from "./calendar";
import { periodOf, reportSlots, type ReportingCycle, type ReportSlot } from "./deadline";

export type SlotState = "FULFILLED" | "OPEN" | "OVERDUE" | "UPCOMING";

export interface SlotView extends ReportSlot {
  state: SlotState;
}

/** The slots from `received` through the period containing `today`, each with its state as of today. */
export function slotsAsOf(cycle: ReportingCycle, received: IsoDate, fulfilled: ReadonlySet<string>, today: IsoDate): SlotView[] {
  if (cycle === "NONE") return [];
  return reportSlots(cycle, received, today).map((slot) => ({
    ...slot,
    state: fulfilled.has(slot.periodKey) ? "FULFILLED" : today > slot.dueOn ? "OVERDUE" : slot.periodStart > today ? "UPCOMING" : "OPEN",
  }));
}

/**
 * The due date of the earliest slot not fulfilled, looking up to ten years ahead; null when the
 * cycle is NONE. Stored on the assignment so that SQL can tell overdue ongoing work at any scale.
 */
export function earliestOpenSlotDue(cycle: ReportingCycle, received: IsoDate, fulfilled: ReadonlySet<string>): IsoDate | null {
  let slot = periodOf(cycle, received);
  for (let i = 0; slot && i < 500; i++) {
    if (!fulfilled.has(slot.periodKey)) return slot.dueOn;
    slot = periodOf(cycle, addDays(slot.dueOn, 1));
  }
  return null;
}

/** Whether `key` names a period of `cycle` that has begun by `today` and does not end before `received`'s period. */
export function isReportablePeriod(cycle: ReportingCycle, key: string, received: IsoDate, today: IsoDate): boolean {
  return reportSlots(cycle, received, today).some((s) => s.periodKey === key);
}
