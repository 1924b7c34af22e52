// What a unit's report, an office's review and an extension request may contain.
import { z } from "zod";
import { boundedText } from "./text";
import { isIsoDate, parseViDate } from "@/lib/domain/calendar";
import { format, messages } from "@/lib/i18n/messages";

const w = messages.workErrors;
const v = messages.validation;
const id = z.coerce.number({ error: v.badInput }).int().positive().max(2_147_483_647);
const text = (max: number) => boundedText(max);
/** "" → null; otherwise a number written the Vietnamese way ("94,6") or the English way. */
const optionalNumber = (message: string) =>
  z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((value, ctx): number | null => {
      if (value === null || value === undefined || value === "") return null;
      const n = typeof value === "number" ? value : Number(value.trim().replace(/\s/g, "").replace(",", "."));
      if (!Number.isFinite(n) || n < 0 || n > 1e12) {
        ctx.addIssue({ code: "custom", message });
        return null;
      }
      return n;
    });

export const MAX_EVIDENCE_FILES = 5;

export const reportSchema = z
  .object({
    assignmentId: id,
    /** Editing a report still awaiting review: its id and the version the person started from. */
    reportId: id.optional(),
    version: z.coerce.number().int().min(1).optional(),
    content: text(20_000).min(1, { error: v.required }),
    progressPercent: z.coerce.number({ error: w.percent }).int({ error: w.percent }).min(0, { error: w.percent }).max(100, { error: w.percent }),
    achievedValue: optionalNumber(w.achieved),
    denominator: optionalNumber(w.denominator),
    requestsCompletion: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    periodKey: z.string().trim().max(10).optional().transform((v) => v || null),
    links: z
      .string()
      .max(10_000)
      .optional()
      .transform((v) => (v ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/, error: w.link }).max(2000, { error: w.link })).max(20, { error: w.link })),
  })
  .superRefine((r, ctx) => {
    if (r.denominator !== null && r.denominator <= 0) ctx.addIssue({ code: "custom", path: ["denominator"], message: w.denominator });
    if (r.achievedValue !== null && r.denominator !== null && r.achievedValue > r.denominator) {
      ctx.addIssue({ code: "custom", path: ["achievedValue"], message: w.achievedOverDenominator });
    }
  });

export type ReportInput = z.input<typeof reportSchema>;
export type ValidReport = z.output<typeof reportSchema>;

export const reviewSchema = z
  .object({
    reportId: id,
    decision: z.enum(["ACCEPT", "RETURN"], { error: v.badInput }),
    note: text(5_000).default(""),
  })
  .superRefine((r, ctx) => {
    if (r.decision === "RETURN" && !r.note) ctx.addIssue({ code: "custom", path: ["note"], message: w.returnReason });
  });

/** How many reports one "accept the chosen" may carry; the review queue shows this many a page. */
export const MAX_BATCH_REVIEW = 25;

/** The reports an office accepts together (the checked boxes of the queue), each at most once. */
export const acceptReportsSchema = z.object({
  reportId: z
    .array(id, { error: v.badInput })
    .max(MAX_BATCH_REVIEW, { error: format(w.tooManyChosen, { max: MAX_BATCH_REVIEW }) })
    .default([])
    .refine((ids) => ids.length > 0, { error: w.noneChosen })
    .transform((ids) => [...new Set(ids)]),
});

const dateText = z
  .string()
  .trim()
  .max(20)
  .transform((value, ctx) => {
    const iso = isIsoDate(value) ? value : parseViDate(value);
    if (!iso) ctx.addIssue({ code: "custom", message: v.badDate });
    return iso ?? "";
  });

export const extensionRequestSchema = z.object({
  assignmentId: id,
  requestedDueOn: dateText,
  reason: text(5_000).min(1, { error: v.required }),
});

export const extensionDecisionSchema = z
  .object({
    extensionId: id,
    grant: z.preprocess((v) => v === true || v === "true" || v === "GRANT", z.boolean()),
    note: text(5_000).default(""),
  })
  .superRefine((r, ctx) => {
    // As a returned report: a refused extension says why, so the unit knows what to do.
    if (!r.grant && !r.note) ctx.addIssue({ code: "custom", path: ["note"], message: w.refuseReason });
  });
