// The task as the directive wrote it: its text, deadline, reporting cycle and target.
import { deadlineWording } from "@/components/directives/labels";
import { Badge } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { formatDate, formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";

export function TaskCard({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  const t = detail.task;
  return (
    <Card aria-labelledby="task-heading">
      <CardHeader>
        <CardTitle id="task-heading">{m.task}</CardTitle>
        {t.requiresOwnPlan ? <Badge tone="amber">{messages.directive.ownPlan}</Badge> : null}
      </CardHeader>
      <CardBody className="space-y-3 text-sm">
        <p className="font-medium text-stone-900 [overflow-wrap:anywhere]">
          {t.ordinal}. {t.title}
        </p>
        {t.description ? <p className="whitespace-pre-line text-stone-700 [overflow-wrap:anywhere]">{t.description}</p> : null}
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div>
            <dt className="font-medium text-stone-600">{m.deadline}</dt>
            <dd className="text-stone-900">
              {t.dueOn ? <span className="tabular-nums">{formatDate(t.dueOn)}</span> : m.ongoing}
              {deadlineWording(t) ? <span className="text-stone-600"> ({deadlineWording(t)})</span> : null}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-stone-600">{m.cycle}</dt>
            <dd className="text-stone-900">{messages.reportingCycle[t.reportingCycle]}</dd>
          </div>
          {t.target ? (
            <div>
              <dt className="font-medium text-stone-600">{m.target}</dt>
              <dd className="text-stone-900">{format(m.targetValue, { value: formatNumber(t.target.value), unit: t.target.unit })}</dd>
            </div>
          ) : null}
          <div>
            <dt className="font-medium text-stone-600">{m.issuer}</dt>
            <dd className="text-stone-900">{detail.directive.issuer.name}</dd>
          </div>
        </dl>
      </CardBody>
    </Card>
  );
}
