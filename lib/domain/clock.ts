// The one clock: everything that needs "now" or "today" asks a Clock, so tests and demos can fix the date.
import { dayNumber, isIsoDate, vietnamToday, type IsoDate } from "./calendar";

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const MS_PER_HOUR = 3_600_000;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads "YYYY-MM-DD" or an ISO date-time into an instant, or null when it is neither.
 * A bare date means noon in Vietnam, so that the day stays the same however the instant is
 * later shifted by a few hours; a date-time without an offset is Vietnam wall time, never
 * the host's local time, so the result does not depend on where the server runs.
 */
export function parseClockValue(value: string): Date | null {
  const text = value.trim();
  if (isIsoDate(text)) return new Date(dayNumber(text) * 24 * MS_PER_HOUR + (12 - 7) * MS_PER_HOUR);
  const m = DATE_TIME.exec(text);
  if (!m || !isIsoDate(m[1])) return null;
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const millis = Number((m[5] ?? "0").padEnd(3, "0").slice(0, 3));
  let offsetMinutes = 7 * 60;
  if (m[6] && m[6].toUpperCase() !== "Z") {
    const sign = m[6].startsWith("-") ? -1 : 1;
    const digits = m[6].slice(1).replace(":", "");
    const offH = Number(digits.slice(0, 2));
    const offM = Number(digits.slice(2) || 0);
    if (offH > 23 || offM > 59) return null;
    offsetMinutes = sign * (offH * 60 + offM);
  } else if (m[6]) {
    offsetMinutes = 0;
  }
  const wallMs = dayNumber(m[1]) * 24 * MS_PER_HOUR + hours * MS_PER_HOUR + minutes * 60_000 + seconds * 1000 + millis;
  return new Date(wallMs - offsetMinutes * 60_000);
}

/** A clock stopped at one instant; accepts what parseClockValue accepts, or a Date. Throws on anything else. */
export function fixedClock(value: string | Date): Clock {
  const instant = typeof value === "string" ? parseClockValue(value) : new Date(value.getTime());
  if (instant === null || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Invalid fixed clock value ${JSON.stringify(String(value))}: expected YYYY-MM-DD or an ISO date-time`);
  }
  const ms = instant.getTime();
  // A fresh Date per call: a caller mutating the result must not move the clock.
  return { now: () => new Date(ms) };
}

/** Today's calendar date in Vietnam according to `clock`. */
export function todayIn(clock: Clock): IsoDate {
  return vietnamToday(clock.now());
}

/**
 * The clock the server runs on: fixed when APP_TODAY (or any such setting) holds a date or
 * date-time, the system clock when it is unset or blank. A malformed value throws rather than
 * silently falling back, because a demo or test running on the wrong "today" is worse than not starting.
 */
export function clockFromEnv(value: string | undefined): Clock {
  if (value === undefined || value.trim() === "") return systemClock;
  return fixedClock(value);
}

