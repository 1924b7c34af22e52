// Text fields refuse what PostgreSQL cannot store and no person types, and keep a pasted document's
// white space.
import { describe, expect, it } from "vitest";
import { boundedText, hasControlCharacters } from "@/lib/validation/text";

describe("boundedText", () => {
  it("refuses NUL and other control characters with a Vietnamese message", () => {
    for (const bad of ["a\u0000b", "\u0007", "x\u001bx", "\u007f"]) {
      const parsed = boundedText(100).safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/ký tự điều khiển/);
    }
  });

  it("keeps tabs, line breaks, form feeds and Vietnamese text, trimmed", () => {
    expect(boundedText(100).parse("  Điều 1.\tGiao\r\nVụ\fX \u000b ")).toBe("Điều 1.\tGiao\r\nVụ\fX");
    expect(hasControlCharacters("Chỉ thị số 01-CT/TW\n")).toBe(false);
  });

  it("bounds the length", () => {
    expect(boundedText(3).safeParse("abcd").success).toBe(false);
    expect(boundedText(3).safeParse("abc").success).toBe(true);
  });
});
