import { describe, expect, it } from "vitest";
import { earliestOpenSlotDue, isReportablePeriod, slotsAsOf } from "@/lib/domain/report-slots";

describe("report slots of ongoing work", () => {
  it("start with the period in which the work was received and run to today's period", () => {
    const slots = slotsAsOf("QUARTERLY", "2026-02-10", new Set(["2026-Q1"]), "2026-08-01");
    expect(slots.map((s) => [s.periodKey, s.dueOn, s.state])).toEqual([
      ["2026-Q1", "2026-03-31", "FULFILLED"],
      ["2026-Q2", "2026-06-30", "OVERDUE"],
      ["2026-Q3", "2026-09-30", "OPEN"],
    ]);
  });

  it("are due on the last day of the period: that day is still open, the next is overdue", () => {
    expect(slotsAsOf("MONTHLY", "2026-03-05", new Set(), "2026-03-31")[0].state).toBe("OPEN");
    expect(slotsAsOf("MONTHLY", "2026-03-05", new Set(), "2026-04-01")[0].state).toBe("OVERDUE");
  });

  it("give the earliest open slot's due date, skipping fulfilled ones, even out of order", () => {
    expect(earliestOpenSlotDue("QUARTERLY", "2026-02-10", new Set())).toBe("2026-03-31");
    expect(earliestOpenSlotDue("QUARTERLY", "2026-02-10", new Set(["2026-Q1", "2026-Q2"]))).toBe("2026-09-30");
    expect(earliestOpenSlotDue("QUARTERLY", "2026-02-10", new Set(["2026-Q2"]))).toBe("2026-03-31");
    expect(earliestOpenSlotDue("HALF_YEARLY", "2026-07-01", new Set(["2026-H2"]))).toBe("2027-06-30");
    expect(earliestOpenSlotDue("YEARLY", "2026-07-01", new Set())).toBe("2026-12-31");
    expect(earliestOpenSlotDue("NONE", "2026-07-01", new Set())).toBeNull();
  });

  it("accept a report only for a period that has begun and is not before the work was received", () => {
    expect(isReportablePeriod("QUARTERLY", "2026-Q1", "2026-02-10", "2026-05-01")).toBe(true);
    expect(isReportablePeriod("QUARTERLY", "2026-Q2", "2026-02-10", "2026-05-01")).toBe(true);
    expect(isReportablePeriod("QUARTERLY", "2026-Q3", "2026-02-10", "2026-05-01")).toBe(false);
    expect(isReportablePeriod("QUARTERLY", "2025-Q4", "2026-02-10", "2026-05-01")).toBe(false);
    expect(isReportablePeriod("QUARTERLY", "2026-05", "2026-02-10", "2026-05-01")).toBe(false);
  });
});
