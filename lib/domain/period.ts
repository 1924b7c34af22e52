// Reporting periods of the dashboards as they live in the URL: a year ("2026"), a quarter
// ("2026-Q4"), a half-year ("2026-H2"), a month ("2026-11") or dates ("2026-01-15..2026-03-31").
import { endOfHalf, endOfMonth, endOfQuarter, endOfYear, isIsoDate, isoParts, quarterOf, startOfHalf, startOfMonth, startOfQuarter, startOfYear, type IsoDate } from "./calendar";

export type PeriodKind = "YEAR" | "HALF" | "QUARTER" | "MONTH" | "RANGE";

export interface Period {
  kind: PeriodKind;
  /** The canonical URL form. */
  key: string;
  from: IsoDate;
  to: IsoDate;
}

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-H([12])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

function plausibleYear(y: number): boolean {
  return y >= 1945 && y <= 2100;
}

/** The period a key names, or null when it names none. */
export function parsePeriod(key: string | null | undefined): Period | null {
  const k = (key ?? "").trim();
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(k)) && plausibleYear(+m[1])) return { kind: "YEAR", key: k, from: startOfYear(+m[1]), to: endOfYear(+m[1]) };
  if ((m = HALF.exec(k)) && plausibleYear(+m[1])) return { kind: "HALF", key: k, from: startOfHalf(+m[1], +m[2]), to: endOfHalf(+m[1], +m[2]) };
  if ((m = QUARTER.exec(k)) && plausibleYear(+m[1])) return { kind: "QUARTER", key: k, from: startOfQuarter(+m[1], +m[2]), to: endOfQuarter(+m[1], +m[2]) };
  if ((m = MONTH.exec(k)) && plausibleYear(+m[1])) return { kind: "MONTH", key: k, from: startOfMonth(+m[1], +m[2]), to: endOfMonth(+m[1], +m[2]) };
  if ((m = RANGE.exec(k)) && isIsoDate(m[1]) && isIsoDate(m[2]) && m[1] <= m[2] && plausibleYear(+m[1].slice(0, 4)) && plausibleYear(+m[2].slice(0, 4))) {
    return { kind: "RANGE", key: k, from: m[1], to: m[2] };
  }
  return null;
}

/** The period containing `today` of a kind: the default view is the current year. */
export function periodContaining(kind: Exclude<PeriodKind, "RANGE">, today: IsoDate): Period {
  const { year, month } = isoParts(today);
  const key =
    kind === "YEAR"
      ? String(year)
      : kind === "HALF"
        ? `${year}-H${month <= 6 ? 1 : 2}`
        : kind === "QUARTER"
          ? `${year}-Q${quarterOf(today)}`
          : `${year}-${String(month).padStart(2, "0")}`;
  return parsePeriod(key)!;
}

/** The months a period covers, as "YYYY-MM", for trends (at most 36). */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let { year, month } = isoParts(period.from);
  const end = isoParts(period.to);
  while ((year < end.year || (year === end.year && month <= end.month)) && out.length < 36) {
    out.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
