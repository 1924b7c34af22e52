// The history of the assignment: its reports (newest first), its extension requests and the issuing
// office's reminders, each a card of the same shape.
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { formatViDateTime } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";
import { ExtensionDecision } from "./ExtensionDecision";
import { ReportItem } from "./ReportItem";

const EXTENSION_TONES: Record<AssignmentDetail["extensions"][number]["status"], BadgeTone> = { PENDING: "amber", GRANTED: "green", REFUSED: "red" };

/** A titled card of the history: its entries, or the sentence saying there are none. */
function HistoryCard({ id, title, empty, children }: { id: string; title: string; empty: string | null; children: ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <CardHeader>
        <CardTitle as="h3" id={id}>
          {title}
        </CardTitle>
      </CardHeader>
      {empty ? (
        <CardBody>
          <p className="text-sm text-stone-600">{empty}</p>
        </CardBody>
      ) : (
        children
      )}
    </Card>
  );
}

export function ReportHistory({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  return (
    <HistoryCard id="reports-heading" title={m.reportsSent} empty={detail.reports.length === 0 ? m.noReports : null}>
      <div className="divide-y divide-stone-200">
        {detail.reports.map((r) => (
          <ReportItem key={r.id} report={r} canReview={detail.can.review} />
        ))}
      </div>
    </HistoryCard>
  );
}

export function ExtensionHistory({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  const x = messages.extension;
  return (
    <HistoryCard id="extensions-heading" title={m.extensions} empty={detail.extensions.length === 0 ? m.noExtensions : null}>
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
    </HistoryCard>
  );
}

/** The issuing office's reminders (đôn đốc) about this assignment, with their notes. */
export function ReminderHistory({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  return (
    <HistoryCard id="reminders-heading" title={m.reminders} empty={null}>
      <ul aria-labelledby="reminders-heading" className="divide-y divide-stone-200">
        {detail.reminders.map((r) => (
          <li key={r.id} className="px-4 py-3 text-sm sm:px-5">
            <p className="text-xs text-stone-600">{format(m.reminderFrom, { date: formatViDateTime(r.at), office: detail.directive.issuer.name, by: r.by ?? "—" })}</p>
            <p className="mt-1 whitespace-pre-line text-stone-800 [overflow-wrap:anywhere]">{r.note ?? m.reminderNoNote}</p>
          </li>
        ))}
      </ul>
    </HistoryCard>
  );
}
