// The units holding the most overdue work of an organisation's own directives: whom its office
// presses first. Each line counts that unit's overdue assignments over all it was given in the period,
// and opens onto the earliest of them (each a link where the person may open it).
import { AssignmentLink } from "@/components/assignment/AssignmentLink";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { EmptyState } from "@/components/ui/EmptyState";
import { formatDate, formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { IssuedUnit, OverdueWork } from "@/lib/server/dashboard-issued";

const ip = messages.dashboard.issuedPage;

function WorkLine({ work }: { work: OverdueWork }) {
  return (
    <li className="text-sm">
      <AssignmentLink id={work.assignmentId} openable={work.openable} plainClassName="text-stone-900">
        {work.taskTitle}
      </AssignmentLink>
      <span className="block text-xs text-stone-600">
        <DirectiveLabel directive={work.directive} /> · {format(ip.dueOn, { date: formatDate(work.dueOn) })}
      </span>
    </li>
  );
}

export function LateUnitsList({ units, count, work }: { units: IssuedUnit[]; count: number; work: Map<number, OverdueWork[]> }) {
  if (count === 0) return <EmptyState title={ip.lateUnitsNone} />;
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700" role="status">
        {count > units.length
          ? format(ip.lateUnitsShown, { n: formatNumber(count), shown: formatNumber(units.length) })
          : format(ip.lateUnitsCount, { n: formatNumber(count) })}
      </p>
      <ol aria-label={ip.lateUnits} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {units.map((unit) => {
          const items = work.get(unit.unitId) ?? [];
          return (
            <li key={unit.unitId}>
              <details className="group">
                <summary className="flex cursor-pointer list-none items-baseline justify-between gap-3 px-4 py-2.5 hover:bg-stone-50 [&::-webkit-details-marker]:hidden">
                  <span className="min-w-0 text-sm text-stone-900">
                    <span aria-hidden="true" className="mr-1 inline-block text-stone-500 transition-transform group-open:rotate-90">›</span>
                    {unit.name}
                  </span>
                  <span className="shrink-0 text-sm whitespace-nowrap tabular-nums text-red-700">
                    {format(ip.lateOf, { overdue: formatNumber(unit.overdue), total: formatNumber(unit.total) })}
                  </span>
                </summary>
                <div className="px-4 pb-3">
                  <ul aria-label={format(ip.overdueOf, { unit: unit.name })} className="space-y-2 border-l-2 border-red-200 pl-3">
                    {items.map((w) => (
                      <WorkLine key={w.assignmentId} work={w} />
                    ))}
                  </ul>
                  {unit.overdue > items.length ? (
                    <p className="mt-2 text-xs text-stone-600">{format(ip.overdueMore, { n: formatNumber(unit.overdue - items.length) })}</p>
                  ) : null}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
