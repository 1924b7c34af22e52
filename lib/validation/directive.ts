// What the directive form may send, checked the same way in the browser and on the server: a
// directive with its tasks and the units (or groups of units) each task is given to. Rules that
// need the database (scope, uniqueness, cycles) are checked by the data layer.
import { z } from "zod";
import { boundedText } from "./text";
import { isIsoDate, parseViDate, type IsoDate } from "@/lib/domain/calendar";
import { parseDeadline, REPORTING_CYCLES, type DeadlineKind, type ReportingCycle } from "@/lib/domain/deadline";
import { DIRECTIVE_TYPES } from "@/lib/domain/directive-type";
import { ORGANIZATION_KINDS } from "@/lib/domain/organization-code";
import { parseSymbol, symbolFitsType } from "@/lib/domain/symbol";
import { format, messages } from "@/lib/i18n/messages";
import { addFieldError, type FieldErrors } from "./errors";

const v = messages.validation;

export const LIMITS = {
  number: 10,
  symbol: 60,
  title: 1000,
  summary: 20_000,
  body: 200_000,
  taskTitle: 1000,
  taskDescription: 10_000,
  deadlineText: 200,
  targetUnit: 60,
  tasks: 100,
  assignees: 200,
  references: 50,
} as const;

export { ORGANIZATION_KINDS };
export const ASSIGNEE_SELECTORS = ["UNIT", "CHILDREN", "KIND_BELOW", "SUBTREE"] as const;

const text = (max: number) => boundedText(max);
const id = z.number({ error: v.badInput }).int().positive().max(2_147_483_647);

/** dd/MM/yyyy as people type it, or ISO from a date input; "" is no date. */
const dateText = z
  .string()
  .trim()
  .max(20, { error: v.badDate })
  .transform((value, ctx): IsoDate | null => {
    if (!value) return null;
    const iso = isIsoDate(value) ? value : parseViDate(value);
    if (!iso) ctx.addIssue({ code: "custom", message: v.badDate });
    return iso;
  });

export const assigneeSchema = z
  .object({
    role: z.enum(["LEAD", "COORDINATE"], { error: v.badInput }),
    selector: z.enum(ASSIGNEE_SELECTORS, { error: v.badInput }),
    organizationId: id,
    organizationKind: z.enum(ORGANIZATION_KINDS, { error: v.badInput }).nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if (a.selector === "KIND_BELOW" && !a.organizationKind) ctx.addIssue({ code: "custom", path: ["organizationKind"], message: v.kindRequired });
  });

export const taskSchema = z.object({
  id: id.optional(),
  title: text(LIMITS.taskTitle).min(1, { error: v.required }),
  description: text(LIMITS.taskDescription).default(""),
  deadlineText: text(LIMITS.deadlineText).default(""),
  reportingCycle: z.enum(REPORTING_CYCLES, { error: v.badInput }).default("NONE"),
  targetValue: z.number({ error: v.targetValue }).positive({ error: v.targetValue }).max(1e12, { error: v.targetValue }).nullable().default(null),
  targetUnit: text(LIMITS.targetUnit).default(""),
  requiresOwnPlan: z.boolean().default(false),
  assignees: z
    .array(assigneeSchema)
    .max(LIMITS.assignees, { error: format(v.tooManyAssignees, { max: LIMITS.assignees }) })
    .refine((list) => list.some((a) => a.role === "LEAD"), { error: v.noLead }),
});

export const directiveInputSchema = z.object({
  id: id.optional(),
  type: z.enum(DIRECTIVE_TYPES, { error: v.badInput }),
  symbolMode: z.enum(["AUTO", "MANUAL"], { error: v.badInput }).default("AUTO"),
  number: text(LIMITS.number).regex(/^\d*$/, { error: v.badNumber }).default(""),
  symbol: text(LIMITS.symbol).default(""),
  issuedOn: dateText.default(""),
  title: text(LIMITS.title).min(1, { error: v.required }),
  summary: text(LIMITS.summary).default(""),
  body: text(LIMITS.body).default(""),
  parentId: id.nullable().default(null),
  referenceIds: z.array(id).max(LIMITS.references, { error: v.badInput }).default([]),
  confidentiality: z.enum(["NORMAL", "SECRET"], { error: v.badInput }).default("NORMAL"),
  /** A unit's own plan answers one of its assignments (the next level of the cascade). */
  sourceAssignmentId: id.nullable().default(null),
  tasks: z.array(taskSchema).max(LIMITS.tasks, { error: format(v.tooManyTasks, { max: LIMITS.tasks }) }).default([]),
});

export type DirectiveInput = z.input<typeof directiveInputSchema>;
export type AssigneeInput = z.output<typeof assigneeSchema>;

export interface ResolvedTask extends Omit<z.output<typeof taskSchema>, "deadlineText" | "reportingCycle"> {
  ordinal: number;
  deadlineKind: DeadlineKind;
  deadlineText: string | null;
  dueOn: IsoDate | null;
  reportingCycle: ReportingCycle;
}

export interface ResolvedDirective extends Omit<z.output<typeof directiveInputSchema>, "tasks"> {
  tasks: ResolvedTask[];
}

export type Validated<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

/**
 * Checks everything that needs no database and resolves each task's deadline phrase against the
 * issue date ("Quý II/2021" → 2021-06-30). Field errors are keyed by path: "title", "tasks.0.title".
 */
export function validateDirectiveInput(raw: unknown, today: IsoDate): Validated<ResolvedDirective> {
  const errors: FieldErrors = {};
  const parsed = directiveInputSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) addFieldError(errors, issue.path.join(".") || "form", issue.message);
    return { ok: false, fieldErrors: errors };
  }
  const d = parsed.data;
  if (d.symbolMode === "MANUAL" && d.symbol) {
    const symbol = parseSymbol(d.symbol);
    if (!symbol.ok) addFieldError(errors, "symbol", v.badSymbol);
    else if (!symbolFitsType(symbol.value, d.type)) addFieldError(errors, "symbol", v.symbolType);
  }
  const reference = d.issuedOn ?? today;
  const tasks = d.tasks.map((t, i): ResolvedTask => {
    const deadline = t.deadlineText ? parseDeadline(t.deadlineText, { referenceDate: reference }) : null;
    if (t.deadlineText && !deadline) addFieldError(errors, `tasks.${i}.deadlineText`, v.deadlineUnreadable);
    const dueOn = deadline?.dueOn ?? null;
    if (dueOn && d.issuedOn && dueOn < d.issuedOn) {
      const [y, m, day] = dueOn.split("-");
      addFieldError(errors, `tasks.${i}.deadlineText`, format(v.deadlineBeforeIssue, { due: `${day}/${m}/${y}` }));
    }
    return {
      ...t,
      ordinal: i + 1,
      deadlineKind: deadline?.kind ?? "ONGOING",
      deadlineText: t.deadlineText || null,
      dueOn,
      reportingCycle: t.reportingCycle !== "NONE" ? t.reportingCycle : (deadline?.reportingCycle ?? "NONE"),
    };
  });
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { ...d, tasks } };
}
