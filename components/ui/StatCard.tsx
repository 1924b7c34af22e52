// One dashboard figure: a label, a large number and an optional hint. The tone only colours the
// accent bar; the label says what the figure means.
import type { ReactNode } from "react";
import { cn } from "./cn";

export type StatTone = "neutral" | "green" | "amber" | "red" | "blue";

const accents: Record<StatTone, string> = {
  neutral: "bg-stone-300",
  green: "bg-status-ontime",
  amber: "bg-status-late",
  red: "bg-status-overdue",
  blue: "bg-status-progress",
};

export interface StatCardProps {
  label: ReactNode;
  value: ReactNode;
  hint?: ReactNode;
  tone?: StatTone;
  className?: string;
}

export function StatCard({ label, value, hint, tone = "neutral", className }: StatCardProps) {
  return (
    <div className={cn("relative overflow-hidden rounded-lg border border-stone-200 bg-white px-4 py-3 pl-5 shadow-xs", className)}>
      <span className={cn("absolute inset-y-0 left-0 w-1", accents[tone])} aria-hidden="true" />
      <p className="text-sm font-medium text-stone-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums tracking-tight text-stone-900">{value}</p>
      {hint ? <p className="mt-1 text-xs text-stone-600">{hint}</p> : null}
    </div>
  );
}
