"use client";
// Where the form shows each error path of DirectiveInput ("title", "tasks.0.deadlineText",
// "tasks.1.assignees.2"), and the checks the browser can run on its own.
import { isIsoDate, formatViDate, parseViDate } from "@/lib/domain/calendar";
import { parseDeadline } from "@/lib/domain/deadline";
import { parseSymbol, symbolFitsType } from "@/lib/domain/symbol";
import { format, messages } from "@/lib/i18n/messages";
import { addFieldError, type FieldErrors } from "@/lib/validation/errors";
import { taskControlId, type Draft } from "./useDraft";

const v = messages.validation;

/**
 * The checks validateDirectiveInput makes only once the whole input has the right shape (symbol
 * against type, deadlines against the issue date). Run on their own, they let the first
 * answer name every problem instead of revealing them in two rounds.
 */
export function laterChecks(d: Draft, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (d.symbolMode === "MANUAL" && d.symbol.trim()) {
    const symbol = parseSymbol(d.symbol.trim());
    if (!symbol.ok) addFieldError(errors, "symbol", v.badSymbol);
    else if (!symbolFitsType(symbol.value, d.type)) addFieldError(errors, "symbol", v.symbolType);
  }
  const issued = issuedIsoOf(d.issuedOn);
  d.tasks.forEach((t, i) => {
    if (!t.deadlineText.trim()) return;
    const deadline = parseDeadline(t.deadlineText.trim(), { referenceDate: issued ?? today });
    if (!deadline) addFieldError(errors, `tasks.${i}.deadlineText`, v.deadlineUnreadable);
    else if (deadline.dueOn && issued && deadline.dueOn < issued) {
      addFieldError(errors, `tasks.${i}.deadlineText`, format(v.deadlineBeforeIssue, { due: formatViDate(deadline.dueOn) }));
    }
  });
  return errors;
}

/** The issue date as typed, as ISO, or null when it does not read as a date. */
export function issuedIsoOf(text: string): string | null {
  const t = text.trim();
  return isIsoDate(t) ? t : parseViDate(t);
}

/** Both lists, each message once per path. */
export function mergeErrors(a: FieldErrors, b: FieldErrors): FieldErrors {
  const out: FieldErrors = { ...a };
  for (const [path, list] of Object.entries(b)) for (const message of list) if (!out[path]?.includes(message)) addFieldError(out, path, message);
  return out;
}

// Where an error path is shown: the id of its control and the words naming it.
const TASK_FIELDS: Record<string, { id: string; label: string }> = {
  title: { id: "title", label: messages.editor.taskTitle },
  description: { id: "description", label: messages.editor.taskDescription },
  deadlineText: { id: "deadline", label: messages.editor.deadline },
  reportingCycle: { id: "cycle", label: messages.editor.reportingCycle },
  targetValue: { id: "target-value", label: messages.editor.targetValue },
  targetUnit: { id: "target-unit", label: messages.editor.targetUnit },
  requiresOwnPlan: { id: "own-plan", label: messages.editor.requiresOwnPlan },
};

const DIRECTIVE_FIELDS: Record<string, { id: string; label: string }> = {
  type: { id: "directive-type", label: messages.editor.type },
  symbolMode: { id: "directive-symbol-auto", label: messages.editor.symbolModeLabel },
  number: { id: "directive-number", label: messages.editor.number },
  symbol: { id: "directive-symbol", label: messages.editor.symbol },
  issuedOn: { id: "directive-issued-on", label: messages.editor.issuedOn },
  title: { id: "directive-title", label: messages.editor.title },
  summary: { id: "directive-summary", label: messages.editor.summary },
  body: { id: "directive-body", label: messages.editor.body },
  confidentiality: { id: "directive-confidentiality", label: messages.editor.confidentiality },
  parentId: { id: "directive-parent", label: messages.editor.parent },
  referenceIds: { id: "directive-references", label: messages.editor.references },
  file: { id: "directive-file", label: messages.editor.file },
  tasks: { id: "tasks-heading", label: messages.editor.sectionTasks },
};

/** The control an error path belongs to (for a link in the error summary) and its name. */
export function locateError(path: string, d: Draft): { id: string | null; label: string | null } {
  const parts = path.split(".");
  if (parts[0] === "tasks" && parts.length > 1) {
    const task = d.tasks[Number(parts[1])];
    if (!task) return { id: null, label: null };
    const n = Number(parts[1]) + 1;
    if (parts[2] === "assignees") {
      const role = parts[3] ? (task.assignees[Number(parts[3])]?.role ?? "LEAD") : "LEAD";
      const label = role === "LEAD" ? messages.editor.leads : messages.editor.coordinators;
      return { id: taskControlId(task, role), label: format(messages.editor.taskField, { n, field: label }) };
    }
    const f = TASK_FIELDS[parts[2] ?? ""];
    return f
      ? { id: taskControlId(task, f.id), label: format(messages.editor.taskField, { n, field: f.label }) }
      : { id: taskControlId(task, "title"), label: format(messages.editor.task, { n }) };
  }
  const f = DIRECTIVE_FIELDS[parts[0]];
  return f ? f : { id: null, label: null };
}

/** Errors of one path and, with `deep`, of every path under it ("tasks.0.assignees.1"). */
export function errorsAt(errors: FieldErrors, path: string, deep = false): string[] {
  const out = [...(errors[path] ?? [])];
  if (deep) for (const [p, list] of Object.entries(errors)) if (p.startsWith(`${path}.`)) out.push(...list);
  return out;
}

const ORDER = ["form", "id", "type", "symbolMode", "number", "symbol", "issuedOn", "title", "summary", "body", "confidentiality", "file", "parentId", "referenceIds", "tasks"];
const TASK_ORDER = ["id", "title", "description", "deadlineText", "reportingCycle", "targetValue", "targetUnit", "requiresOwnPlan", "assignees"];

/** Sorts error paths in the order their fields appear on the form. */
export function formOrder(a: string, b: string): number {
  const key = (path: string) => {
    const [head, i, field, j] = path.split(".");
    const rank = ORDER.indexOf(head);
    return [rank < 0 ? 0 : rank, Number(i ?? -1) || 0, TASK_ORDER.indexOf(field ?? ""), Number(j ?? -1) || 0];
  };
  const ka = key(a);
  const kb = key(b);
  for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k] - kb[k];
  return 0;
}
