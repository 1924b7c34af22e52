// The status glyphs are drawn by app/globals.css and named by StatusGlyph: every status must have
// its mask there, and the element a page repeats stays one empty, hidden span.
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GLYPH_CLASS, StatusGlyph } from "@/components/ui/StatusGlyph";
import { ASSIGNMENT_STATUSES } from "@/lib/domain/status";

const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");

describe("status glyphs", () => {
  it.each(ASSIGNMENT_STATUSES)("%s has a mask drawn in globals.css", (status) => {
    const rule = new RegExp(`\\.${GLYPH_CLASS[status]}\\s*\\{\\s*--glyph:\\s*url\\("data:image/svg\\+xml,([^"]+)"\\)`).exec(css);
    expect(rule, GLYPH_CLASS[status]).not.toBeNull();
    const svg = decodeURIComponent(rule![1]);
    expect(svg).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 12 12'[^>]*>.*<\/svg>$/);
    expect(svg).toMatch(/<(path|circle) /);
  });

  it("gives each status its own shape", () => {
    expect(new Set(ASSIGNMENT_STATUSES.map((s) => GLYPH_CLASS[s])).size).toBe(ASSIGNMENT_STATUSES.length);
  });

  it("renders one empty span hidden from assistive technology, sized by its class", () => {
    expect(renderToStaticMarkup(createElement(StatusGlyph, { status: "OVERDUE" }))).toBe(
      '<span aria-hidden="true" class="glyph glyph-overdue size-3"></span>',
    );
    expect(renderToStaticMarkup(createElement(StatusGlyph, { status: "IN_PROGRESS", className: "size-3.5" }))).toBe(
      '<span aria-hidden="true" class="glyph glyph-running size-3.5"></span>',
    );
  });
});
