"use client";
// "Accept the chosen": the office ticks reports in the queue (each item's box belongs to this form
// through the form attribute, so the boxes sit in their items) and accepts them in one step — all
// or none, on the server. Returning a report needs its own reason, so it stays on each item.
import { startTransition, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { acceptReportsAction } from "@/app/(app)/nhiem-vu/actions";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { format, messages } from "@/lib/i18n/messages";
import { useDecisionAction } from "./DecisionLog";
import { BATCH_FORM_ID } from "./queue-params";

function boxes(form: HTMLFormElement | null): HTMLInputElement[] {
  if (!form) return [];
  return [...form.elements].filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === "checkbox" && e.name === "reportId");
}

/** The bar above the queue: choose all on the page, how many are chosen, and the one button. */
export function BatchAccept({ reportIds }: { reportIds: number[] }) {
  const m = messages.review;
  const formRef = useRef<HTMLFormElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState(0);
  const [state, dispatch, pending] = useDecisionAction(acceptReportsAction, m.accepted);
  const shownKey = reportIds.join(",");

  const recount = useCallback(() => {
    const all = boxes(formRef.current);
    const n = all.filter((b) => b.checked).length;
    setChosen(n);
    if (allRef.current) {
      allRef.current.checked = all.length > 0 && n === all.length;
      allRef.current.indeterminate = n > 0 && n < all.length;
    }
  }, []);

  // A box changes in an item (outside this component), or the queue is refreshed after a decision.
  useEffect(() => {
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.form === formRef.current) recount();
    };
    document.addEventListener("change", onChange);
    recount();
    return () => document.removeEventListener("change", onChange);
  }, [recount, shownKey]);

  useEffect(() => {
    if (state && !state.ok) requestAnimationFrame(() => alertRef.current?.focus());
  }, [state]);

  const chooseAll = (checked: boolean) => {
    for (const box of boxes(formRef.current)) box.checked = checked;
    recount();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(() => dispatch(new FormData(event.currentTarget)));
  };

  const error = state && !state.ok ? (state.fieldErrors.reportId?.[0] ?? state.message) : null;
  return (
    <form id={BATCH_FORM_ID} ref={formRef} onSubmit={submit} noValidate aria-busy={pending} className="border-b border-stone-200 bg-stone-50 px-4 py-3 sm:px-5">
      {error ? (
        <Alert ref={alertRef} tabIndex={-1} tone="error" className="mb-3">
          {error}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-2 text-sm font-medium text-stone-800">
          <input ref={allRef} type="checkbox" className="size-4 shrink-0 accent-brand-600" onChange={(e) => chooseAll(e.target.checked)} />
          {m.chooseAll}
        </label>
        <Button type="submit" variant="primary" size="sm" disabled={pending || chosen === 0}>
          {chosen > 0 ? format(m.acceptChosen, { n: chosen }) : m.acceptChosenNone}
        </Button>
        {pending ? (
          <span role="status" className="text-sm text-stone-600">
            {m.working}
          </span>
        ) : null}
      </div>
      <p className="mt-1 text-xs text-stone-600">{m.acceptChosenHint}</p>
    </form>
  );
}
