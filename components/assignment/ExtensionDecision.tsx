"use client";
// The issuer's office grants or refuses a pending extension request, with an optional note.
import { startTransition, useEffect, useRef, type FormEvent } from "react";
import { decideExtensionAction } from "@/app/(app)/nhiem-vu/actions";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Textarea";
import { messages } from "@/lib/i18n/messages";
import { useDecisionAction } from "./DecisionLog";

export function ExtensionDecision({ extensionId, open }: { extensionId: number; open: boolean }) {
  const m = messages.extension;
  const [state, dispatch, pending] = useDecisionAction(decideExtensionAction);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state) requestAnimationFrame(() => alertRef.current?.focus());
  }, [state]);

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
    startTransition(() => dispatch(data));
  };

  const noteId = `extension-${extensionId}-note`;
  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="mt-3 rounded-md border border-stone-200 bg-stone-50 p-3">
      <input type="hidden" name="extensionId" value={extensionId} />
      {state && !state.ok ? (
        <Alert ref={alertRef} tabIndex={-1} tone="error" className="mb-3">
          {state.message}
        </Alert>
      ) : null}
      <Field id={noteId} label={m.note} error={state && !state.ok ? state.fieldErrors.note : null}>
        <Textarea name="note" rows={2} maxLength={5000} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="grant" value="true" variant="primary" disabled={pending}>
          {m.grant}
        </Button>
        <Button type="submit" name="grant" value="false" variant="danger" disabled={pending}>
          {m.refuse}
        </Button>
        {pending ? (
          <span role="status" className="self-center text-sm text-stone-600">
            {messages.review.working}
          </span>
        ) : null}
      </div>
    </form>
  );
}
