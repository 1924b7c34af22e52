// The other units given the same task, with their role and status as of today: the first ones (lead
// units first) and how many more a national task has, with the way to the list of them all.
import Link from "@/components/ui/Link";
import { AssignmentLink } from "@/components/assignment/AssignmentLink";
import { Badge } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";
import { directiveUnitsHref } from "@/lib/validation/directive-units";

export function OtherUnits({ others, total, directiveId, taskId }: { others: AssignmentDetail["others"]; total: number; directiveId: number; taskId: number }) {
  const m = messages.assignment;
  return (
    <Card aria-labelledby="others-heading">
      <CardHeader>
        <CardTitle id="others-heading">{m.otherUnits}</CardTitle>
      </CardHeader>
      {others.length === 0 ? (
        <CardBody>
          <p className="text-sm text-stone-600">{m.noOthers}</p>
        </CardBody>
      ) : (
        <ul aria-labelledby="others-heading" className="divide-y divide-stone-100">
          {others.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm sm:px-5">
              {/* Each unit on the task may open the others' pages: coordinating units read the lead's reports there. */}
              <AssignmentLink
                id={o.id}
                openable={o.openable}
                className="min-w-0 font-medium text-brand-700 hover:underline [overflow-wrap:anywhere]"
                plainClassName="min-w-0 font-medium text-stone-800 [overflow-wrap:anywhere]"
              >
                {o.unitName}
              </AssignmentLink>
              <span className="flex flex-wrap items-center gap-1.5">
                <Badge tone={o.role === "LEAD" ? "blue" : "neutral"}>{messages.assignmentRole[o.role]}</Badge>
                <StatusBadge status={o.status} />
                <span className="tabular-nums text-stone-700">{o.progressPercent} %</span>
              </span>
            </li>
          ))}
          {total > others.length ? (
            <li className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm text-stone-600 sm:px-5">
              {format(m.moreOthers, { n: formatNumber(total - others.length) })}
              <Link href={directiveUnitsHref(directiveId, { nv: taskId })} className="link">
                {format(messages.directive.allUnits, { n: formatNumber(total + 1) })}
              </Link>
            </li>
          ) : null}
        </ul>
      )}
    </Card>
  );
}
