// The five figures at the top of the inbox, each a link that shows exactly the work it counts.
// They count the unit's whole inbox, so each link clears the other filters.
import Link from "@/components/ui/Link";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import type { InboxFilters } from "@/lib/server/inbox";

export interface InboxCountValues {
  overdue: number;
  dueSoon: number;
  inProgress: number;
  submitted: number;
  completed: number;
}

type Status = NonNullable<InboxFilters["status"]>;

const ITEMS: { key: keyof InboxCountValues; status: Status; accent: string }[] = [
  { key: "overdue", status: "OVERDUE", accent: "bg-status-overdue" },
  { key: "dueSoon", status: "DUE_SOON", accent: "bg-status-late" },
  { key: "inProgress", status: "IN_PROGRESS", accent: "bg-status-progress" },
  { key: "submitted", status: "SUBMITTED", accent: "bg-stone-400" },
  { key: "completed", status: "COMPLETED", accent: "bg-status-ontime" },
];

export function InboxCounts({ counts, active }: { counts: InboxCountValues; active?: Status }) {
  const m = messages.inbox;
  return (
    <nav aria-label={m.countsLabel} className="mb-6">
      {/* On a phone one compact card of five rows (the task list starts on the first screen); wider, five cards. */}
      <ul className="grid grid-cols-1 divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-xs sm:grid-cols-3 sm:gap-3 sm:divide-y-0 sm:overflow-visible sm:rounded-none sm:border-0 sm:bg-transparent sm:shadow-none lg:grid-cols-5">
        {ITEMS.map(({ key, status, accent }) => {
          const current = active === status;
          return (
            <li key={key}>
              <Link
                href={`/?tt=${status}`}
                aria-current={current ? "true" : undefined}
                className={cn(
                  "relative flex h-full items-baseline justify-between gap-3 overflow-hidden px-4 py-2 pl-5 transition-colors hover:bg-stone-50",
                  "sm:block sm:rounded-lg sm:border sm:bg-white sm:py-3 sm:shadow-xs sm:hover:border-stone-400 sm:hover:bg-white",
                  current ? "bg-brand-50 sm:border-brand-600 sm:ring-2 sm:ring-brand-600/30" : "sm:border-stone-200",
                )}
              >
                <span className={cn("absolute inset-y-0 left-0 w-1", accent)} aria-hidden="true" />
                <span className="block text-sm font-medium text-stone-600">{m.counts[key]}</span>
                <span className="block text-lg font-semibold tabular-nums tracking-tight text-stone-900 sm:mt-1 sm:text-3xl">
                  {formatNumber(counts[key])}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
