// Calendar dates as 'YYYY-MM-DD' strings in Vietnam time, with day arithmetic that never touches local time.

/** A calendar date 'YYYY-MM-DD' (no time, no zone). ISO strings sort and compare as dates. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/** Asia/Ho_Chi_Minh has been UTC+7 without DST since 1975, which covers every date this app handles. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The ISO date for year/month/day, or null when no such day exists (31/02, month 13…). */
export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isValidYmd(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits a valid ISO date; throws on anything else because callers hold already-validated dates. */
export function isoParts(iso: IsoDate): DateParts {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(iso)}`);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

// Day numbers (days since 1970-01-01) via Howard Hinnant's civil algorithms: exact for the
// proleptic Gregorian calendar, independent of the host's time zone and of Date.UTC's 0–99 year quirk.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): DateParts {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(iso: IsoDate): number {
  const { year, month, day } = isoParts(iso);
  return daysFromCivil(year, month, day);
}

export function fromDayNumber(days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole day number: ${days}`);
  const { year, month, day } = civilFromDays(days);
  const iso = toIsoDate(year, month, day);
  if (iso === null) throw new RangeError(`Day number out of range: ${days}`);
  return iso;
}

/**
 * "9/3/2021", "09/03/2021", "09-03-2021" or "09.03.2021" (day first, as Vietnamese texts write
 * dates) → ISO, or null when malformed or not a real day. Mixed separators are refused.
 */
export function parseViDate(text: string): IsoDate | null {
  const m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(text.trim());
  if (!m) return null;
  return toIsoDate(Number(m[4]), Number(m[3]), Number(m[1]));
}

/** ISO → "dd/MM/yyyy", the display form everywhere in the app. */
export function formatViDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
}

function requireInRange(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new RangeError(`${name} out of range: ${value}`);
}

export function endOfMonth(year: number, month: number): IsoDate {
  requireYear(year);
  requireInRange("Month", month, 12);
  return toIsoDate(year, month, daysInMonth(year, month)) as IsoDate;
}

export function startOfMonth(year: number, month: number): IsoDate {
  requireYear(year);
  requireInRange("Month", month, 12);
  return toIsoDate(year, month, 1) as IsoDate;
}

export function endOfQuarter(year: number, quarter: number): IsoDate {
  requireInRange("Quarter", quarter, 4);
  return endOfMonth(year, quarter * 3);
}

export function startOfQuarter(year: number, quarter: number): IsoDate {
  requireInRange("Quarter", quarter, 4);
  return startOfMonth(year, quarter * 3 - 2);
}

export function endOfHalf(year: number, half: number): IsoDate {
  requireInRange("Half", half, 2);
  return endOfMonth(year, half * 6);
}

export function startOfHalf(year: number, half: number): IsoDate {
  requireInRange("Half", half, 2);
  return startOfMonth(year, half * 6 - 5);
}

export function endOfYear(year: number): IsoDate {
  return endOfMonth(year, 12);
}

export function startOfYear(year: number): IsoDate {
  return startOfMonth(year, 1);
}

/** -1, 0 or 1, for sorting. Valid ISO dates order lexically, so no parsing is needed. */
export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from a to b: positive when b is later, so daysBetween(due, today) > 0 means late. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function quarterOf(iso: IsoDate): 1 | 2 | 3 | 4 {
  return Math.ceil(isoParts(iso).month / 3) as 1 | 2 | 3 | 4;
}

export function halfOf(iso: IsoDate): 1 | 2 {
  return isoParts(iso).month <= 6 ? 1 : 2;
}

function vietnamWallClock(now: Date): { parts: DateParts; hours: number; minutes: number } {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  const shifted = ms + VIETNAM_OFFSET_MS;
  const days = Math.floor(shifted / MS_PER_DAY);
  const msOfDay = shifted - days * MS_PER_DAY;
  return {
    parts: civilFromDays(days),
    hours: Math.floor(msOfDay / 3_600_000),
    minutes: Math.floor((msOfDay % 3_600_000) / 60_000),
  };
}

/** The calendar date in Vietnam at instant `now`, whatever the server's own time zone. */
export function vietnamToday(now: Date): IsoDate {
  const { year, month, day } = vietnamWallClock(now).parts;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The instant at which a Vietnam calendar day begins (00:00 UTC+7). */
export function vietnamMidnight(iso: IsoDate): Date {
  return new Date(dayNumber(iso) * MS_PER_DAY - VIETNAM_OFFSET_MS);
}

/** "dd/MM/yyyy HH:mm" in Vietnam time, for timestamps such as when a report was submitted. */
export function formatViDateTime(d: Date): string {
  const { parts, hours, minutes } = vietnamWallClock(d);
  return `${pad(parts.day, 2)}/${pad(parts.month, 2)}/${pad(parts.year, 4)} ${pad(hours, 2)}:${pad(minutes, 2)}`;
}
