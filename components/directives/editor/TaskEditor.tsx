"use client";
// One task of the directive: what is to be done, by when (the phrase as written, resolved live
// against the issue date), how often to report, its target, and the lead and coordinating units.
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { Textarea } from "@/components/ui/Textarea";
import { formatViDate } from "@/lib/domain/calendar";
import { parseDeadline, REPORTING_CYCLES, type ReportingCycle } from "@/lib/domain/deadline";
import { format, messages } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/validation/directive";
import type { FieldErrors } from "@/lib/validation/errors";
import { UnitPicker } from "./UnitPicker";
import { errorsAt } from "./formErrors";
import { useSourceHint } from "./sources";
import { taskControlId, type DraftApi, type DraftTask, type Role, type UnitLabel } from "./useDraft";

const m = messages.editor;

/** What the deadline phrase resolves to, as the server will resolve it. */
function deadlineStatus(text: string, referenceDate: string, issuedIso: string | null): { text: string; bad: boolean; note?: boolean } {
  // A document may give no deadline: the work is then ongoing (domain.md) — said, not left to surprise.
  if (!text.trim()) return { text: m.deadlineEmpty, bad: false, note: true };
  const d = parseDeadline(text, { referenceDate });
  if (!d) return { text: m.deadlineUnreadable, bad: true };
  if (d.dueOn && issuedIso && d.dueOn < issuedIso) {
    return { text: format(messages.validation.deadlineBeforeIssue, { due: formatViDate(d.dueOn) }), bad: true };
  }
  const when = d.dueOn ? format(m.deadlineResolved, { date: formatViDate(d.dueOn) }) : m.deadlineOngoing;
  const cycle = d.reportingCycle !== "NONE" ? ` · ${format(m.deadlineCycle, { cycle: messages.reportingCycle[d.reportingCycle].toLowerCase() })}` : "";
  return { text: when + cycle, bad: false };
}

export interface TaskEditorProps {
  task: DraftTask;
  index: number;
  count: number;
  /** The issue date as ISO when it reads as one; deadlines without a year resolve against it (or today). */
  issuedIso: string | null;
  today: string;
  units: Record<number, UnitLabel>;
  errors: FieldErrors;
  api: Pick<DraftApi, "setTask" | "addAssignee" | "removeAssignee">;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onUnitKnown: (unit: { id: number; name: string; kind: string }) => void;
  onEdited: (path: string) => void;
}

export function TaskEditor({ task, index, count, issuedIso, today, units, errors, api, onMove, onRemove, onUnitKnown, onEdited }: TaskEditorProps) {
  const n = index + 1;
  const path = `tasks.${index}`;
  const cid = (field: string) => taskControlId(task, field);
  const err = (field: string) => errorsAt(errors, `${path}.${field}`);
  const set = <K extends "title" | "description" | "deadlineText" | "reportingCycle" | "targetValue" | "targetUnit" | "requiresOwnPlan">(field: K, value: DraftTask[K]) => {
    api.setTask(task.key, field, value);
    onEdited(`${path}.${field}`);
  };
  const problemCount = errorsAt(errors, path, true).length;
  const titleSource = useSourceHint(`${task.key}.title`);
  const deadlineHint = useSourceHint(`${task.key}.deadlineText`, m.deadlineHint);
  const unitsSource = useSourceHint(`${task.key}.assignees`);
  const deadline = deadlineStatus(task.deadlineText, issuedIso ?? today, issuedIso);
  const deadlineErrors = err("deadlineText");
  const assigneeErrors = new Set(
    Object.keys(errors)
      .filter((p) => p.startsWith(`${path}.assignees.`))
      .map((p) => Number(p.split(".")[3])),
  );
  const picker = (role: Role) => {
    const mine = task.assignees.map((a, i) => ({ a, index: i })).filter(({ a }) => a.role === role);
    const messagesHere = [
      ...(role === "LEAD" ? err("assignees") : []),
      ...mine.flatMap(({ index: i }) => errorsAt(errors, `${path}.assignees.${i}`, true)),
    ];
    return (
      <UnitPicker
        id={cid(role)}
        role={role}
        required={role === "LEAD"}
        assignees={mine}
        units={units}
        errors={messagesHere}
        errorIndexes={assigneeErrors}
        onChoose={(a, unit) => {
          onUnitKnown(unit);
          api.addAssignee(task.key, a);
          onEdited(`${path}.assignees`);
        }}
        onRemove={(key) => {
          api.removeAssignee(task.key, key);
          onEdited(`${path}.assignees`);
        }}
      />
    );
  };

  return (
    <fieldset aria-labelledby={cid("heading")} className="min-w-0 rounded-lg border border-stone-200 bg-white shadow-xs">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 px-4 py-2.5 sm:px-5">
        <h3 id={cid("heading")} tabIndex={-1} className="text-base font-semibold text-stone-900 focus:outline-none">
          {format(m.task, { n })}
        </h3>
        <div className="flex flex-wrap gap-1">
          <Button id={cid("up")} size="sm" variant="ghost" disabled={index === 0} onClick={() => onMove(-1)} aria-label={format(m.moveUpNamed, { n })}>
            <span aria-hidden="true">↑</span>
            {m.moveUp}
          </Button>
          <Button id={cid("down")} size="sm" variant="ghost" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={format(m.moveDownNamed, { n })}>
            <span aria-hidden="true">↓</span>
            {m.moveDown}
          </Button>
          <Button size="sm" variant="danger" onClick={onRemove} aria-label={format(m.removeTaskNamed, { n })}>
            {m.removeTask}
          </Button>
        </div>
      </div>
      <div className="grid gap-x-4 gap-y-2 px-4 pt-4 sm:px-5 md:grid-cols-2">
        {problemCount ? (
          <p className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 md:col-span-2">{format(m.taskErrors, { n: problemCount })}</p>
        ) : null}
        <Field id={cid("title")} label={m.taskTitle} required hint={titleSource} error={err("title")} className="md:col-span-2">
          <Textarea rows={2} value={task.title} maxLength={LIMITS.taskTitle} onChange={(e) => set("title", e.target.value)} />
        </Field>
        <Field id={cid("description")} label={m.taskDescription} error={err("description")} className="md:col-span-2">
          <Textarea rows={3} value={task.description} maxLength={LIMITS.taskDescription} onChange={(e) => set("description", e.target.value)} />
        </Field>
        <div className="flex flex-col">
          <label htmlFor={cid("deadline")} className="mb-1 text-sm font-medium text-stone-800">
            {m.deadline}
          </label>
          <p id={`${cid("deadline")}-hint`} className="mb-1.5 text-xs text-stone-600">
            {deadlineHint}
          </p>
          <Input
            id={cid("deadline")}
            value={task.deadlineText}
            maxLength={LIMITS.deadlineText}
            onChange={(e) => set("deadlineText", e.target.value)}
            aria-describedby={`${cid("deadline")}-hint ${cid("deadline")}-resolved ${cid("deadline")}-error`}
            aria-invalid={deadlineErrors.length ? true : undefined}
          />
          <p
            id={`${cid("deadline")}-resolved`}
            className={`mt-1 min-h-5 text-sm ${deadline.bad ? "text-red-700" : deadline.note ? "text-stone-600" : "font-medium text-green-800"}`}
          >
            {deadline.text}
          </p>
          <p id={`${cid("deadline")}-error`} className="min-h-5 text-sm text-red-700">
            {deadlineErrors.find((e) => e !== deadline.text) ?? ""}
          </p>
        </div>
        <Field id={cid("cycle")} label={m.reportingCycle} error={err("reportingCycle")}>
          <Select value={task.reportingCycle} onChange={(e) => set("reportingCycle", e.target.value as ReportingCycle)}>
            {REPORTING_CYCLES.map((c) => (
              <option key={c} value={c}>
                {messages.reportingCycle[c]}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className="min-w-0 md:col-span-2">
          <legend className="mb-1 text-sm font-medium text-stone-800">{m.target}</legend>
          <div className="grid grid-cols-2 gap-x-4 sm:max-w-md">
            <Field id={cid("target-value")} label={m.targetValue} error={err("targetValue")}>
              <Input inputMode="decimal" value={task.targetValue} onChange={(e) => set("targetValue", e.target.value)} />
            </Field>
            <Field id={cid("target-unit")} label={m.targetUnit} error={err("targetUnit")}>
              <Input value={task.targetUnit} maxLength={LIMITS.targetUnit} onChange={(e) => set("targetUnit", e.target.value)} />
            </Field>
          </div>
        </fieldset>
        <div className="mb-4 flex items-start gap-2 md:col-span-2">
          <input
            id={cid("own-plan")}
            type="checkbox"
            checked={task.requiresOwnPlan}
            onChange={(e) => set("requiresOwnPlan", e.target.checked)}
            className="mt-0.5 size-4 shrink-0 accent-brand-600"
          />
          <label htmlFor={cid("own-plan")} className="text-sm text-stone-800">
            {m.requiresOwnPlan}
          </label>
        </div>
        {unitsSource ? <p className="text-xs md:col-span-2">{unitsSource}</p> : null}
        {picker("LEAD")}
        {picker("COORDINATE")}
      </div>
    </fieldset>
  );
}
