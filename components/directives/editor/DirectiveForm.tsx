"use client";
// Entering or editing a directive: its fields, its links, its tasks and their units, sent as one
// JSON `payload` (plus the signed file) to saveDirectiveAction. The browser runs the same checks
// as the server for instant feedback, but every submission goes to the server, which decides.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { unstable_rethrow } from "next/navigation";
import { saveDirectiveAction } from "@/app/(app)/van-ban/actions";
import { Alert } from "@/components/ui/Alert";
import { Button, ButtonLink } from "@/components/ui/Button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/action-result";
import { validateDirectiveInput } from "@/lib/validation/directive";
import { addFieldError, type FieldErrors } from "@/lib/validation/errors";
import { DirectivePicker, type ChosenDirective } from "./DirectivePicker";
import { DocumentFields } from "./DocumentFields";
import { TaskEditor } from "./TaskEditor";
import { ErrorSummary } from "./ErrorSummary";
import { issuedIsoOf, laterChecks, mergeErrors } from "./formErrors";
import { autoSymbol, taskControlId, toPayload, useDraft, type InitialInput, type IssuerView, type UnitLabel } from "./useDraft";

const m = messages.editor;

export interface DirectiveFormProps {
  issuer: IssuerView;
  initial: InitialInput;
  labels: { parent: ChosenDirective | null; references: ChosenDirective[]; units: Record<number, UnitLabel> };
  fileName: string | null;
  /** Today in Vietnam as the server sees it: deadlines without an issue date resolve against it. */
  today: string;
  maxFileMb: number;
  status: "DRAFT" | "ISSUED" | null;
  cancelHref: string;
}

type Shown = { message: string; fieldErrors: FieldErrors };
type SaveResult = ActionResult<{ id: number }>;

/** Focus goes to an element once React has put it on the page. */
function focusSoon(id: string, fallback?: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else if (fallback) document.getElementById(fallback)?.focus();
  });
}

export function DirectiveForm({ issuer, initial, labels, fileName, today, maxFileMb, status, cancelHref }: DirectiveFormProps) {
  const api = useDraft(initial);
  const { draft, setField } = api;
  const [units, setUnits] = useState(labels.units);
  const [known, setKnown] = useState<Record<number, ChosenDirective>>(() =>
    Object.fromEntries([...(labels.parent ? [labels.parent] : []), ...labels.references].map((d) => [d.id, d])),
  );
  const [state, formAction, pending] = useActionState(async (previous: SaveResult | null, data: FormData): Promise<SaveResult | null> => {
    try {
      return await saveDirectiveAction(previous, data);
    } catch (error) {
      // The redirect after a successful save travels as an error; anything else (the request
      // refused before the action ran, the network) must not replace the form with an error page.
      unstable_rethrow(error);
      const upload = data.get("file");
      const withFile = upload instanceof File && upload.size > 0;
      return { ok: false, message: withFile ? m.sendFailed : messages.validation.unexpected, fieldErrors: {} };
    }
  }, null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const submittedChecks = useRef<FieldErrors>({});

  // Each answer of the server replaces what the browser found, except the checks the server
  // makes only once everything else is right: those are kept, so every problem shows at once.
  useEffect(() => {
    if (state && !state.ok) {
      const extra = state.message === m.formError ? submittedChecks.current : {};
      setShown({ message: state.message, fieldErrors: mergeErrors(state.fieldErrors, extra) });
      requestAnimationFrame(() => alertRef.current?.focus());
    }
  }, [state]);

  const errors: FieldErrors = { ...(shown?.fieldErrors ?? {}) };
  if (fileProblem && !errors.file) errors.file = [fileProblem];

  /** An edited field loses its message; the next submission says whether it is right now. */
  const edited = (path: string) =>
    setShown((s) => {
      if (!s || !Object.keys(s.fieldErrors).some((p) => p === path || p.startsWith(`${path}.`))) return s;
      const fieldErrors = Object.fromEntries(Object.entries(s.fieldErrors).filter(([p]) => p !== path && !p.startsWith(`${path}.`)));
      return { ...s, fieldErrors };
    });
  const set: typeof setField = (field, value) => {
    setField(field, value);
    edited(field);
    // The symbol is checked against the type and formed from the number: their messages go together.
    if (field === "symbolMode" || field === "type" || field === "number" || field === "symbol") ["number", "symbol", "type"].forEach(edited);
  };
  // Task errors are keyed by position: moving or removing tasks makes them stale.
  const dropTaskErrors = () =>
    setShown((s) => (s ? { ...s, fieldErrors: Object.fromEntries(Object.entries(s.fieldErrors).filter(([p]) => !p.startsWith("tasks"))) } : s));

  const payload = toPayload(draft);
  const issuedIso = issuedIsoOf(draft.issuedOn);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    // Dispatched by hand so React does not reset the form (and the chosen file) after the action.
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const checked = validateDirectiveInput(payload, today);
    submittedChecks.current = laterChecks(draft, today);
    const found = mergeErrors(checked.ok ? {} : checked.fieldErrors, submittedChecks.current);
    const formed = draft.symbolMode === "AUTO" ? autoSymbol(draft, issuer) : null;
    if (formed?.error && !found.number) addFieldError(found, "number", formed.error);
    if (fileProblem) addFieldError(found, "file", fileProblem);
    if (Object.keys(found).length) {
      setShown({ message: m.formError, fieldErrors: found });
      requestAnimationFrame(() => alertRef.current?.focus());
    } else {
      setShown(null);
    }
    startTransition(() => formAction(data));
  };

  // Enter in a one-line field would submit the whole long form: only the buttons submit it.
  const keepEnter = (e: KeyboardEvent<HTMLFormElement>) => {
    const t = e.target as HTMLInputElement;
    if (e.key === "Enter" && t.tagName === "INPUT" && !["submit", "button", "checkbox", "radio", "file"].includes(t.type)) e.preventDefault();
  };

  return (
    <form action={formAction} onSubmit={submit} onKeyDown={keepEnter} noValidate aria-busy={pending} className="space-y-6">
      <input type="hidden" name="payload" value={JSON.stringify(payload)} />
      {shown ? <ErrorSummary ref={alertRef} message={shown.message} fieldErrors={shown.fieldErrors} draft={draft} /> : null}
      {status === "ISSUED" ? <Alert tone="info">{m.reissueNotice}</Alert> : null}

      <Card>
        <CardHeader>
          <CardTitle>{m.sectionDocument}</CardTitle>
        </CardHeader>
        <CardBody>
          <DocumentFields
            draft={draft}
            issuer={issuer}
            errors={errors}
            fileName={fileName}
            maxFileMb={maxFileMb}
            set={set}
            onFileChecked={(problem) => {
              setFileProblem(problem);
              edited("file");
            }}
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{m.sectionLinks}</CardTitle>
        </CardHeader>
        <CardBody className="grid gap-x-4 md:grid-cols-2">
          <DirectivePicker
            id="directive-parent"
            label={m.parent}
            hint={m.parentHint}
            chosen={draft.parentId ? [draft.parentId] : []}
            known={known}
            excludeId={draft.id}
            errors={errors.parentId}
            onChoose={(d) => {
              setKnown((k) => ({ ...k, [d.id]: d }));
              set("parentId", d.id);
            }}
            onRemove={() => set("parentId", null)}
          />
          <DirectivePicker
            id="directive-references"
            label={m.references}
            hint={m.parentHint}
            chosen={draft.referenceIds}
            known={known}
            excludeId={draft.id}
            errors={Object.entries(errors).flatMap(([p, list]) => (p === "referenceIds" || p.startsWith("referenceIds.") ? list : []))}
            onChoose={(d) => {
              setKnown((k) => ({ ...k, [d.id]: d }));
              set("referenceIds", [...draft.referenceIds, d.id]);
            }}
            onRemove={(id) => set("referenceIds", draft.referenceIds.filter((r) => r !== id))}
          />
        </CardBody>
      </Card>

      <section aria-labelledby="tasks-heading" className="space-y-4">
        <h2 id="tasks-heading" tabIndex={-1} className="text-lg font-semibold text-stone-900 focus:outline-none">
          {m.sectionTasks}
        </h2>
        {errors.tasks ? <p className="text-sm text-red-700">{errors.tasks[0]}</p> : null}
        {draft.tasks.length === 0 ? <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">{m.noTasks}</p> : null}
        {draft.tasks.map((task, index) => (
          <TaskEditor
            key={task.key}
            task={task}
            index={index}
            count={draft.tasks.length}
            issuedIso={issuedIso}
            today={today}
            units={units}
            errors={errors}
            api={api}
            onEdited={edited}
            onUnitKnown={(u) => setUnits((all) => (all[u.id] ? all : { ...all, [u.id]: { name: u.name, kind: u.kind } }))}
            onMove={(by) => {
              api.moveTask(task.key, by);
              dropTaskErrors();
              focusSoon(taskControlId(task, by < 0 ? "up" : "down"), taskControlId(task, "heading"));
            }}
            onRemove={() => {
              const neighbour = draft.tasks[index + 1] ?? draft.tasks[index - 1];
              api.removeTask(task.key);
              dropTaskErrors();
              focusSoon(neighbour ? taskControlId(neighbour, "heading") : "add-task");
            }}
          />
        ))}
        <Button id="add-task" onClick={() => focusSoon(`task-${api.addTask()}-title`)}>
          <span aria-hidden="true">+</span>
          {m.addTask}
        </Button>
      </section>

      <div className="flex flex-col-reverse gap-2 border-t border-stone-200 pt-4 sm:flex-row sm:items-center sm:justify-end">
        <ButtonLink href={cancelHref} variant="ghost">
          {m.cancel}
        </ButtonLink>
        <Button type="submit" disabled={pending}>
          {pending ? m.saving : m.save}
        </Button>
        <Button type="submit" name="next" value="issue" variant="primary" disabled={pending}>
          {m.saveAndPreview}
        </Button>
      </div>
    </form>
  );
}
