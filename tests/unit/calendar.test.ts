// Calendar dates in Vietnam time, and the clock that says what "today" is.
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareIso,
  daysBetween,
  endOfHalf,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  formatViDate,
  formatViDateTime,
  fromDayNumber,
  dayNumber,
  halfOf,
  isIsoDate,
  parseViDate,
  quarterOf,
  startOfHalf,
  startOfQuarter,
  toIsoDate,
  vietnamMidnight,
  vietnamToday,
} from "@/lib/domain/calendar";
import { clockFromEnv, fixedClock, parseClockValue, systemClock, todayIn } from "@/lib/domain/clock";

describe("toIsoDate / isIsoDate", () => {
  it.each([
    [2021, 3, 9, "2021-03-09"],
    [2021, 12, 31, "2021-12-31"],
    [2024, 2, 29, "2024-02-29"],
    [2000, 2, 29, "2000-02-29"],
    [1985, 2, 5, "1985-02-05"],
  ])("%i-%i-%i → %s", (y, m, d, iso) => {
    expect(toIsoDate(y, m, d)).toBe(iso);
    expect(isIsoDate(iso)).toBe(true);
  });

  it.each([
    [2021, 2, 31],
    [2021, 2, 29],
    [1900, 2, 29],
    [2021, 4, 31],
    [2021, 13, 1],
    [2021, 0, 1],
    [2021, 1, 0],
    [2021, 1.5, 1],
    [0, 1, 1],
    [10000, 1, 1],
  ])("%i-%i-%i is no date", (y, m, d) => {
    expect(toIsoDate(y, m, d)).toBeNull();
  });

  it.each(["2021-02-31", "2021-2-3", "21-02-03", "2021-02-03T00:00", " 2021-02-03", "", "09/03/2021"])(
    "isIsoDate(%j) is false",
    (text) => expect(isIsoDate(text)).toBe(false),
  );

  it("isIsoDate refuses non-strings", () => {
    expect(isIsoDate(20210309)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });
});

describe("parseViDate / formatViDate", () => {
  it.each([
    ["9/3/2021", "2021-03-09"],
    ["09/03/2021", "2021-03-09"],
    ["09-03-2021", "2021-03-09"],
    ["09.03.2021", "2021-03-09"],
    ["09/3/2021", "2021-03-09"],
    [" 22/3/2021 ", "2021-03-22"],
    ["18/01/2021", "2021-01-18"],
    ["26/3/2020", "2020-03-26"],
    ["12/5/2021", "2021-05-12"],
    ["09/02/2017", "2017-02-09"],
    ["05/02/1985", "1985-02-05"],
    ["22/10/2018", "2018-10-22"],
    ["07/10/2022", "2022-10-07"],
    ["29/2/2024", "2024-02-29"],
  ])("parseViDate(%j) → %s", (text, iso) => expect(parseViDate(text)).toBe(iso));

  it.each(["31/2/2021", "29/2/2021", "32/1/2021", "1/13/2021", "0/1/2021", "09/03-2021", "9/3/21", "2021-03-09", "", "9/3", "ngày 9/3/2021"])(
    "parseViDate(%j) → null",
    (text) => expect(parseViDate(text)).toBeNull(),
  );

  it.each([
    ["2021-03-09", "09/03/2021"],
    ["2021-12-31", "31/12/2021"],
    ["0987-01-02", "02/01/0987"],
  ])("formatViDate(%s) → %s", (iso, text) => expect(formatViDate(iso)).toBe(text));

  it("formatViDate throws on something that is not a date", () => {
    expect(() => formatViDate("2021-02-31")).toThrow(RangeError);
    expect(() => formatViDate("09/03/2021")).toThrow(RangeError);
  });

  it("round-trips through the display form", () => {
    for (const iso of ["2021-03-09", "2020-02-29", "1999-12-31"]) expect(parseViDate(formatViDate(iso))).toBe(iso);
  });
});

describe("period ends", () => {
  it.each([
    [2021, 1, "2021-01-31"],
    [2021, 2, "2021-02-28"],
    [2024, 2, "2024-02-29"],
    [2021, 4, "2021-04-30"],
    [2021, 12, "2021-12-31"],
  ])("endOfMonth(%i, %i) → %s", (y, m, iso) => expect(endOfMonth(y, m)).toBe(iso));

  it.each([
    [1, "2021-03-31", "2021-01-01"],
    [2, "2021-06-30", "2021-04-01"],
    [3, "2021-09-30", "2021-07-01"],
    [4, "2021-12-31", "2021-10-01"],
  ])("quarter %i of 2021 ends %s and starts %s", (q, end, start) => {
    expect(endOfQuarter(2021, q)).toBe(end);
    expect(startOfQuarter(2021, q)).toBe(start);
  });

  it("halves and years", () => {
    expect(endOfHalf(2021, 1)).toBe("2021-06-30");
    expect(endOfHalf(2021, 2)).toBe("2021-12-31");
    expect(startOfHalf(2021, 2)).toBe("2021-07-01");
    expect(endOfYear(2021)).toBe("2021-12-31");
  });

  it.each([
    () => endOfMonth(2021, 13),
    () => endOfMonth(2021, 0),
    () => endOfQuarter(2021, 5),
    () => endOfQuarter(2021, 0),
    () => endOfHalf(2021, 3),
    () => endOfYear(0),
  ])("refuses an impossible period (%#)", (call) => expect(call).toThrow(RangeError));

  it.each([
    ["2021-01-01", 1, 1],
    ["2021-03-31", 1, 1],
    ["2021-04-01", 2, 1],
    ["2021-06-30", 2, 1],
    ["2021-07-01", 3, 2],
    ["2021-12-31", 4, 2],
  ])("%s is in quarter %i and half %i", (iso, q, h) => {
    expect(quarterOf(iso)).toBe(q);
    expect(halfOf(iso)).toBe(h);
  });
});

describe("day arithmetic", () => {
  it.each([
    ["2021-03-09", 1, "2021-03-10"],
    ["2021-02-28", 1, "2021-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2021-12-31", 1, "2022-01-01"],
    ["2021-01-01", -1, "2020-12-31"],
    ["2021-03-09", 0, "2021-03-09"],
    ["2021-03-09", 365, "2022-03-09"],
    ["1970-01-01", -1, "1969-12-31"],
  ])("addDays(%s, %i) → %s", (iso, n, expected) => expect(addDays(iso, n)).toBe(expected));

  it("addDays refuses fractions and bad dates", () => {
    expect(() => addDays("2021-03-09", 0.5)).toThrow(RangeError);
    expect(() => addDays("2021-02-31", 1)).toThrow(RangeError);
  });

  it.each([
    ["2021-03-09", "2021-03-09", 0],
    ["2021-03-09", "2021-03-10", 1],
    ["2021-03-10", "2021-03-09", -1],
    ["2021-01-01", "2022-01-01", 365],
    ["2024-01-01", "2025-01-01", 366],
    ["2021-03-22", "2021-06-30", 100],
  ])("daysBetween(%s, %s) = %i", (a, b, n) => expect(daysBetween(a, b)).toBe(n));

  it("day numbers agree with the Unix epoch", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2021-03-09")).toBe(Date.UTC(2021, 2, 9) / 86_400_000);
    expect(fromDayNumber(18_695)).toBe("2021-03-09");
    expect(dayNumber("0001-01-01")).toBe(-719_162);
  });

  it("compareIso orders dates", () => {
    expect(compareIso("2021-03-09", "2021-03-10")).toBe(-1);
    expect(compareIso("2021-03-10", "2021-03-09")).toBe(1);
    expect(compareIso("2021-03-09", "2021-03-09")).toBe(0);
    expect(["2021-12-01", "2020-01-31", "2021-02-15"].sort(compareIso)).toEqual(["2020-01-31", "2021-02-15", "2021-12-01"]);
  });
});

describe("Vietnam time", () => {
  it.each([
    ["2021-03-08T16:59:59.999Z", "2021-03-08"],
    ["2021-03-08T17:00:00.000Z", "2021-03-09"],
    ["2021-03-09T00:00:00.000Z", "2021-03-09"],
    ["2021-12-31T17:00:00.000Z", "2022-01-01"],
    ["2024-02-28T18:30:00.000Z", "2024-02-29"],
    ["1969-12-31T17:00:00.000Z", "1970-01-01"],
  ])("vietnamToday(%s) → %s", (instant, iso) => expect(vietnamToday(new Date(instant))).toBe(iso));

  it.each([
    ["2021-03-30T10:53:00Z", "30/03/2021 17:53"],
    ["2021-03-17T04:30:00Z", "17/03/2021 11:30"],
    ["2021-03-08T17:00:00Z", "09/03/2021 00:00"],
    ["2021-03-08T16:59:59Z", "08/03/2021 23:59"],
  ])("formatViDateTime(%s) → %s", (instant, text) => expect(formatViDateTime(new Date(instant))).toBe(text));

  it("vietnamMidnight is the instant the Vietnam day begins", () => {
    expect(vietnamMidnight("2021-03-09").toISOString()).toBe("2021-03-08T17:00:00.000Z");
    expect(vietnamToday(vietnamMidnight("2021-03-09"))).toBe("2021-03-09");
  });

  it("refuses an invalid Date", () => {
    expect(() => vietnamToday(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("clock", () => {
  it.each([
    ["2026-11-22", "2026-11-22T05:00:00.000Z", "2026-11-22"],
    ["2021-03-09T08:30", "2021-03-09T01:30:00.000Z", "2021-03-09"],
    ["2021-03-09T23:30:00", "2021-03-09T16:30:00.000Z", "2021-03-09"],
    ["2021-03-09T18:00:00Z", "2021-03-09T18:00:00.000Z", "2021-03-10"],
    ["2021-03-09T18:00:00.250Z", "2021-03-09T18:00:00.250Z", "2021-03-10"],
    ["2021-03-09T01:00:00+09:00", "2021-03-08T16:00:00.000Z", "2021-03-08"],
    ["2021-03-09 08:30:00+0700", "2021-03-09T01:30:00.000Z", "2021-03-09"],
  ])("fixedClock(%s) stands at %s, today %s", (value, instant, today) => {
    const clock = fixedClock(value);
    expect(clock.now().toISOString()).toBe(instant);
    expect(todayIn(clock)).toBe(today);
  });

  it.each(["", "tomorrow", "2026-02-30", "2026-11-22T25:00", "22/11/2026", "2026-11-22T10:61"])(
    "parseClockValue(%j) → null and fixedClock throws",
    (value) => {
      expect(parseClockValue(value)).toBeNull();
      expect(() => fixedClock(value)).toThrow(RangeError);
    },
  );

  it("a fixed clock hands out copies, so mutating one does not move it", () => {
    const clock = fixedClock("2026-11-22");
    clock.now().setUTCFullYear(1999);
    expect(todayIn(clock)).toBe("2026-11-22");
  });

  it("fixedClock accepts a Date and copies it", () => {
    const date = new Date("2021-03-09T01:00:00Z");
    const clock = fixedClock(date);
    date.setUTCFullYear(2000);
    expect(todayIn(clock)).toBe("2021-03-09");
  });

  it("clockFromEnv: a value fixes today, unset or blank means the system clock", () => {
    expect(todayIn(clockFromEnv("2026-11-22"))).toBe("2026-11-22");
    expect(todayIn(clockFromEnv(" 2026-11-22 "))).toBe("2026-11-22");
    expect(clockFromEnv("2021-03-09T18:00:00Z").now().toISOString()).toBe("2021-03-09T18:00:00.000Z");
    expect(clockFromEnv(undefined)).toBe(systemClock);
    expect(clockFromEnv("  ")).toBe(systemClock);
    expect(() => clockFromEnv("22/11/2026")).toThrow(RangeError);
  });

  it("the system clock follows real time", () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
