"use client";
// The form-level alert: the action's message and every field's message, in the order of the
// form, each a link that moves focus to its control (useful on a long form and on a phone).
import type { Ref } from "react";
import { Alert } from "@/components/ui/Alert";
import { format, messages } from "@/lib/i18n/messages";
import type { FieldErrors } from "@/lib/validation/errors";
import { formOrder, locateError } from "./formErrors";
import type { Draft } from "./useDraft";

export function ErrorSummary({ ref, message, fieldErrors, draft }: { ref: Ref<HTMLDivElement>; message: string; fieldErrors: FieldErrors; draft: Draft }) {
  const items = Object.entries(fieldErrors)
    .sort(([a], [b]) => formOrder(a, b))
    .flatMap(([path, list]) => list.map((text) => ({ path, text, ...locateError(path, draft) })));
  return (
    <Alert ref={ref} tabIndex={-1} tone="error" title={message}>
      {items.length ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {items.map((e, i) => (
            <li key={`${e.path}-${i}`}>
              {e.id ? (
                <a
                  href={`#${e.id}`}
                  className="underline underline-offset-2"
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(e.id as string)?.focus();
                  }}
                >
                  {e.label ? format(messages.editor.errorIn, { field: e.label, message: e.text }) : e.text}
                </a>
              ) : (
                e.text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
