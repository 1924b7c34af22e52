// This unit's side of the task: role, status as of today, due date (and any extension), progress,
// the next report of ongoing work, and the messages that need attention (a returned report, a
// pending extension, a completion request awaiting review).
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { formatDate, relativeDue } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,9rem)_minmax(0,1fr)] gap-3 py-2 text-sm">
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd className="min-w-0 text-stone-900">{children}</dd>
    </div>
  );
}

export function UnitStatusCard({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  const today = detail.today;
  const pending = detail.extensions.find((e) => e.status === "PENDING");
  const granted = detail.extensions.find((e) => e.status === "GRANTED");
  const latest = detail.reports[0];
  const open = detail.state === "OPEN" || detail.state === "SUBMITTED";
  return (
    <Card aria-labelledby="unit-status-heading">
      <CardHeader>
        <CardTitle id="unit-status-heading">{m.thisUnit}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-3">
        {latest?.status === "RETURNED" && open ? (
          <Alert tone="warning" title={messages.report.returnedTitle}>
            {format(messages.report.returnedBecause, { reason: latest.reviewNote ?? "" })}
          </Alert>
        ) : null}
        {detail.state === "SUBMITTED" ? <Alert tone="info">{m.awaitingCompletion}</Alert> : null}
        {pending ? <Alert tone="info">{format(messages.extension.pending, { date: formatDate(pending.requestedDueOn) })}</Alert> : null}
        <dl className="divide-y divide-stone-100">
          <Row label={m.unit}>{detail.unit.name}</Row>
          <Row label={m.role}>
            <Badge tone={detail.role === "LEAD" ? "blue" : "neutral"}>{messages.assignmentRole[detail.role]}</Badge>
          </Row>
          <Row label={m.state}>
            <span className="flex flex-wrap gap-1">
              <StatusBadge status={detail.status} />
              {detail.state === "SUBMITTED" ? <Badge tone="gray">{messages.assignmentState.SUBMITTED}</Badge> : null}
            </span>
          </Row>
          <Row label={m.due}>
            {detail.dueOn ? (
              <>
                <span className="tabular-nums">{formatDate(detail.dueOn)}</span>
                {open ? <span className={detail.dueOn < today ? "font-medium text-red-700" : "text-stone-600"}> · {relativeDue(detail.dueOn, today)}</span> : null}
                {granted && granted.previousDueOn ? (
                  <span className="block text-stone-600">{format(m.extended, { from: formatDate(granted.previousDueOn), to: formatDate(granted.requestedDueOn) })}</span>
                ) : null}
              </>
            ) : (
              m.ongoing
            )}
          </Row>
          {detail.completedOn ? (
            <Row label={m.completedOn}>
              <span className="tabular-nums">{formatDate(detail.completedOn)}</span>
            </Row>
          ) : null}
          {detail.dueOn === null && detail.reportDueOn && open ? (
            <Row label={m.reportDue}>
              <span className="tabular-nums">{formatDate(detail.reportDueOn)}</span>
              <span className={detail.reportDueOn < today ? "font-medium text-red-700" : "text-stone-600"}> · {relativeDue(detail.reportDueOn, today)}</span>
            </Row>
          ) : null}
          <Row label={m.progress}>
            <span className="flex items-center gap-2">
              <span className="h-2 w-24 overflow-hidden rounded-full bg-stone-200" aria-hidden="true">
                <span className="block h-full rounded-full bg-status-progress" style={{ width: `${detail.progressPercent}%` }} />
              </span>
              <span className="tabular-nums">{detail.progressPercent} %</span>
            </span>
          </Row>
        </dl>
      </CardBody>
    </Card>
  );
}
