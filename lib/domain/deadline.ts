// Deadlines (hạn hoàn thành) and reporting cycles: reading them from Vietnamese phrases and laying out report slots.
import {
  addDays,
  endOfHalf,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  halfOf,
  isIsoDate,
  isoParts,
  quarterOf,
  startOfHalf,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  toIsoDate,
  type IsoDate,
} from "./calendar";
import { foldWithMap, originalSlice } from "./text";

export const DEADLINE_KINDS = ["DATE", "MONTH", "QUARTER", "HALF_YEAR", "YEAR", "ONGOING"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const REPORTING_CYCLES = ["NONE", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY"] as const;
export type ReportingCycle = (typeof REPORTING_CYCLES)[number];

export interface Deadline {
  kind: DeadlineKind;
  /** The last day the work may be done; null exactly when kind is ONGOING. */
  dueOn: IsoDate | null;
  reportingCycle: ReportingCycle;
  /** The phrase as written in the input, diacritics and all. */
  matched: string;
}

export interface FoundDeadline extends Deadline {
  index: number;
}

export interface DeadlineOptions {
  /** Supplies the year for phrases that omit it ("trước ngày 30/6"); usually the directive's issue date. */
  referenceDate?: IsoDate;
}

type Resolved = { kind: DeadlineKind; dueOn: IsoDate | null } | { cycle: ReportingCycle } | null;
interface Rule {
  /** Regex source over folded text; `intro` wraps the introducing words, required or optional. */
  source: (intro: (words: string) => string) => string;
  resolve: (m: RegExpMatchArray, refYear: number | null) => Resolved;
}

const B = "(?<![\\p{L}\\p{N}])";
// A sentence-ending "." before a numbered item ("30/6/2021. 2. Giao…") must not block a match.
const E = "(?![\\p{L}\\p{N}])(?!\\s?[/-]\\s?\\d)(?!\\.\\d)";
const YEAR_TAIL = "(?:\\s?[/-]\\s?(\\d{4})|,?\\snam\\s(\\d{4}))?";
// Words that turn a date into a deadline. Bare "đến ngày" is left out: it closes ranges
// ("từ ngày 14 đến ngày 16/6/2021"), it does not set a limit.
const DATE_INTRO = "(?:(?:hoan thanh |xong )?truoc|cham nhat(?: la)?(?: vao)?|han(?: chot| hoan thanh)?(?: la)?(?: vao)?|(?:den )?het|trong)";
// "16 giờ 00", "16 giờ 30 phút", "16h00", "17h" before a deadline's day.
const TIME_OF_DAY = "(?:\\d{1,2}\\s?(?:gio|h)(?:\\s?\\d{2})?(?:\\s?phut)?\\s?,?\\s)?";
const PERIOD_INTRO = "(?:trong|(?:den )?het|cuoi)";
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const yearOf = (explicit: string | undefined, refYear: number | null): number | null =>
  explicit !== undefined ? Number(explicit) : refYear;

function safe(compute: () => IsoDate | null): IsoDate | null {
  try {
    return compute();
  } catch {
    return null;
  }
}

const RULES: readonly Rule[] = [
  {
    // "trước ngày 30/6/2021", "chậm nhất ngày 15/7/2021", "trước ngày 30 tháng 6 năm 2021",
    // "trước 16 giờ 00 ngày 25/10/2024", "trước 17h00, ngày 5/3/2024" (the hour does not change the day)
    source: (intro) =>
      `${B}${intro(DATE_INTRO)}${TIME_OF_DAY}(?:ngay\\s)?(\\d{1,2})(?:\\s?([/.-])\\s?(\\d{1,2})(?:\\s?\\2\\s?(\\d{4}))?|\\sthang\\s(\\d{1,2})(?:,?\\snam\\s(\\d{4}))?)${E}`,
    resolve: (m, ref) => {
      const year = yearOf(m[4] ?? m[6], ref);
      const dueOn = year === null ? null : toIsoDate(year, Number(m[3] ?? m[5]), Number(m[1]));
      return dueOn === null ? null : { kind: "DATE", dueOn };
    },
  },
  {
    // "trong tháng 3/2021", "tháng 3 năm 2021"
    source: (intro) => `${B}${intro(PERIOD_INTRO)}thang\\s(\\d{1,2})${YEAR_TAIL}${E}`,
    resolve: (m, ref) => {
      const year = yearOf(m[2] ?? m[3], ref);
      const dueOn = year === null ? null : safe(() => endOfMonth(year, Number(m[1])));
      return dueOn === null ? null : { kind: "MONTH", dueOn };
    },
  },
  {
    // "trong Quý II/2021", "Quí II/2021", "quý 2 năm 2021"; "Quý V" matches nothing
    // Numerals beyond IV are matched on purpose, so that "quý 5 năm 2021" is refused as a whole
    // instead of shrinking to "năm 2021".
    source: (intro) => `${B}${intro(PERIOD_INTRO)}qu[yi]\\s(iv|iii|ii|i|v|\\d{1,2})(?![\\p{L}\\p{N}])${YEAR_TAIL}${E}`,
    resolve: (m, ref) => {
      const year = yearOf(m[2] ?? m[3], ref);
      const quarter = ROMAN[m[1]] ?? Number(m[1]);
      const dueOn = year === null ? null : safe(() => endOfQuarter(year, quarter));
      return dueOn === null ? null : { kind: "QUARTER", dueOn };
    },
  },
  {
    // "6 tháng đầu năm 2021" → 30/6, "6 tháng cuối năm 2021" → 31/12, also "nửa đầu năm"
    source: (intro) => `${B}${intro(PERIOD_INTRO)}(?:(?:6|sau)\\sthang|nua)\\s(dau|cuoi)\\snam(?:\\s(\\d{4}))?${E}`,
    resolve: (m, ref) => {
      const year = yearOf(m[2], ref);
      const dueOn = year === null ? null : safe(() => endOfHalf(year, m[1] === "dau" ? 1 : 2));
      return dueOn === null ? null : { kind: "HALF_YEAR", dueOn };
    },
  },
  {
    // "trong năm 2021", "cuối năm 2021", "trong năm nay"
    source: (intro) => `${B}${intro(PERIOD_INTRO)}nam\\s(?:(\\d{4})|nay)${E}`,
    resolve: (m, ref) => {
      const year = yearOf(m[1], ref);
      const dueOn = year === null ? null : safe(() => endOfYear(year));
      return dueOn === null ? null : { kind: "YEAR", dueOn };
    },
  },
  {
    // "thường xuyên", "trong suốt cả nhiệm kỳ"
    source: () => `${B}(?:thuong xuyen|(?:trong\\s)?(?:suot\\s(?:ca\\s)?|ca\\s)nhiem ky)${E}`,
    resolve: () => ({ kind: "ONGOING", dueOn: null }),
  },
  {
    source: () => `${B}(?:(?:dinh ky\\s)?(?:hang|moi)\\sthang|dinh ky\\s(?:theo\\s)?thang)(?!\\s\\d)${E}`,
    resolve: () => ({ cycle: "MONTHLY" }),
  },
  {
    // "theo quý" is left out: "theo quy định" folds to the same words
    source: () => `${B}(?:(?:dinh ky\\s)?(?:hang|moi)\\squ[yi]|dinh ky\\s(?:theo\\s)?qu[yi])${E}`,
    resolve: () => ({ cycle: "QUARTERLY" }),
  },
  {
    // "6 tháng một lần", "định kỳ 6 tháng", "hằng 6 tháng", "định kỳ nửa năm"
    source: () =>
      `${B}(?:(?:dinh ky\\s)?(?:6|sau)\\sthang\\s(?:mot|1)\\slan|dinh ky\\s(?:(?:hang|moi|theo)\\s)?(?:(?:6|sau)\\sthang|nua nam)|(?:hang|moi)\\s(?:6|sau)\\sthang)${E}`,
    resolve: () => ({ cycle: "HALF_YEARLY" }),
  },
  {
    source: () => `${B}(?:(?:dinh ky\\s)?(?:hang|moi)\\snam|dinh ky\\s(?:theo\\s)?nam)(?!\\s\\d)${E}`,
    resolve: () => ({ cycle: "YEARLY" }),
  },
];

const compile = (intro: (words: string) => string) => RULES.map((r) => new RegExp(r.source(intro), "gu"));
// In running text a date or period is a deadline only when introduced ("trong", "trước"…); a
// phrase typed into a deadline field may be bare ("30/6/2021", "Quý II/2021").
const STRICT = compile((words) => `${words}\\s`);
const LENIENT = compile((words) => `(?:${words}\\s)?`);

interface Hit<R extends Resolved = Exclude<Resolved, null>> {
  start: number;
  end: number;
  resolved: R;
}

/** Non-overlapping phrases in order; `unresolved` counts phrases that matched but name no real date. */
function scan(folded: string, patterns: readonly RegExp[], refYear: number | null): { hits: Hit[]; unresolved: number } {
  const hits: Hit<Resolved>[] = [];
  patterns.forEach((pattern, i) => {
    for (const m of folded.matchAll(pattern)) {
      hits.push({ start: m.index, end: m.index + m[0].length, resolved: RULES[i].resolve(m, refYear) });
    }
  });
  // Overlaps: the earliest start wins, then the longest, so "6 tháng cuối năm 2021" is one
  // half-year and not also "cuối năm 2021". A phrase that matched but cannot be resolved
  // ("trước ngày 31/2/2021", a year-less date without a reference) still claims its span, so
  // that no fragment of it is read as something else.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit<Resolved>[] = [];
  for (const hit of hits) {
    if (kept.length === 0 || hit.start >= kept[kept.length - 1].end) kept.push(hit);
  }
  const resolved = kept.filter((h): h is Hit => h.resolved !== null);
  return { hits: resolved, unresolved: kept.length - resolved.length };
}

function refYearOf(options: DeadlineOptions | undefined): number | null {
  if (options?.referenceDate === undefined) return null;
  return isoParts(options.referenceDate).year;
}

const CYCLE_RANK: Record<ReportingCycle, number> = { NONE: 0, YEARLY: 1, HALF_YEARLY: 2, QUARTERLY: 3, MONTHLY: 4 };

/** Whole-field forms a person may type that never occur as deadlines in running text. */
function parseBareField(text: string): Deadline | null {
  const t = text.trim();
  if (isIsoDate(t)) return { kind: "DATE", dueOn: t, reportingCycle: "NONE", matched: t };
  const monthYear = /^(\d{1,2})\s?[/-]\s?(\d{4})$/.exec(t);
  if (monthYear) {
    const dueOn = safe(() => endOfMonth(Number(monthYear[2]), Number(monthYear[1])));
    return dueOn === null ? null : { kind: "MONTH", dueOn, reportingCycle: "NONE", matched: t };
  }
  if (/^\d{4}$/.test(t)) {
    const dueOn = safe(() => endOfYear(Number(t)));
    return dueOn === null ? null : { kind: "YEAR", dueOn, reportingCycle: "NONE", matched: t };
  }
  return null;
}

/**
 * Reads a deadline phrase, case- and diacritic-insensitively. The first deadline written sets
 * kind and due date; a reporting cycle anywhere in the phrase sets reportingCycle (the most
 * frequent one if several: "định kỳ 6 tháng, hằng năm" reports every six months); a phrase with
 * only a cycle is ONGOING. `matched` runs from the first recognised words to the last.
 * Null when nothing is recognised, or when part of the phrase names no real date ("31/2/2021",
 * "Quý V", a year-less date without referenceDate): a half-read deadline is worse than none.
 */
export function parseDeadline(phrase: string, options?: DeadlineOptions): Deadline | null {
  const bare = parseBareField(phrase);
  if (bare) return bare;
  const mapped = foldWithMap(phrase);
  const { hits, unresolved } = scan(mapped.folded, LENIENT, refYearOf(options));
  if (hits.length === 0 || unresolved > 0) return null;
  let kind: DeadlineKind = "ONGOING";
  let dueOn: IsoDate | null = null;
  let reportingCycle: ReportingCycle = "NONE";
  let mainSeen = false;
  for (const { resolved } of hits) {
    if ("kind" in resolved) {
      if (!mainSeen) ({ kind, dueOn } = resolved);
      mainSeen = true;
    } else if (CYCLE_RANK[resolved.cycle] > CYCLE_RANK[reportingCycle]) {
      reportingCycle = resolved.cycle;
    }
  }
  const matched = originalSlice(phrase, mapped, hits[0].start, hits[hits.length - 1].end).raw;
  return { kind, dueOn, reportingCycle, matched };
}

/**
 * Every deadline-like phrase in running text, in order. Dates and periods count only with an
 * introducing word ("trong tháng 3/2021", "trước ngày 30/6/2021"), so issue dates ("ngày
 * 22/3/2021") are not deadlines; ongoing words and cycles are reported as ONGOING items of their
 * own. Deciding which phrase belongs to which task is the text parser's job.
 */
export function findDeadlines(text: string, options?: DeadlineOptions): FoundDeadline[] {
  const mapped = foldWithMap(text);
  return scan(mapped.folded, STRICT, refYearOf(options)).hits.map((hit) => {
    const { raw, index } = originalSlice(text, mapped, hit.start, hit.end);
    const r = hit.resolved;
    return "kind" in r
      ? { kind: r.kind, dueOn: r.dueOn, reportingCycle: "NONE" as const, matched: raw, index }
      : { kind: "ONGOING" as const, dueOn: null, reportingCycle: r.cycle, matched: raw, index };
  });
}

export interface ReportSlot {
  /** "2021-03" (month), "2021-Q2", "2021-H1", "2021" (year). */
  periodKey: string;
  periodStart: IsoDate;
  dueOn: IsoDate;
}

/** The reporting period of `cycle` that contains `date`; null for NONE. */
export function periodOf(cycle: ReportingCycle, date: IsoDate): ReportSlot | null {
  const { year, month } = isoParts(date);
  const y = String(year).padStart(4, "0");
  switch (cycle) {
    case "NONE":
      return null;
    case "MONTHLY":
      return { periodKey: `${y}-${String(month).padStart(2, "0")}`, periodStart: startOfMonth(year, month), dueOn: endOfMonth(year, month) };
    case "QUARTERLY": {
      const q = quarterOf(date);
      return { periodKey: `${y}-Q${q}`, periodStart: startOfQuarter(year, q), dueOn: endOfQuarter(year, q) };
    }
    case "HALF_YEARLY": {
      const h = halfOf(date);
      return { periodKey: `${y}-H${h}`, periodStart: startOfHalf(year, h), dueOn: endOfHalf(year, h) };
    }
    case "YEARLY":
      return { periodKey: y, periodStart: startOfYear(year), dueOn: endOfYear(year) };
  }
}

/**
 * One report slot per period of `cycle`, from the period containing `start` through every period
 * that begins on or before `until`; each report is due on its period's last day. A period already
 * under way at `start` gets a slot, since work assigned mid-quarter still reports for that quarter.
 */
export function reportSlots(cycle: ReportingCycle, start: IsoDate, until: IsoDate): ReportSlot[] {
  isoParts(until); // validates, so a bad bound throws instead of yielding an empty list
  const slots: ReportSlot[] = [];
  let slot = periodOf(cycle, start);
  while (slot !== null && slot.periodStart <= until) {
    slots.push(slot);
    slot = periodOf(cycle, addDays(slot.dueOn, 1));
  }
  return slots;
}
