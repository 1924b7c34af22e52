"use client";
// The issuer's office decides on one report: accept, or return it with the reason the unit must act on.
import { startTransition, useEffect, useRef, useState, type FormEvent } from "react";
import { reviewReportAction } from "@/app/(app)/nhiem-vu/actions";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Textarea";
import { messages } from "@/lib/i18n/messages";
import { useDecisionAction } from "./DecisionLog";

export function ReviewForm({ reportId, open }: { reportId: number; open: boolean }) {
  const m = messages.review;
  const [state, dispatch, pending] = useDecisionAction(reviewReportAction, m.accepted);
  const [noteError, setNoteError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const noteId = `review-${reportId}-note`;

  useEffect(() => {
    if (!state) return;
    if (!state.ok && state.fieldErrors.note) document.getElementById(noteId)?.focus();
    else requestAnimationFrame(() => alertRef.current?.focus());
  }, [state, noteId]);

  if (!open && !state) return null;
  if (state?.ok) {
    return (
      <Alert ref={alertRef} tabIndex={-1} tone="success" className="mt-3">
        {state.message}
      </Alert>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    if (data.get("decision") === "RETURN" && !String(data.get("note") ?? "").trim()) {
      setNoteError(messages.workErrors.returnReason);
      document.getElementById(noteId)?.focus();
      return;
    }
    setNoteError(null);
    startTransition(() => dispatch(data));
  };

  const serverNote = state && !state.ok ? state.fieldErrors.note?.[0] : undefined;
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="mt-3 rounded-md border border-stone-200 bg-stone-50 p-3">
      <input type="hidden" name="reportId" value={reportId} />
      {state && !state.ok && !serverNote ? (
        <Alert ref={alertRef} tabIndex={-1} tone="error" className="mb-3">
          {state.message}
        </Alert>
      ) : null}
      <Field id={noteId} label={m.note} hint={m.noteHint} error={noteError ?? serverNote}>
        <Textarea name="note" rows={2} maxLength={5000} onChange={() => setNoteError(null)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="ACCEPT" variant="primary" disabled={pending}>
          {m.accept}
        </Button>
        <Button type="submit" name="decision" value="RETURN" variant="danger" disabled={pending}>
          {m.return}
        </Button>
        {pending ? (
          <span role="status" className="self-center text-sm text-stone-600">
            {m.working}
          </span>
        ) : null}
      </div>
    </form>
  );
}
