// The report form's own checks, the same as the server's (lib/validation/report.ts), so most
// mistakes are pointed out before anything is sent.
import { messages } from "@/lib/i18n/messages";
import type { FieldErrors } from "@/lib/validation/errors";
import { typedNumber } from "./text";

export interface ReportValues {
  content: string;
  progressPercent: string;
  achievedValue: string;
  denominator: string;
  periodKey: string;
  links: string;
  requestsCompletion: boolean;
}

/** The form's fields in page order, and each one's control id: focus goes to the first with an error. */
export const FIELD_ORDER = ["content", "progressPercent", "achievedValue", "denominator", "periodKey", "evidence", "links"];
export const FIELD_IDS: Record<string, string> = {
  content: "report-content",
  progressPercent: "report-percent",
  achievedValue: "report-achieved",
  denominator: "report-denominator",
  periodKey: "report-period",
  evidence: "report-evidence",
  links: "report-links",
};

export function checkReport(v: ReportValues, hasTarget: boolean): FieldErrors {
  const w = messages.workErrors;
  const errors: FieldErrors = {};
  if (!v.content.trim()) errors.content = [messages.validation.required];
  const percent = Number(v.progressPercent);
  if (v.progressPercent.trim() === "" || !Number.isInteger(percent) || percent < 0 || percent > 100) errors.progressPercent = [w.percent];
  if (hasTarget) {
    const achieved = typedNumber(v.achievedValue);
    const of = typedNumber(v.denominator);
    if (v.achievedValue.trim() && (achieved === null || achieved < 0)) errors.achievedValue = [w.achieved];
    if (v.denominator.trim() && (of === null || of <= 0)) errors.denominator = [w.denominator];
    if (!errors.achievedValue && !errors.denominator && achieved !== null && of !== null && achieved > of) errors.achievedValue = [w.achievedOverDenominator];
  }
  const links = v.links.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (links.some((l) => !/^https?:\/\/[^\s]+$/i.test(l))) errors.links = [w.link];
  return errors;
}
