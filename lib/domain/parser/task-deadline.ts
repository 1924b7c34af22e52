// A task's deadline: the deadline phrases of its sentence (not a date that describes a cited
// document), or the phrase after a label or in a table's deadline column, read leniently; and the
// task's title without the deadline clause that closes it.
import type { IsoDate } from "../calendar";
import { findDeadlines, parseDeadline } from "../deadline";
import type { FoundSymbol } from "../symbol";
import { spanOf, type Doc } from "./tokens";
import type { ProposedDeadline, Span } from "./types";

export interface DeadlineContext {
  doc: Doc;
  /** The issue date: the year of phrases that leave it out. */
  reference: IsoDate | null;
  /** Every symbol of the article: dates that follow one describe that document. */
  symbols: readonly FoundSymbol[];
}

/** The best deadline phrase of tokens [from, to): the first that resolves to a day, else the first. */
export function deadlineIn(ctx: DeadlineContext, from: number, to: number): ProposedDeadline | null {
  if (to <= from) return null;
  const { doc } = ctx;
  const start = doc.tokens[from].start;
  const text = doc.text.slice(start, doc.tokens[to - 1].end);
  const found = findDeadlines(text, ctx.reference ? { referenceDate: ctx.reference } : undefined).filter((d) => {
    // A date that belongs to a cited document's description is not this task's deadline.
    const clause = text.slice(0, d.index).split(/[;:]/).pop() ?? "";
    const clauseStart = start + d.index - clause.length;
    // … unless a comma closes the citation first ("Thực hiện Chỉ thị số 20/CT-TTg ngày 17/5/2024 …, yêu cầu … trước ngày 30/6/2024").
    return !ctx.symbols.some(
      (s) =>
        s.index >= clauseStart &&
        s.index < start + d.index &&
        /^\s*(?:ngày|của)/iu.test(doc.text.slice(s.index + s.raw.length, s.index + s.raw.length + 8)) &&
        !doc.text.slice(s.index + s.raw.length, start + d.index).includes(","),
    );
  });
  const best = found.find((d) => d.dueOn !== null) ?? found[0];
  if (!best) return null;
  const cycle = found.find((d) => d.reportingCycle !== "NONE")?.reportingCycle ?? "NONE";
  const s = start + best.index;
  return { text: best.matched, kind: best.kind, dueOn: best.dueOn, reportingCycle: cycle, span: { start: s, end: s + best.matched.length, text: best.matched } };
}

/** "Thời gian hoàn thành: trong quý II/2024" → the phrase after the label, read leniently. */
export function labelledDeadline(ctx: DeadlineContext, from: number, to: number): ProposedDeadline | null {
  const { doc } = ctx;
  if (to <= from) return null;
  const sp = spanOf(doc.text, doc.tokens, from, to);
  const d = parseDeadline(sp.text.replace(/[.;]$/, ""), ctx.reference ? { referenceDate: ctx.reference } : undefined);
  if (!d) return null;
  const offset = sp.text.indexOf(d.matched);
  const start = sp.start + Math.max(0, offset);
  return { text: d.matched, kind: d.kind, dueOn: d.dueOn, reportingCycle: d.reportingCycle, span: { start, end: start + d.matched.length, text: d.matched } };
}

/** What may stand between a task's last comma and its closing deadline: "hoàn thành trước ngày", "thời hạn:", "xong trong". */
const DEADLINE_LEAD_IN = /^\s*(?:(?:hoàn thành|thời hạn|thời gian(?: hoàn thành)?|xong|báo cáo kết quả)\s*:?\s*)?(?:(?:trước|trong|chậm nhất|vào|từ nay đến)\s*)?(?:ngày\s*)?$/iu;

/**
 * The task's words without a deadline clause that closes them (", hoàn thành trước ngày 31/12/2026"):
 * the deadline is proposed in its own field, and the title would say it twice. Kept when the clause is
 * anything more than a lead-in to the date, or when too little would be left.
 */
export function withoutClosingDeadline(span: Span, deadline: ProposedDeadline | null): Span {
  if (!deadline || deadline.span.start < span.start || deadline.span.end < span.start + span.text.length - 1) return span;
  const before = span.text.slice(0, deadline.span.start - span.start);
  const comma = before.lastIndexOf(",");
  if (comma < 0 || !DEADLINE_LEAD_IN.test(before.slice(comma + 1))) return span;
  const text = before.slice(0, comma).trimEnd();
  if (text.split(/\s+/).length < 3) return span;
  return { start: span.start, end: span.start + text.length, text };
}
