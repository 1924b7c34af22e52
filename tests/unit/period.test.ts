import { describe, expect, it } from "vitest";
import { monthsOf, parsePeriod, periodContaining } from "@/lib/domain/period";

describe("dashboard periods", () => {
  it.each([
    ["2026", "YEAR", "2026-01-01", "2026-12-31"],
    ["2026-H1", "HALF", "2026-01-01", "2026-06-30"],
    ["2026-Q4", "QUARTER", "2026-10-01", "2026-12-31"],
    ["2024-02", "MONTH", "2024-02-01", "2024-02-29"],
    ["2026-01-15..2026-03-31", "RANGE", "2026-01-15", "2026-03-31"],
  ])("%s", (key, kind, from, to) => {
    expect(parsePeriod(key)).toEqual({ kind, key, from, to });
  });

  it.each(["", "2026-Q5", "2026-13", "2026-H3", "1800", "2026-03-31..2026-01-01", "2026-02-30..2026-03-01", "năm 2026"])("refuses %j", (key) => {
    expect(parsePeriod(key)).toBeNull();
  });

  it("finds the period containing a day, and lists its months", () => {
    expect(periodContaining("QUARTER", "2026-11-22").key).toBe("2026-Q4");
    expect(periodContaining("HALF", "2026-06-30").key).toBe("2026-H1");
    expect(periodContaining("MONTH", "2026-11-22").key).toBe("2026-11");
    expect(monthsOf(parsePeriod("2026-Q4")!)).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(monthsOf(parsePeriod("2025-12-20..2026-02-01")!)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});
