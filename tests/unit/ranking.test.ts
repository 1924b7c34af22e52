import { describe, expect, it } from "vitest";
import { sharedPlaces } from "@/lib/domain/ranking";

describe("sharedPlaces", () => {
  it("gives equal results the same place and skips the places they fill", () => {
    expect(sharedPlaces([9, 8, 8, 7, 7, 7, 1], (x) => x)).toEqual([1, 2, 2, 4, 4, 4, 7]);
  });

  it("leaves unranked items without a place", () => {
    expect(sharedPlaces([5, 5, null, null], (x) => x)).toEqual([1, 1, null, null]);
  });

  it("compares whole keys (a rate and an overdue count together)", () => {
    const rows = [
      { rate: 1, overdue: 0 },
      { rate: 1, overdue: 0 },
      { rate: 1, overdue: 2 },
      { rate: 0.5, overdue: 2 },
    ];
    expect(sharedPlaces(rows, (r) => `${r.rate}|${r.overdue}`)).toEqual([1, 1, 3, 4]);
  });

  it("handles an empty list and a single item", () => {
    expect(sharedPlaces([], (x: number) => x)).toEqual([]);
    expect(sharedPlaces([3], (x) => x)).toEqual([1]);
  });
});
