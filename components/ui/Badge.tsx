// Small labels. Text shades (800 on 50) keep contrast well above 4.5:1; the tone is decoration,
// the words carry the meaning.
import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "green" | "amber" | "red" | "blue" | "gray";

/** `badge badge-TONE` (app/globals.css): lists repeat badges by the hundred, so their classes are short. */
export function Badge({ tone = "neutral", className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return <span className={cn("badge", `badge-${tone}`, className)}>{children}</span>;
}
