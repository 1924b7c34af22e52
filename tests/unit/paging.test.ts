import { describe, expect, it } from "vitest";
import { askedPage, pageWindow } from "@/lib/domain/paging";

describe("pageWindow", () => {
  it("shows the page asked for, with its offset", () => {
    expect(pageWindow(120, 50, 2)).toEqual({ page: 2, pageCount: 3, offset: 50 });
  });
  it("starts at the first page when none, zero, a negative or a fraction is asked", () => {
    expect(pageWindow(120, 50, undefined)).toEqual({ page: 1, pageCount: 3, offset: 0 });
    expect(pageWindow(120, 50, 0).page).toBe(1);
    expect(pageWindow(120, 50, -4).page).toBe(1);
    expect(pageWindow(120, 50, 2.7).page).toBe(2);
  });
  it("keeps a page past the end on the last one, and an empty list on one page", () => {
    expect(pageWindow(120, 50, 9)).toEqual({ page: 3, pageCount: 3, offset: 100 });
    expect(pageWindow(0, 50, 3)).toEqual({ page: 1, pageCount: 1, offset: 0 });
    expect(pageWindow(50, 50, 2)).toEqual({ page: 1, pageCount: 1, offset: 0 });
  });
  it("reads any asked page as a whole number from 1", () => {
    expect([undefined, Number.NaN, 0, -2, 1, 3.9].map(askedPage)).toEqual([1, 1, 1, 1, 1, 3]);
  });
});
