// One report in the history: who sent it and when, its figures, evidence, status and review.
// A returned report shows the reason first, where the unit cannot miss it.
import { Alert } from "@/components/ui/Alert";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { formatViDateTime } from "@/lib/domain/calendar";
import { format, messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";
import { EvidenceList } from "./EvidenceList";
import { ReviewForm } from "./ReviewForm";
import { coverageText, periodLabel } from "./text";

type Report = AssignmentDetail["reports"][number];

const TONES: Record<Report["status"], BadgeTone> = { SUBMITTED: "amber", ACCEPTED: "green", RETURNED: "red" };

export function ReportItem({ report, canReview }: { report: Report; canReview: boolean }) {
  const m = messages.report;
  const headingId = `report-${report.id}-heading`;
  const coverage = coverageText(report.achievedValue, report.denominator);
  const at = formatViDateTime(report.submittedAt);
  return (
    <article aria-labelledby={headingId} className="px-4 py-4 sm:px-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id={headingId} className="text-sm font-semibold text-stone-900">
          {format(m.heading, { at })}
        </h4>
        <span className="flex flex-wrap gap-1">
          {report.requestsCompletion ? <Badge tone="blue">{m.completionRequest}</Badge> : null}
          <Badge tone={TONES[report.status]}>{m.status[report.status]}</Badge>
        </span>
      </div>
      <p className="mt-0.5 text-sm text-stone-600">{report.author?.name ?? m.noAuthor}</p>
      {report.status === "RETURNED" ? (
        <Alert tone="warning" title={m.returnedTitle} className="mt-3">
          <p className="whitespace-pre-line">{format(m.returnedBecause, { reason: report.reviewNote ?? "" })}</p>
        </Alert>
      ) : null}
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-stone-600">{m.percentLine}:</dt>
          <dd className="font-medium tabular-nums text-stone-900">{report.progressPercent} %</dd>
        </div>
        {coverage ? (
          <div className="flex gap-1.5">
            <dt className="text-stone-600">{m.achievedLine}:</dt>
            <dd className="font-medium tabular-nums text-stone-900">{coverage}</dd>
          </div>
        ) : null}
        {report.periodKey ? (
          <div className="flex gap-1.5">
            <dt className="text-stone-600">{m.periodLine}:</dt>
            <dd className="font-medium text-stone-900">{periodLabel(report.periodKey)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="mt-2 whitespace-pre-line text-sm text-stone-800 [overflow-wrap:anywhere]">{report.content}</p>
      <EvidenceList evidence={report.evidence} />
      {report.reviewedAt ? (
        <p className="mt-2 text-xs text-stone-600">
          {format(m.reviewedBy, { name: report.reviewedBy?.name ?? "—", date: formatViDateTime(report.reviewedAt) })}
          {report.status !== "RETURNED" && report.reviewNote ? <span className="block text-sm text-stone-800">{format(m.reviewNote, { note: report.reviewNote })}</span> : null}
        </p>
      ) : null}
      {canReview ? <ReviewForm reportId={report.id} open={report.status === "SUBMITTED"} /> : null}
    </article>
  );
}
