// The progress of a set of assignments as one bar: on time, late, in progress, overdue, in that
// order, with the counts written next to it (the bar itself is decoration).
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import type { Figures } from "@/lib/server/dashboard";
import { STATUS_FILL, STATUS_ORDER, StatusSwatch, type ShownStatus } from "./status";

const countOf = (f: Figures, s: ShownStatus) =>
  s === "COMPLETED_ON_TIME" ? f.completedOnTime : s === "COMPLETED_LATE" ? f.completedLate : s === "IN_PROGRESS" ? f.inProgress : f.overdue;

export function StackedBar({ figures, className }: { figures: Figures; className?: string }) {
  const total = figures.total;
  return (
    <div aria-hidden="true" className={cn("flex h-3 w-full gap-px overflow-hidden rounded-full bg-stone-200 ring-1 ring-inset ring-stone-300", className)}>
      {total > 0
        ? STATUS_ORDER.map((s) => {
            const n = countOf(figures, s);
            return n > 0 ? <span key={s} className="h-full" style={{ ...STATUS_FILL[s], width: `${(n / total) * 100}%` }} /> : null;
          })
        : null}
    </div>
  );
}

/** The counts behind a StackedBar, in words: "12 Hoàn thành đúng hạn · 3 Quá hạn …". */
export function StatusCounts({ figures, className }: { figures: Figures; className?: string }) {
  return (
    <ul className={cn("flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700", className)}>
      {STATUS_ORDER.map((s) => {
        const n = countOf(figures, s);
        return (
          <li key={s} className={cn("inline-flex items-center gap-1.5", s === "OVERDUE" && n > 0 && "font-semibold text-red-700")}>
            <StatusSwatch status={s} />
            <span>
              <span className="tabular-nums">{formatNumber(n)}</span> {messages.assignmentStatus[s].toLowerCase()}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The four statuses' fills and names, once per page. */
export function StatusLegend({ className }: { className?: string }) {
  return (
    <ul aria-label={messages.dashboard.statusLegend} className={cn("flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700", className)}>
      {STATUS_ORDER.map((s) => (
        <li key={s} className="inline-flex items-center gap-1.5">
          <StatusSwatch status={s} />
          {messages.assignmentStatus[s]}
        </li>
      ))}
    </ul>
  );
}
