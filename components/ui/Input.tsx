// Text inputs, and the look Select and Textarea share with them.
import type { ComponentProps } from "react";
import type { ClassValue } from "clsx";
import { cn } from "./cn";

/** The classes of a form control. 16 px text on phones stops iOS from zooming into a focused
 *  field; 14 px from `sm` up keeps forms dense on a desk. */
export function controlClasses(invalid: boolean, ...extra: ClassValue[]) {
  return cn(
    "block w-full rounded-md border bg-white px-3 text-base text-stone-900 shadow-xs sm:text-sm",
    "placeholder:text-stone-500 disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-stone-500",
    invalid ? "border-red-600" : "border-stone-300 hover:border-stone-400",
    ...extra,
  );
}

/** True when the control was marked invalid, by its own `invalid` prop or by a Field. */
export function isInvalid(invalid: boolean | undefined, ariaInvalid: unknown): boolean {
  return Boolean(invalid) || ariaInvalid === true || ariaInvalid === "true";
}

export type InputProps = ComponentProps<"input"> & { invalid?: boolean };

/** A text-like input. `invalid` (or aria-invalid from a Field) draws the error border. */
export function Input({ invalid, className, ...props }: InputProps) {
  const bad = isInvalid(invalid, props["aria-invalid"]);
  return <input {...props} aria-invalid={bad || undefined} className={controlClasses(bad, "h-10", className)} />;
}
