// Scoring a parser against expected drafts (domain.md, "Evaluating a text parser"): precision, recall
// and F1 per field, summed over every text (micro-average), and the list of misses.
import { parseDeadline } from "../deadline";
import { fold } from "../text";
import type { EvaluationJson } from "./draft";

export const FIELDS = ["documentSymbol", "documentType", "documentIssuer", "documentIssuedOn", "implements", "references", "assignments", "deadlines"] as const;
export type Field = (typeof FIELDS)[number];

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  name: string;
  field: Field;
  /** What the expected draft has that the parser did not propose. */
  missing: string[];
  /** What the parser proposed that the expected draft does not have. */
  extra: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Symbols compare after NFC and without spaces. */
export const symbolKey = (s: string) => s.normalize("NFC").replace(/\s+/g, "");
/** Units compare ignoring diacritics, case and the punctuation around them. */
export const unitNameKey = (s: string) => fold(s).replace(/^[\s,.;:–-]+|[\s,.;:–-]+$/g, "");

/**
 * Deadlines compare by what they resolve to ("trong Quí II/2021" = "Quý II/2021" = 30/06/2021;
 * "thường xuyên" = "trong suốt cả nhiệm kỳ" = ongoing), against the expected issue date; a phrase
 * that does not resolve compares as folded text.
 */
export function deadlineKey(phrase: string, referenceDate: string | null): string {
  const d = parseDeadline(phrase, referenceDate ? { referenceDate } : undefined);
  return d ? (d.dueOn ?? "ongoing") : `text:${fold(phrase)}`;
}

/** The items each field is scored on, as comparable strings. */
function itemsOf(json: EvaluationJson, reference: string | null): Record<Field, string[]> {
  const one = (v: string | null | undefined) => (v === null || v === undefined || v === "" ? [] : [v]);
  const pairs = json.assignments.map((a) => `${unitNameKey(a.unit)} (${a.role})`);
  return {
    documentSymbol: one(json.document.symbol === null ? null : symbolKey(json.document.symbol)),
    documentType: one(json.document.type),
    documentIssuer: one(json.document.issuer === null ? null : unitNameKey(json.document.issuer)),
    documentIssuedOn: one(json.document.issuedOn),
    implements: json.implements.map(symbolKey),
    references: json.references.map(symbolKey),
    assignments: pairs,
    deadlines: json.assignments.flatMap((a, i) => (a.deadline ? [`${pairs[i]} → ${deadlineKey(a.deadline, reference)}`] : [])),
  };
}

function compare(expected: string[], actual: string[]): Counts & { missing: string[]; extra: string[] } {
  const e = new Set(expected);
  const a = new Set(actual);
  const missing = [...e].filter((x) => !a.has(x));
  const extra = [...a].filter((x) => !e.has(x));
  return { tp: e.size - missing.length, fp: extra.length, fn: missing.length, missing, extra };
}

export function scoreOf({ tp, fp, fn }: Counts): Score {
  // Nothing expected and nothing proposed is a perfect answer, not a division by zero.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

export interface Evaluation {
  scores: Record<Field, Score>;
  misses: Miss[];
  texts: number;
}

/** Scores each (name, expected, actual) triple; `actual` null means the parser refused the text. */
export function evaluate(cases: readonly { name: string; expected: EvaluationJson; actual: EvaluationJson | null }[]): Evaluation {
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
  const misses: Miss[] = [];
  const empty: EvaluationJson = { document: { symbol: null, type: null, issuer: null, issuedOn: null }, implements: [], references: [], assignments: [] };
  for (const c of cases) {
    const reference = c.expected.document.issuedOn;
    const e = itemsOf(c.expected, reference);
    const a = itemsOf(c.actual ?? empty, reference);
    for (const field of FIELDS) {
      const r = compare(e[field], a[field]);
      totals[field].tp += r.tp;
      totals[field].fp += r.fp;
      totals[field].fn += r.fn;
      if (r.missing.length || r.extra.length) misses.push({ name: c.name, field, missing: r.missing, extra: r.extra });
    }
  }
  const scores = Object.fromEntries(FIELDS.map((f) => [f, scoreOf(totals[f])])) as Record<Field, Score>;
  return { scores, misses, texts: cases.length };
}

/** Reads an expected draft, refusing a file that does not have the shape of domain.md. */
export function parseExpected(raw: string): EvaluationJson {
  const j = JSON.parse(raw) as EvaluationJson;
  if (!j || typeof j !== "object" || !j.document || !Array.isArray(j.implements) || !Array.isArray(j.references) || !Array.isArray(j.assignments)) {
    throw new Error("not a draft in the format of domain.md");
  }
  return j;
}
