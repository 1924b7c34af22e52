// How the assignment pages write a report's period and its measured coverage ("87/92 = 94,6 %").
// Pure, so the report form computes the same text live in the browser.
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";

const ROMAN = ["I", "II", "III", "IV"];

/** "2026-11" → "Tháng 11/2026", "2026-Q4" → "Quý IV/2026", "2026-H1" → "6 tháng đầu năm 2026", "2026" → "Năm 2026". */
export function periodLabel(periodKey: string): string {
  const n = messages.report.periodNames;
  const month = /^(\d{4})-(\d{2})$/.exec(periodKey);
  if (month) return format(n.month, { m: Number(month[2]), y: month[1] });
  const quarter = /^(\d{4})-Q([1-4])$/.exec(periodKey);
  if (quarter) return format(n.quarter, { q: ROMAN[Number(quarter[2]) - 1], y: quarter[1] });
  const half = /^(\d{4})-H([12])$/.exec(periodKey);
  if (half) return format(half[2] === "1" ? n.firstHalf : n.secondHalf, { y: half[1] });
  if (/^\d{4}$/.test(periodKey)) return format(n.year, { y: periodKey });
  return periodKey;
}

/** 0.9456… → "94,6 %": one decimal at most, the way the documents write shares. */
export function percentText(share: number): string {
  return `${formatNumber(Math.round(share * 1000) / 10)} %`;
}

/** "87/92 = 94,6 %", or null when the figures do not make a share. */
export function coverageText(achieved: number | null, denominator: number | null): string | null {
  if (achieved === null || denominator === null || !(denominator > 0) || achieved < 0) return null;
  return format(messages.report.coverageOf, { achieved: formatNumber(achieved), of: formatNumber(denominator), percent: percentText(achieved / denominator) });
}

/** A number typed the Vietnamese way ("94,6") or the English way; null when empty or not a number. */
export function typedNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  if (!t) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}
