// The Vietnamese name of a period ("Quý IV năm 2026"), on pages, in print and in exported
// workbooks. Imports only the dashboard's section of the catalogue: the period tabs run in the browser.
import { formatViDate } from "@/lib/domain/calendar";
import type { Period } from "@/lib/domain/period";
import { format } from "./format";
import { dashboard } from "./vi/dashboard";

const ROMAN = ["I", "II", "III", "IV"];

export function periodName(period: Period): string {
  const kinds = dashboard.dashboard.periodKinds;
  const [y, part] = period.key.split("-");
  switch (period.kind) {
    case "YEAR":
      return format(kinds.YEAR, { year: y });
    case "HALF":
      return format(kinds.HALF, { half: part === "H1" ? "đầu" : "cuối", year: y });
    case "QUARTER":
      return format(kinds.QUARTER, { quarter: ROMAN[Number(part.slice(1)) - 1], year: y });
    case "MONTH":
      return format(kinds.MONTH, { month: String(Number(part)), year: y });
    case "RANGE":
      return format(kinds.RANGE, { from: formatViDate(period.from), to: formatViDate(period.to) });
  }
}
