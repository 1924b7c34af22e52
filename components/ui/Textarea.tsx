import type { ComponentProps } from "react";
import { controlClasses, isInvalid } from "./Input";

export type TextareaProps = ComponentProps<"textarea"> & { invalid?: boolean };

export function Textarea({ invalid, className, rows = 4, ...props }: TextareaProps) {
  const bad = isInvalid(invalid, props["aria-invalid"]);
  return <textarea rows={rows} {...props} aria-invalid={bad || undefined} className={controlClasses(bad, "py-2 leading-relaxed", className)} />;
}
