// The unit's work, one row per assignment: a list rather than a table, so a unit head on a phone
// sees the task, its deadline and its status without scrolling sideways. Its repeated classes are
// short ones (app/globals.css).
import Link from "@/components/ui/Link";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { Badge } from "@/components/ui/Badge";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { formatDate, relativeDue } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { InboxRow } from "@/lib/server/inbox";

function Due({ row, today }: { row: InboxRow; today: string }) {
  const m = messages.inbox;
  if (row.completedOn) return <span className="tabular-nums">{format(m.completedOn, { date: formatDate(row.completedOn) })}</span>;
  if (row.dueOn) {
    const late = row.dueOn < today;
    return (
      <span>
        <span className="sr-only">{m.due}: </span>
        <span className="tabular-nums">{formatDate(row.dueOn)}</span>
        <span className={late ? "font-medium text-red-700" : "text-stone-600"}> · {relativeDue(row.dueOn, today)}</span>
      </span>
    );
  }
  return (
    <span>
      <span className="sr-only">{m.due}: </span>
      {messages.home.noDue}
    </span>
  );
}

function Progress({ percent }: { percent: number }) {
  const label = format(messages.inbox.progress, { n: percent });
  return (
    <span className="flex items-center gap-2">
      <span className="h-1.5 w-16 overflow-hidden rounded-full bg-stone-200" aria-hidden="true">
        <span className="block h-full rounded-full bg-status-progress" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      </span>
      <span className="tabular-nums text-stone-700">{label}</span>
    </span>
  );
}

export function InboxList({ rows, today }: { rows: InboxRow[]; today: string }) {
  const m = messages.inbox;
  return (
    <ul aria-label={m.title} className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white">
      {rows.map((row) => (
        <li key={row.id} className="inbox-row">
          <div className="min-w-0 space-y-1">
            <Link href={`/nhiem-vu/${row.id}`} className="inbox-title">
              {row.taskTitle}
            </Link>
            <p className="text-sm text-stone-700 [overflow-wrap:anywhere]">
              <span className="font-medium">
                <DirectiveLabel directive={row.directive} />
              </span>
              <span className="text-stone-500" aria-hidden="true">
                {" · "}
              </span>
              <span className="sr-only">, {m.issuerLabel}: </span>
              <span className="text-stone-600">{row.issuerName}</span>
            </p>
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Badge tone={row.role === "LEAD" ? "blue" : "neutral"}>{messages.assignmentRole[row.role]}</Badge>
              {row.requiresOwnPlan && (row.state === "OPEN" || row.state === "SUBMITTED") ? <Badge tone="amber">{m.ownPlan}</Badge> : null}
            </div>
          </div>
          <div className="inbox-side">
            <span className="flex flex-wrap gap-1 sm:justify-end">
              <StatusBadge status={row.status} />
              {row.state === "SUBMITTED" ? <Badge tone="gray">{m.statusOptions.SUBMITTED}</Badge> : null}
            </span>
            <span className="text-stone-800">
              <Due row={row} today={today} />
            </span>
            {!row.completedOn ? <Progress percent={row.progressPercent} /> : null}
            {row.dueOn === null && row.reportDueOn && !row.completedOn ? (
              <span className="text-stone-700">
                {format(m.reportDue, { date: formatDate(row.reportDueOn) })}
                <span className={row.reportDueOn < today ? "font-medium text-red-700" : "text-stone-600"}> · {relativeDue(row.reportDueOn, today)}</span>
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
