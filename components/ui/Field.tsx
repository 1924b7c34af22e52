// A labelled form control with its hint and error.
//
// Convention (every form follows it, see style.md habit 6):
// - the control's id is `id`; Field passes it to its one child element if the child has none;
// - the hint, when present, is `<p id={id + "-hint"}>`, above the control;
// - the error slot `<p id={id + "-error"}>` is ALWAYS rendered, with a fixed minimum height, so
//   the form does not jump when an error appears;
// - Field adds to the child `aria-describedby="<id>-hint <id>-error"` and, when there is an error,
//   `aria-invalid="true"` (our Input/Select/Textarea then draw the red border);
// - on a failed submit the form moves focus to the first invalid control, or to its form-level
//   Alert, so the message is read out; the slots themselves are not live regions.
import { cloneElement, isValidElement, type ReactNode } from "react";
import { cn } from "./cn";

interface ControlA11yProps {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
  "aria-required"?: boolean;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  /** The error to show; an array shows its first message (as zod's flatten() gives them). */
  error?: string | string[] | null;
  hint?: ReactNode;
  /** Marks the label with an asterisk and the control with aria-required. */
  required?: boolean;
  className?: string;
  children: ReactNode;
}

export function Field({ id, label, error, hint, required, className, children }: FieldProps) {
  const message = Array.isArray(error) ? error[0] : error;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;

  let control = children;
  if (isValidElement<ControlA11yProps>(children)) {
    const own = children.props;
    control = cloneElement(children, {
      id: own.id ?? id,
      "aria-describedby": [own["aria-describedby"], hintId, errorId].filter(Boolean).join(" "),
      "aria-invalid": message ? true : own["aria-invalid"],
      "aria-required": required || own["aria-required"] || undefined,
    });
  }

  return (
    <div className={cn("flex flex-col", className)}>
      <label htmlFor={id} className="mb-1 text-sm font-medium text-stone-800">
        {label}
        {required ? (
          <span className="ml-0.5 text-brand-700" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="mb-1.5 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {control}
      <p id={errorId} className="mt-1 min-h-5 text-sm text-red-700">
        {message ?? ""}
      </p>
    </div>
  );
}
