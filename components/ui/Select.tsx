import type { ComponentProps } from "react";
import { controlClasses, isInvalid } from "./Input";

export type SelectProps = ComponentProps<"select"> & { invalid?: boolean };

/** A native select: the platform's own picker is the fastest and most familiar on a phone. */
export function Select({ invalid, className, ...props }: SelectProps) {
  const bad = isInvalid(invalid, props["aria-invalid"]);
  return <select {...props} aria-invalid={bad || undefined} className={controlClasses(bad, "h-10 pr-8", className)} />;
}
