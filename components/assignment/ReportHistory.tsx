// The history of the assignment: its reports (newest first) and its extension requests.
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { formatViDateTime } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";
import { ExtensionDecision } from "./ExtensionDecision";
import { ReportItem } from "./ReportItem";

const EXTENSION_TONES: Record<AssignmentDetail["extensions"][number]["status"], BadgeTone> = { PENDING: "amber", GRANTED: "green", REFUSED: "red" };

export function ReportHistory({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  return (
    <Card aria-labelledby="reports-heading">
      <CardHeader>
        <CardTitle as="h3" id="reports-heading">{m.reportsSent}</CardTitle>
      </CardHeader>
      {detail.reports.length === 0 ? (
        <CardBody>
          <p className="text-sm text-stone-600">{m.noReports}</p>
        </CardBody>
      ) : (
        <div className="divide-y divide-stone-200">
          {detail.reports.map((r) => (
            <ReportItem key={r.id} report={r} canReview={detail.can.review} />
          ))}
        </div>
      )}
    </Card>
  );
}

export function ExtensionHistory({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  const x = messages.extension;
  return (
    <Card aria-labelledby="extensions-heading">
      <CardHeader>
        <CardTitle as="h3" id="extensions-heading">{m.extensions}</CardTitle>
      </CardHeader>
      {detail.extensions.length === 0 ? (
        <CardBody>
          <p className="text-sm text-stone-600">{m.noExtensions}</p>
        </CardBody>
      ) : (
        <ul aria-labelledby="extensions-heading" className="divide-y divide-stone-200">
          {detail.extensions.map((e) => (
            <li key={e.id} className="px-4 py-3 text-sm sm:px-5">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium tabular-nums text-stone-900">
                  {format(m.extensionRange, { from: formatDate(e.previousDueOn), to: formatDate(e.requestedDueOn) })}
                </span>
                <Badge tone={EXTENSION_TONES[e.status]}>{x.status[e.status]}</Badge>
              </div>
              <p className="mt-1 whitespace-pre-line text-stone-800 [overflow-wrap:anywhere]">
                {x.reason}: {e.reason}
              </p>
              <p className="mt-1 text-xs text-stone-600">
                {format(m.extensionAsked, { date: formatViDateTime(e.createdAt) })}
                {e.decidedAt ? ` · ${format(m.extensionDecided, { date: formatViDateTime(e.decidedAt) })}` : null}
              </p>
              {e.decisionNote ? <p className="mt-1 text-stone-800">{format(x.decidedNote, { note: e.decisionNote })}</p> : null}
              {detail.can.review ? <ExtensionDecision extensionId={e.id} open={e.status === "PENDING"} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The issuing office's reminders (đôn đốc) about this assignment, with their notes. */
export function ReminderHistory({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  return (
    <Card aria-labelledby="reminders-heading">
      <CardHeader>
        <CardTitle as="h3" id="reminders-heading">{m.reminders}</CardTitle>
      </CardHeader>
      <ul aria-labelledby="reminders-heading" className="divide-y divide-stone-200">
        {detail.reminders.map((r) => (
          <li key={r.id} className="px-4 py-3 text-sm sm:px-5">
            <p className="text-xs text-stone-600">{format(m.reminderFrom, { date: formatViDateTime(r.at), office: detail.directive.issuer.name, by: r.by ?? "—" })}</p>
            <p className="mt-1 whitespace-pre-line text-stone-800 [overflow-wrap:anywhere]">{r.note ?? m.reminderNoNote}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
