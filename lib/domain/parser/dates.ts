// Calendar dates written in running text: "ngày 29/3", "09/6/2021", "Sáng 6-1", "ngày 15 tháng 3 năm 2024".
import { toIsoDate, type IsoDate } from "../calendar";

export interface FoundDate {
  day: number;
  month: number;
  year: number | null;
  start: number;
  end: number;
}

const NUMERIC = /(?<![\p{L}\p{N}/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?(?![\p{L}\p{N}]|[/-]\p{L}|[/.-]\d)/gu;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/giu;

/** Every date in text[from, to), in order; day and month checked, the year may be missing. */
export function datesIn(text: string, from = 0, to = text.length): FoundDate[] {
  const slice = text.slice(from, to);
  const out: FoundDate[] = [];
  for (const m of slice.matchAll(WORDS)) {
    out.push({ day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : null, start: from + m.index, end: from + m.index + m[0].length });
  }
  for (const m of slice.matchAll(NUMERIC)) {
    const start = from + m.index;
    if (out.some((d) => start >= d.start && start < d.end)) continue;
    // "." separates only full dates ("09.03.2021"); "3.5" is a number.
    if (m[2] === "." && !m[4]) continue;
    out.push({ day: Number(m[1]), month: Number(m[3]), year: m[4] ? Number(m[4]) : null, start, end: start + m[0].length });
  }
  return out
    .filter((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 && (d.year === null || toIsoDate(d.year, d.month, d.day) !== null))
    .sort((a, b) => a.start - b.start);
}

/**
 * The date with its year: written, or taken from `reference` (the page's date line), one year back
 * when the day would fall after the reference ("ngày 29/12" in a page of 03/01).
 */
export function resolveDate(d: FoundDate, reference: IsoDate | null): IsoDate | null {
  if (d.year !== null) return toIsoDate(d.year, d.month, d.day);
  if (!reference) return null;
  const year = Number(reference.slice(0, 4));
  const same = toIsoDate(year, d.month, d.day);
  if (same && same > reference) return toIsoDate(year - 1, d.month, d.day);
  return same;
}
