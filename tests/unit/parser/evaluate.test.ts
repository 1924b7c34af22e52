// The scoring rules, and the parser scored on tests/fixtures/parser against thresholds (decision 0009).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectiveText, toEvaluationJson, type EvaluationJson } from "@/lib/domain/parser/draft";
import { deadlineKey, evaluate, FIELDS, parseExpected, type Field } from "@/lib/domain/parser/evaluate";

const doc = (over: Partial<EvaluationJson["document"]> = {}): EvaluationJson => ({
  document: { symbol: null, type: null, issuer: null, issuedOn: null, ...over },
  implements: [],
  references: [],
  assignments: [],
});

describe("scoring", () => {
  it("compares symbols without spaces, units without diacritics or case, deadlines by what they resolve to", () => {
    const expected: EvaluationJson = {
      ...doc({ symbol: "04-CT/TU", issuer: "Tỉnh ủy Bắc Giang", issuedOn: "2021-03-12" }),
      implements: ["09/2017/NĐ-CP"],
      assignments: [{ unit: "Văn phòng Bộ", role: "lead", task: "", deadline: "trong Quí II/2021" }],
    };
    const actual: EvaluationJson = {
      ...doc({ symbol: "04 -CT/TU", issuer: "TỈNH ỦY BẮC GIANG", issuedOn: "2021-03-12" }),
      implements: ["09/2017/NĐ- CP"],
      assignments: [{ unit: "van phong bo", role: "lead", task: "x", deadline: "Quý 2 năm 2021" }],
    };
    const { scores, misses } = evaluate([{ name: "a", expected, actual }]);
    expect(misses).toEqual([]);
    for (const f of ["documentSymbol", "documentIssuer", "documentIssuedOn", "implements", "assignments", "deadlines"] as Field[]) expect(scores[f].f1).toBe(1);
    expect(deadlineKey("thường xuyên", null)).toBe(deadlineKey("trong suốt cả nhiệm kỳ", null));
  });

  it("counts a wrong answer as both a false positive and a false negative, and a refusal as misses", () => {
    const expected = { ...doc({ type: "CONG_VAN" }), references: ["1-CT/TW", "2-CT/TW"] };
    const r = evaluate([
      { name: "a", expected, actual: { ...doc({ type: "KE_HOACH" }), references: ["1-CT/TW", "3-CT/TW", "4-CT/TW"] } },
      { name: "b", expected, actual: null },
    ]);
    expect(r.scores.documentType).toEqual({ precision: 0, recall: 0, f1: 0 });
    // references: tp 1, fp 2, fn 1 + 2.
    expect(r.scores.references).toEqual({ precision: 0.333, recall: 0.25, f1: 0.286 });
    expect(r.misses.find((m) => m.name === "b" && m.field === "references")?.missing).toEqual(["1-CT/TW", "2-CT/TW"]);
  });

  it("refuses an expected file of the wrong shape", () => {
    expect(() => parseExpected('{"document": {}}')).toThrow();
  });
});

// Set from the figures measured in decision 0009: every text of the folder (28) is read perfectly
// today; the bars sit between what first readings of unseen kinds reach and today's 1.000, so a change
// that costs one or two fields on these texts fails. Kept unchanged by the generality pass (0009).
const THRESHOLDS: Record<Field, number> = {
  documentSymbol: 0.95,
  documentType: 0.95,
  documentIssuer: 0.9,
  documentIssuedOn: 0.95,
  implements: 0.9,
  references: 0.9,
  assignments: 0.9,
  deadlines: 0.85,
};

describe("the parser on tests/fixtures/parser", () => {
  const dir = "tests/fixtures/parser";
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();

  it("has the five seed texts, at least eight of other styles and the eight unseen ones", () => {
    expect(names.filter((n) => n.startsWith("seed-"))).toHaveLength(5);
    expect(names.filter((n) => !n.startsWith("seed-")).length).toBeGreaterThanOrEqual(8);
    expect(names.filter((n) => n.startsWith("unseen-"))).toHaveLength(8);
  });

  it("meets the per-field F1 thresholds", () => {
    const cases = names.map((name) => {
      const r = parseDirectiveText(readFileSync(`${dir}/${name}.txt`, "utf8"));
      return { name, expected: parseExpected(readFileSync(`${dir}/${name}.json`, "utf8")), actual: r.ok ? toEvaluationJson(r.draft) : null };
    });
    const { scores, misses } = evaluate(cases);
    for (const f of FIELDS) expect({ field: f, f1: scores[f].f1, misses: misses.filter((m) => m.field === f) }).toMatchObject({ field: f, f1: expect.any(Number) });
    for (const f of FIELDS) expect(scores[f].f1, `${f}: ${JSON.stringify(misses.filter((m) => m.field === f))}`).toBeGreaterThanOrEqual(THRESHOLDS[f]);
  });
});
