// Assignment status as of a date, and the on-time rate, at every boundary of domain.md's definitions.
import { describe, expect, it } from "vitest";
import { assignmentStatusAsOf, summarize, type AssignmentFacts, type AssignmentStatus } from "@/lib/domain/status";

const DUE = "2021-06-30"; // "trong Quí II/2021" in seed 004

describe("assignmentStatusAsOf", () => {
  it.each<[string, AssignmentFacts, string, AssignmentStatus]>([
    ["completed on the due date is on time", { dueOn: DUE, completedOn: DUE }, "2021-07-15", "COMPLETED_ON_TIME"],
    ["completed before the due date", { dueOn: DUE, completedOn: "2021-05-02" }, "2021-07-15", "COMPLETED_ON_TIME"],
    ["completed the day after is late", { dueOn: DUE, completedOn: "2021-07-01" }, "2021-07-15", "COMPLETED_LATE"],
    ["completed on the day asked about counts", { dueOn: DUE, completedOn: "2021-06-20" }, "2021-06-20", "COMPLETED_ON_TIME"],
    ["late completion on the day asked about counts", { dueOn: DUE, completedOn: "2021-07-05" }, "2021-07-05", "COMPLETED_LATE"],
    ["not done, asked before the due date", { dueOn: DUE, completedOn: null }, "2021-06-01", "IN_PROGRESS"],
    ["not done, asked on the due date", { dueOn: DUE, completedOn: null }, DUE, "IN_PROGRESS"],
    ["not done, asked the day after", { dueOn: DUE, completedOn: null }, "2021-07-01", "OVERDUE"],
    ["done after the day asked about: not done yet then (before due)", { dueOn: DUE, completedOn: "2021-06-25" }, "2021-06-24", "IN_PROGRESS"],
    ["done after the day asked about: not done yet then (past due)", { dueOn: DUE, completedOn: "2021-07-10" }, "2021-07-09", "OVERDUE"],
    ["done on time, but asked before it was done", { dueOn: DUE, completedOn: DUE }, "2021-06-29", "IN_PROGRESS"],
    ["ongoing, completed", { dueOn: null, completedOn: "2021-09-01" }, "2021-12-31", "COMPLETED_ON_TIME"],
    ["ongoing, no report slot overdue", { dueOn: null, completedOn: null }, "2021-12-31", "IN_PROGRESS"],
    ["ongoing, report slot overdue", { dueOn: null, completedOn: null, reportSlotOverdue: true }, "2021-12-31", "OVERDUE"],
    ["ongoing, explicitly no slot overdue", { dueOn: null, completedOn: null, reportSlotOverdue: false }, "2021-12-31", "IN_PROGRESS"],
    ["ongoing, completed later than asked, slot overdue", { dueOn: null, completedOn: "2022-01-10", reportSlotOverdue: true }, "2021-12-31", "OVERDUE"],
    ["a report slot flag does not affect dated work", { dueOn: DUE, completedOn: null, reportSlotOverdue: true }, "2021-06-01", "IN_PROGRESS"],
    ["cancelled, not done", { dueOn: DUE, completedOn: null, cancelled: true }, "2021-07-15", "CANCELLED"],
    ["cancelled after completion", { dueOn: DUE, completedOn: "2021-06-01", cancelled: true }, "2021-07-15", "CANCELLED"],
    ["cancelled: false is ordinary", { dueOn: DUE, completedOn: null, cancelled: false }, "2021-07-15", "OVERDUE"],
    ["across a year end", { dueOn: "2021-12-31", completedOn: null }, "2022-01-01", "OVERDUE"],
  ])("%s", (_name, facts, asOf, status) => expect(assignmentStatusAsOf(facts, asOf)).toBe(status));

  it.each<[AssignmentFacts, string]>([
    [{ dueOn: "30/06/2021", completedOn: null }, DUE],
    [{ dueOn: DUE, completedOn: "2021-02-30" }, DUE],
    [{ dueOn: DUE, completedOn: null }, "today"],
  ])("refuses dates that are not ISO dates (%j, %s)", (facts, asOf) => {
    expect(() => assignmentStatusAsOf(facts, asOf)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  const asOf = "2021-07-01";
  const list: AssignmentFacts[] = [
    { dueOn: DUE, completedOn: "2021-06-15" }, // on time, in denominator
    { dueOn: DUE, completedOn: DUE }, // on time (boundary), in denominator
    { dueOn: "2021-03-31", completedOn: "2021-04-02" }, // late, in denominator
    { dueOn: DUE, completedOn: null }, // overdue, in denominator
    { dueOn: "2021-07-01", completedOn: null }, // due today: in progress, but due by D → in denominator
    { dueOn: "2021-09-30", completedOn: null }, // not yet due: in progress, out
    { dueOn: "2021-09-30", completedOn: "2021-06-01" }, // done early: on time, in (completed by D)
    { dueOn: DUE, completedOn: "2021-07-05" }, // completed after D: overdue as of D, in (due by D)
    { dueOn: "2021-12-31", completedOn: "2021-07-05" }, // completed after D, not due: in progress, out
    { dueOn: null, completedOn: "2021-05-20" }, // ongoing, completed: on time, in
    { dueOn: null, completedOn: null }, // ongoing: in progress, out
    { dueOn: null, completedOn: null, reportSlotOverdue: true }, // ongoing, slot missed: overdue, out
    { dueOn: "2021-03-31", completedOn: null, cancelled: true }, // cancelled: excluded from the rate
    { dueOn: "2021-03-31", completedOn: "2021-03-01", cancelled: true }, // cancelled even though done
  ];

  it("counts each status and takes the union for the denominator", () => {
    expect(summarize(list, asOf)).toEqual({
      total: 14,
      completedOnTime: 4,
      completedLate: 1,
      overdue: 3,
      inProgress: 4,
      cancelled: 2,
      rateDenominator: 8,
      onTimeRate: 4 / 8,
    });
  });

  it("the status counts add up to the total", () => {
    const s = summarize(list, asOf);
    expect(s.completedOnTime + s.completedLate + s.overdue + s.inProgress + s.cancelled).toBe(s.total);
  });

  it("an assignment due by D and completed by D counts once: all on time is 100 %", () => {
    const s = summarize([{ dueOn: DUE, completedOn: DUE }, { dueOn: "2021-03-31", completedOn: "2021-03-01" }], asOf);
    expect(s.rateDenominator).toBe(2);
    expect(s.onTimeRate).toBe(1);
  });

  it("null rate when nothing is due and nothing is done yet", () => {
    expect(summarize([], asOf)).toEqual({
      total: 0, completedOnTime: 0, completedLate: 0, overdue: 0, inProgress: 0, cancelled: 0, rateDenominator: 0, onTimeRate: null,
    });
    const notYet = summarize([{ dueOn: "2021-09-30", completedOn: null }, { dueOn: null, completedOn: null, reportSlotOverdue: true }], asOf);
    expect(notYet.rateDenominator).toBe(0);
    expect(notYet.onTimeRate).toBeNull();
    const onlyCancelled = summarize([{ dueOn: "2021-03-31", completedOn: "2021-03-01", cancelled: true }], asOf);
    expect(onlyCancelled).toMatchObject({ cancelled: 1, completedOnTime: 0, rateDenominator: 0, onTimeRate: null });
  });

  it("the rate moves with the date asked about", () => {
    const one: AssignmentFacts[] = [{ dueOn: DUE, completedOn: "2021-07-02" }];
    expect(summarize(one, "2021-06-30")).toMatchObject({ inProgress: 1, rateDenominator: 1, onTimeRate: 0 });
    expect(summarize(one, "2021-07-01")).toMatchObject({ overdue: 1, rateDenominator: 1, onTimeRate: 0 });
    expect(summarize(one, "2021-07-02")).toMatchObject({ completedLate: 1, rateDenominator: 1, onTimeRate: 0 });
    expect(summarize(one, "2021-06-29")).toMatchObject({ inProgress: 1, rateDenominator: 0, onTimeRate: null });
  });

  it("work done early raises the rate before its due date", () => {
    const s = summarize([{ dueOn: "2021-12-31", completedOn: "2021-03-01" }, { dueOn: "2021-06-30", completedOn: null }], "2021-07-01");
    expect(s).toMatchObject({ completedOnTime: 1, overdue: 1, rateDenominator: 2, onTimeRate: 0.5 });
  });
});
