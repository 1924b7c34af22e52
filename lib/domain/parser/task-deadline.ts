// A task's deadline: the deadline phrases of its sentence (not a date that describes a cited
// document), or the phrase after a label or in a table's deadline column, read leniently.
import type { IsoDate } from "../calendar";
import { findDeadlines, parseDeadline } from "../deadline";
import type { FoundSymbol } from "../symbol";
import { spanOf, type Doc } from "./tokens";
import type { ProposedDeadline } from "./types";

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
