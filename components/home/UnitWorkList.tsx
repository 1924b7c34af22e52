// The unit's open assignments, most urgent first. A list of rows rather than a table, so a unit
// head on a phone sees the task, its deadline and its status without scrolling sideways.
import Link from "@/components/ui/Link";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { formatDate, relativeDue } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import type { UnitAssignmentRow } from "@/lib/server/assignments";

export function UnitWorkList({ rows, today }: { rows: UnitAssignmentRow[]; today: string }) {
  const m = messages.home;
  if (rows.length === 0) return <EmptyState title={m.unitEmpty} description={m.unitEmptyHint} />;
  return (
    <ul aria-label={m.unitTitle} className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white">
      {rows.map((row) => (
        <li key={row.id} className="grid gap-2 px-4 py-3 sm:grid-cols-[1fr_auto] sm:gap-6">
          <div className="min-w-0">
            <p className="font-medium text-stone-900">{row.taskTitle}</p>
            <Link href={`/van-ban/${row.directive.id}`} className="text-sm text-brand-700 hover:underline">
              <DirectiveLabel directive={row.directive} />
            </Link>
          </div>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm sm:flex-col sm:items-end">
            <StatusBadge status={row.status} />
            <span className="text-stone-700">
              <span className="sr-only">{m.due}: </span>
              {row.dueOn ? (
                <>
                  <span className="tabular-nums">{formatDate(row.dueOn)}</span>
                  <span className="text-stone-600"> · {relativeDue(row.dueOn, today)}</span>
                </>
              ) : (
                m.noDue
              )}
            </span>
            <Badge tone={row.role === "LEAD" ? "blue" : "neutral"}>{messages.assignmentRole[row.role]}</Badge>
          </div>
        </li>
      ))}
    </ul>
  );
}
