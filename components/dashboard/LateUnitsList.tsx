// The units holding the most overdue work of an organisation's own directives: whom its office
// presses first. Each line counts that unit's overdue assignments over all it was given in the period.
import { EmptyState } from "@/components/ui/EmptyState";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { IssuedUnit } from "@/lib/server/dashboard-issued";

const ip = messages.dashboard.issuedPage;

export function LateUnitsList({ units, count }: { units: IssuedUnit[]; count: number }) {
  if (count === 0) return <EmptyState title={ip.lateUnitsNone} />;
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700" role="status">
        {count > units.length
          ? format(ip.lateUnitsShown, { n: formatNumber(count), shown: formatNumber(units.length) })
          : format(ip.lateUnitsCount, { n: formatNumber(count) })}
      </p>
      <ol aria-label={ip.lateUnits} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {units.map((unit) => (
          <li key={unit.unitId} className="flex items-baseline justify-between gap-3 px-4 py-2.5">
            <span className="min-w-0 text-sm text-stone-900">{unit.name}</span>
            <span className="shrink-0 text-sm whitespace-nowrap tabular-nums text-red-700">
              {format(ip.lateOf, { overdue: formatNumber(unit.overdue), total: formatNumber(unit.total) })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
