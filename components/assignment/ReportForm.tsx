"use client";
// The unit's report: what was done, the percentage, the measured result against the target,
// the period (ongoing work), evidence, and optionally the request to recognise the task as
// completed. "Sửa báo cáo" loads the latest report still awaiting review to correct it.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { submitReportAction } from "@/app/(app)/nhiem-vu/actions";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { Field } from "@/components/ui/Field";
import { clearFileInput } from "@/components/ui/FileInput";
import { Input } from "@/components/ui/Input";
import { Textarea } from "@/components/ui/Textarea";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/action-result";
import type { FieldErrors } from "@/lib/validation/errors";
import { EvidenceField, evidenceProblem, type EvidenceLimits } from "./EvidenceField";
import { PeriodField, type PeriodOption } from "./PeriodField";
import { checkReport, FIELD_IDS as IDS, FIELD_ORDER as ORDER, type ReportValues } from "./reportChecks";
import { coverageText, typedNumber } from "./text";

type Result = ActionResult<{ reportId: number }>;

export interface EditableReport extends ReportValues {
  id: number;
  version: number;
  at: string;
}

export interface ReportFormProps {
  assignmentId: number;
  target: { value: number; unit: string } | null;
  periods: PeriodOption[];
  editable: EditableReport | null;
  currentPercent: number;
  limits: EvidenceLimits;
}

export function ReportForm({ assignmentId, target, periods, editable, currentPercent, limits }: ReportFormProps) {
  const m = messages.report;
  const blank = (): ReportValues => ({
    content: "",
    progressPercent: String(currentPercent),
    achievedValue: "",
    denominator: "",
    periodKey: periods.find((p) => p.state === "OVERDUE")?.periodKey ?? periods[0]?.periodKey ?? "",
    links: "",
    requestsCompletion: false,
  });
  const [values, setValues] = useState<ReportValues>(blank);
  const [editing, setEditing] = useState<EditableReport | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [state, dispatch, pending] = useActionState(async (previous: Result | null, data: FormData): Promise<Result> => {
    try {
      return await submitReportAction(previous, data);
    } catch {
      return { ok: false, message: m.sendFailed, fieldErrors: {} };
    }
  }, null);

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      setValues(blank());
      setEditing(null);
      setFileProblem(null);
      clearFileInput(fileRef.current);
      requestAnimationFrame(() => alertRef.current?.focus());
    } else {
      setErrors(state.fieldErrors);
      const first = ORDER.find((k) => state.fieldErrors[k]);
      requestAnimationFrame(() => (first ? document.getElementById(IDS[first]) : alertRef.current)?.focus());
    }
    // blank() reads the latest props; the effect answers only a new result.
  }, [state]);

  const set = <K extends keyof ReportValues>(key: K, value: ReportValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => (e[key] ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)) : e));
  };

  const startEdit = () => {
    if (!editable) return;
    setEditing(editable);
    setValues({ ...editable, links: "" });
    setErrors({});
    requestAnimationFrame(() => document.getElementById("report-content")?.focus());
  };
  const stopEdit = () => {
    setEditing(null);
    setValues(blank());
    setErrors({});
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const found = checkReport(values, Boolean(target));
    if (fileProblem) found.evidence = [fileProblem];
    if (Object.keys(found).length) {
      setErrors(found);
      const first = ORDER.find((k) => found[k]);
      if (first) document.getElementById(IDS[first])?.focus();
      return;
    }
    setErrors({});
    startTransition(() => dispatch(data));
  };

  const coverage = target ? coverageText(typedNumber(values.achievedValue), typedNumber(values.denominator)) : null;
  const formError = state && !state.ok && !ORDER.some((k) => state.fieldErrors[k]) ? state.message : null;
  return (
    <Card aria-labelledby="report-form-heading">
      <CardHeader>
        <CardTitle id="report-form-heading">{editing ? m.edit : m.title}</CardTitle>
        {editable && !editing ? (
          <Button size="sm" onClick={startEdit}>
            {m.edit}
          </Button>
        ) : null}
      </CardHeader>
      <CardBody>
        <form onSubmit={submit} noValidate aria-busy={pending} aria-labelledby="report-form-heading">
          <input type="hidden" name="assignmentId" value={assignmentId} />
          {editing ? (
            <>
              <input type="hidden" name="reportId" value={editing.id} />
              <input type="hidden" name="version" value={editing.version} />
              <Alert tone="info" className="mb-4">
                {format(m.editing, { at: editing.at })}
              </Alert>
            </>
          ) : null}
          {state?.ok ? (
            <Alert ref={alertRef} tabIndex={-1} tone="success" className="mb-4">
              {state.message}
            </Alert>
          ) : null}
          {formError ? (
            <Alert ref={alertRef} tabIndex={-1} tone="error" className="mb-4">
              {formError}
            </Alert>
          ) : null}
          <Field id="report-content" label={m.content} required error={errors.content}>
            <Textarea name="content" rows={5} maxLength={20000} value={values.content} onChange={(e) => set("content", e.target.value)} />
          </Field>
          <div className="grid gap-x-4 sm:grid-cols-3">
            <Field id="report-percent" label={m.percent} required error={errors.progressPercent}>
              <Input name="progressPercent" type="number" inputMode="numeric" min={0} max={100} step={1} value={values.progressPercent} onChange={(e) => set("progressPercent", e.target.value)} />
            </Field>
            {target ? (
              <>
                <Field id="report-achieved" label={m.achieved} error={errors.achievedValue}>
                  <Input name="achievedValue" inputMode="decimal" value={values.achievedValue} onChange={(e) => set("achievedValue", e.target.value)} />
                </Field>
                <Field id="report-denominator" label={m.denominator} error={errors.denominator}>
                  <Input name="denominator" inputMode="decimal" value={values.denominator} onChange={(e) => set("denominator", e.target.value)} />
                </Field>
              </>
            ) : null}
          </div>
          {target ? (
            <div className="-mt-2 mb-4 text-sm text-stone-700">
              <p>{format(m.targetHint, { value: formatNumber(target.value), unit: target.unit })}</p>
              <output htmlFor="report-achieved report-denominator" aria-live="polite" className="mt-1 block font-medium text-stone-900">
                {coverage ? format(m.coverage, { percent: coverage }) : null}
              </output>
            </div>
          ) : null}
          {periods.length ? <PeriodField periods={periods} extra={editing?.periodKey ?? null} value={values.periodKey} error={errors.periodKey} onChange={(v) => set("periodKey", v)} /> : null}
          <EvidenceField
            inputRef={fileRef}
            limits={limits}
            error={errors.evidence ?? fileProblem}
            onChosen={(files) => {
              setFileProblem(evidenceProblem(files, limits));
              setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== "evidence")));
            }}
          />
          <Field id="report-links" label={m.evidenceLinks} error={errors.links}>
            <Textarea name="links" rows={2} value={values.links} onChange={(e) => set("links", e.target.value)} placeholder="https://" />
          </Field>
          <div className="mb-4 flex items-start gap-2">
            <input
              id="report-completion"
              type="checkbox"
              name="requestsCompletion"
              checked={values.requestsCompletion}
              onChange={(e) => set("requestsCompletion", e.target.checked)}
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
            />
            <label htmlFor="report-completion" className="text-sm font-medium text-stone-800">
              {m.requestsCompletion}
            </label>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? (editing ? m.saving : m.submitting) : editing ? m.save : m.submit}
            </Button>
            {editing ? (
              <Button onClick={stopEdit} disabled={pending}>
                {m.cancelEdit}
              </Button>
            ) : null}
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
