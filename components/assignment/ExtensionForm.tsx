"use client";
// The unit asks the issuing office for a later due date, with its reason.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { requestExtensionAction } from "@/app/(app)/nhiem-vu/actions";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Textarea } from "@/components/ui/Textarea";
import { formatViDate, isIsoDate, parseViDate } from "@/lib/domain/calendar";
import { format, messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/action-result";
import type { FieldErrors } from "@/lib/validation/errors";

type Result = ActionResult<{ id: number }>;

/** `open` is false once a request is pending: the form then keeps only its confirmation on screen. */
export function ExtensionForm({ assignmentId, dueOn, open }: { assignmentId: number; dueOn: string; open: boolean }) {
  const m = messages.extension;
  const [errors, setErrors] = useState<FieldErrors>({});
  const alertRef = useRef<HTMLDivElement>(null);
  const [state, dispatch, pending] = useActionState(async (previous: Result | null, data: FormData): Promise<Result> => {
    try {
      return await requestExtensionAction(previous, data);
    } catch {
      return { ok: false, message: messages.validation.unexpected, fieldErrors: {} };
    }
  }, null);

  useEffect(() => {
    if (!state) return;
    if (!state.ok) setErrors(state.fieldErrors);
    const first = !state.ok && (state.fieldErrors.requestedDueOn ? "extension-due" : state.fieldErrors.reason ? "extension-reason" : null);
    requestAnimationFrame(() => (first ? document.getElementById(first) : alertRef.current)?.focus());
  }, [state]);

  if (!open && !state?.ok) return null;
  if (!open && state?.ok) {
    return (
      <Alert ref={alertRef} tabIndex={-1} tone="success">
        {state.message}
      </Alert>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const typed = String(data.get("requestedDueOn") ?? "").trim();
    const iso = isIsoDate(typed) ? typed : parseViDate(typed);
    const found: FieldErrors = {};
    if (!iso) found.requestedDueOn = [messages.validation.badDate];
    else if (iso <= dueOn) found.requestedDueOn = [format(messages.workErrors.extensionDate, { due: formatViDate(dueOn) })];
    if (!String(data.get("reason") ?? "").trim()) found.reason = [messages.validation.required];
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(found.requestedDueOn ? "extension-due" : "extension-reason")?.focus();
      return;
    }
    startTransition(() => dispatch(data));
  };

  const clear = (key: string) => setErrors((e) => (e[key] ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)) : e));
  const formError = state && !state.ok && !state.fieldErrors.requestedDueOn && !state.fieldErrors.reason ? state.message : null;
  return (
    <Card aria-labelledby="extension-form-heading">
      <CardHeader>
        <CardTitle id="extension-form-heading">{m.request}</CardTitle>
      </CardHeader>
      <CardBody>
        <form onSubmit={submit} noValidate aria-busy={pending} aria-labelledby="extension-form-heading">
          <input type="hidden" name="assignmentId" value={assignmentId} />
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
          <Field id="extension-due" label={m.requestedDue} hint={format(m.requestedDueHint, { due: formatViDate(dueOn) })} required error={errors.requestedDueOn}>
            <Input name="requestedDueOn" placeholder="dd/mm/yyyy" autoComplete="off" className="sm:max-w-48" onChange={() => clear("requestedDueOn")} />
          </Field>
          <Field id="extension-reason" label={m.reason} required error={errors.reason}>
            <Textarea name="reason" rows={3} maxLength={5000} onChange={() => clear("reason")} />
          </Field>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? m.sending : m.submit}
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
