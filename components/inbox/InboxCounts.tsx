// The five figures at the top of the inbox, each a link that shows exactly the work it counts.
// They count the unit's whole inbox, so each link clears the other filters.
import Link from "next/link";
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
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {ITEMS.map(({ key, status, accent }) => {
          const current = active === status;
          return (
            <li key={key} className={cn(key === "overdue" && "col-span-2 sm:col-span-1")}>
              <Link
                href={`/?tt=${status}`}
                aria-current={current ? "true" : undefined}
                className={cn(
                  "relative block h-full overflow-hidden rounded-lg border bg-white px-4 py-3 pl-5 shadow-xs transition-colors hover:border-stone-400",
                  current ? "border-brand-600 ring-2 ring-brand-600/30" : "border-stone-200",
                )}
              >
                <span className={cn("absolute inset-y-0 left-0 w-1", accent)} aria-hidden="true" />
                <span className="block text-sm font-medium text-stone-600">{m.counts[key]}</span>
                <span className="mt-1 block text-2xl font-semibold tabular-nums tracking-tight text-stone-900 sm:text-3xl">
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
