// Bad input: empty, no directive, too large, binary garbage — a reason, never a crash, in bounded time.
import { describe, expect, it } from "vitest";
import { MAX_PARSE_CHARS } from "@/lib/domain/parser/input";
import { parseDirectiveText } from "@/lib/domain/parser/draft";
import { PARSE_ERRORS } from "@/lib/domain/parser/types";
import { messages } from "@/lib/i18n/messages";
import { readFileSync } from "node:fs";

const error = (raw: unknown) => {
  const r = parseDirectiveText(raw);
  return r.ok ? null : r.error;
};

describe("bad input", () => {
  it("refuses empty text, whitespace and non-strings", () => {
    expect(error("")).toBe("EMPTY");
    expect(error(" \n\t ")).toBe("EMPTY");
    expect(error(undefined)).toBe("EMPTY");
    expect(error(42)).toBe("EMPTY");
  });

  it("refuses text with no directive in it", () => {
    expect(error("Trời hôm nay đẹp, chúng tôi đi dạo quanh hồ và uống cà phê.")).toBe("NO_DIRECTIVE");
    expect(error("12345 67890 !!! ---")).toBe("NO_DIRECTIVE");
    expect(error(readFileSync("tests/fixtures/parser/own-07-no-directive.txt", "utf8"))).toBe("NO_DIRECTIVE");
  });

  it("refuses a paste over the limit without reading it", () => {
    const huge = "Sở Nội vụ chủ trì tổ chức hội nghị. ".repeat(Math.ceil((2 * 1024 * 1024) / 36));
    expect(huge.length).toBeGreaterThan(MAX_PARSE_CHARS);
    const started = performance.now();
    expect(error(huge)).toBe("TOO_LARGE");
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("refuses binary garbage", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(error(new TextDecoder("utf-8").decode(bytes))).toBe("BINARY");
    expect(error(`Kế hoạch số 12-KH/TU\u0000\u0001`)).toBe("BINARY");
  });

  it("has a Vietnamese message for every refusal", () => {
    for (const e of PARSE_ERRORS) expect(messages.parser.errors[e]).toMatch(/\p{L}/u);
  });

  it("reads 50 KB of directive text well within a second", () => {
    const seed = readFileSync("tests/fixtures/parser/seed-004.txt", "utf8");
    const big = seed.repeat(Math.ceil(50_000 / seed.length)).slice(0, 50_000);
    const started = performance.now();
    const r = parseDirectiveText(big);
    const ms = performance.now() - started;
    expect(r.ok).toBe(true);
    // Measured ~65 ms on the 2-core build machine; the loose bound keeps the test from flaking.
    expect(ms).toBeLessThan(3000);
  });

  it("stays bounded on pathological text (one long line, no punctuation, many capitals)", () => {
    const line = "Sở Ban Văn phòng Trung tâm Tạp chí ".repeat(6_000);
    const started = performance.now();
    parseDirectiveText(line);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
