// The work due in the next fourteen days (from today, whatever the period on view): what
// leadership must press for now, one item per task. A task held by one unit opens its assignment;
// one held by many opens the directive's view across the subtree's units (treeHref).
import Link from "@/components/ui/Link";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { EmptyState } from "@/components/ui/EmptyState";
import { addDays, daysBetween, type IsoDate } from "@/lib/domain/calendar";
import { formatDate, formatNumber, relativeDue } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { UpcomingItem } from "@/lib/server/dashboard";

const u = messages.dashboard.upcoming;

function Holders({ item }: { item: UpcomingItem }) {
  if (item.only) return <>{item.only.unitName}</>;
  return (
    <>
      {format(u.units, { n: formatNumber(item.assignments) })}
      {item.lastDueOn !== item.firstDueOn ? `, ${format(u.until, { date: formatDate(item.lastDueOn) })}` : null}
    </>
  );
}

export function UpcomingList({
  items,
  count,
  tasks,
  today,
  treeHref,
}: {
  items: UpcomingItem[];
  count: number;
  tasks: number;
  today: IsoDate;
  treeHref: (directiveId: number) => string;
}) {
  if (count === 0) return <EmptyState title={u.empty} />;
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700">
        {format(u.count, { n: formatNumber(count), from: formatDate(today), to: formatDate(addDays(today, 14)), tasks: formatNumber(tasks) })}
        {items.length < tasks ? ` ${format(u.shown, { shown: formatNumber(items.length) })}` : null}
      </p>
      <ul aria-label={u.list} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {items.map((item) => {
          const days = daysBetween(today, item.firstDueOn);
          return (
            <li key={item.taskId} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-start sm:gap-4 sm:px-5">
              <p className="flex shrink-0 gap-2 text-sm tabular-nums sm:w-28 sm:flex-col sm:gap-0">
                <span className="font-medium text-stone-900">
                  <span className="sr-only">{u.due}: </span>
                  {formatDate(item.firstDueOn)}
                </span>
                <span className={days <= 3 ? "font-medium whitespace-nowrap text-red-700" : "whitespace-nowrap text-stone-600"}>{relativeDue(item.firstDueOn, today)}</span>
              </p>
              <div className="min-w-0">
                <Link href={item.only ? `/nhiem-vu/${item.only.assignmentId}` : treeHref(item.directive.id)} className="font-medium link">
                  {item.taskTitle}
                </Link>
                <p className="text-sm text-stone-600">
                  <Holders item={item} /> · <DirectiveLabel directive={item.directive} />
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
