// Small labels. Text shades (800 on 50) keep contrast well above 4.5:1; the tone is decoration,
// the words carry the meaning.
import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "green" | "amber" | "red" | "blue" | "gray";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-white text-stone-700 ring-stone-300",
  green: "bg-green-50 text-green-800 ring-green-600/30",
  amber: "bg-amber-50 text-amber-900 ring-amber-600/30",
  red: "bg-red-50 text-red-800 ring-red-600/30",
  blue: "bg-blue-50 text-blue-800 ring-blue-600/30",
  gray: "bg-stone-100 text-stone-700 ring-stone-400/40",
};

export function Badge({ tone = "neutral", className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
