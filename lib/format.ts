// Presenting values the Vietnamese way: dd/MM/yyyy dates, comma decimals, relative deadlines.
import { daysBetween, formatViDate, type IsoDate } from "@/lib/domain/calendar";
import { format, messages } from "@/lib/i18n/messages";

const numberFormat = new Intl.NumberFormat("vi-VN");
const percentFormat = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });

export function formatDate(iso: IsoDate | null | undefined): string {
  return iso ? formatViDate(iso) : "—";
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 0.875 → "87,5 %"; null → "—". */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : percentFormat.format(rate);
}

/** "còn 3 ngày", "quá 5 ngày", "hạn hôm nay" or "Thường xuyên" for work with no due date. */
export function relativeDue(dueOn: IsoDate | null, today: IsoDate): string {
  if (!dueOn) return messages.home.noDue;
  const days = daysBetween(today, dueOn);
  if (days === 0) return messages.home.dueToday;
  return days > 0 ? format(messages.home.daysLeft, { n: days }) : format(messages.home.daysLate, { n: -days });
}
