"use client";
// One form for every administrative write: sends its fields to a server action, shows the answer
// (a success line — a temporary password included — or the form's error), puts each field's error
// in its slot, and refreshes the page's data after a success. Fields are <ActionField>s.
import { useRouter } from "next/navigation";
import { createContext, startTransition, useActionState, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button, type ButtonVariant } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/action-result";
import type { FieldErrors } from "@/lib/validation/errors";

type Result = ActionResult<unknown>;
const Errors = createContext<{ id: string; errors: FieldErrors }>({ id: "form", errors: {} });

export interface ActionFormProps {
  /** Unique on the page: the fields' ids start with it. */
  id: string;
  action: (previous: Result | null, data: FormData) => Promise<Result>;
  /** Names the form for assistive technology (and the tests). */
  label: string;
  submitLabel: string;
  variant?: ButtonVariant;
  /** Hidden values sent with the fields (the id of what is changed). */
  hidden?: Record<string, string | number>;
  /** Empty the fields after a success (a create form), rather than keeping them (an edit form). */
  resetOnSuccess?: boolean;
  /** Nothing left to send (the page says why): the button stays, greyed, and so does the last answer. */
  disabled?: boolean;
  /** A write that cannot be taken back in one click (locking an account, replacing its password): the
   *  button waits for this sentence to be ticked. A guard against a slip, not a permission: the
   *  action checks who may do it whatever the form sends. */
  confirm?: string;
  children?: ReactNode;
}

export function ActionForm({ id, action, label, submitLabel, variant = "primary", hidden, resetOnSuccess, disabled, confirm, children }: ActionFormProps) {
  const router = useRouter();
  const [confirmed, setConfirmed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [state, dispatch, pending] = useActionState(async (previous: Result | null, data: FormData): Promise<Result> => {
    try {
      return await action(previous, data);
    } catch {
      return { ok: false, message: messages.validation.unexpected, fieldErrors: {} };
    }
  }, null);

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      if (resetOnSuccess) formRef.current?.reset();
      setConfirmed(false);
      router.refresh();
    }
    const firstInvalid = !state.ok ? Object.keys(state.fieldErrors)[0] : undefined;
    const target = firstInvalid ? formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(firstInvalid)}"]`) : null;
    requestAnimationFrame(() => (target ?? alertRef.current)?.focus());
  }, [state, resetOnSuccess, router]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={label} aria-busy={pending} className="flex flex-col gap-1">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state ? (
        <Alert ref={alertRef} tabIndex={-1} tone={state.ok ? "success" : "error"} className="mb-3 break-words">
          {state.message}
        </Alert>
      ) : null}
      <Errors.Provider value={{ id, errors: state && !state.ok ? state.fieldErrors : {} }}>{children}</Errors.Provider>
      {confirm ? (
        <label className="mb-2 flex items-start gap-2 text-sm text-stone-800">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} className="mt-0.5 size-4 shrink-0 accent-brand-600" />
          <span>{confirm}</span>
        </label>
      ) : null}
      <div>
        <Button type="submit" variant={variant} disabled={pending || disabled || (Boolean(confirm) && !confirmed)}>
          {pending ? messages.admin.saving : submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** A labelled control of an ActionForm, showing the error the server gave for `name`. */
export function ActionField({ name, label, hint, required, children }: { name: string; label: string; hint?: string; required?: boolean; children: ReactNode }) {
  const { id, errors } = useContext(Errors);
  return (
    <Field id={`${id}-${name}`} label={label} hint={hint} required={required} error={errors[name]}>
      {children}
    </Field>
  );
}
