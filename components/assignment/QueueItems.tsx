// The review queue's entries: a report awaiting the office's decision, and an extension request.
// Each names the unit, the task and the directive, and carries its decision form inline.
import Link from "@/components/ui/Link";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { Badge } from "@/components/ui/Badge";
import { formatViDateTime } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { ReviewItem } from "@/lib/server/reports";
import { ExtensionDecision } from "./ExtensionDecision";
import { BATCH_FORM_ID } from "./queue-params";
import { ReviewForm } from "./ReviewForm";
import { EvidenceList } from "./EvidenceList";
import { coverageText, periodLabel } from "./text";

const EXCERPT = 400;

function Context({ unitName, taskTitle, assignmentId, directive, headingId }: { unitName: string; taskTitle: string; assignmentId: number; directive: { type: string; symbol: string | null }; headingId: string }) {
  return (
    <>
      <h3 id={headingId} className="text-base font-semibold text-stone-900 [overflow-wrap:anywhere]">
        {unitName}
      </h3>
      <p className="mt-0.5 text-sm text-stone-700 [overflow-wrap:anywhere]">
        <Link id={`${headingId}-task`} href={`/nhiem-vu/${assignmentId}`} className="font-medium link">
          {taskTitle}
        </Link>
        <span className="text-stone-600"> · <DirectiveLabel directive={directive} /></span>
      </p>
    </>
  );
}

export function ReviewQueueItem({ item }: { item: ReviewItem }) {
  const m = messages.review;
  const r = messages.report;
  const headingId = `queue-report-${item.reportId}`;
  const coverage = coverageText(item.achievedValue, item.denominator);
  const excerpt = item.content.length > EXCERPT ? `${item.content.slice(0, EXCERPT)}…` : item.content;
  return (
    <li>
      <article aria-labelledby={`${headingId} ${headingId}-task`} className="px-4 py-4 sm:px-5">
        <div className="flex items-start gap-3">
          {/* Chosen for "accept the chosen" (BatchAccept), whose form this box belongs to. */}
          <input
            type="checkbox"
            name="reportId"
            value={item.reportId}
            form={BATCH_FORM_ID}
            aria-label={format(m.choose, { unit: item.unitName, task: item.taskTitle })}
            className="mt-1 size-4 shrink-0 accent-brand-600"
          />
          <div className="min-w-0">
            <Context unitName={item.unitName} taskTitle={item.taskTitle} assignmentId={item.assignmentId} directive={item.directive} headingId={headingId} />
          </div>
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
          <span className="tabular-nums">{format(m.submittedOn, { date: formatViDateTime(item.submittedAt) })}</span>
          {item.authorName ? <span>{format(m.by, { name: item.authorName })}</span> : null}
          {item.late ? <Badge tone="red">{m.late}</Badge> : null}
          {item.requestsCompletion ? <Badge tone="blue">{r.completionRequest}</Badge> : null}
        </div>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1.5">
            <dt className="text-stone-600">{r.percentLine}:</dt>
            <dd className="font-medium tabular-nums text-stone-900">{item.progressPercent} %</dd>
          </div>
          {coverage ? (
            <div className="flex gap-1.5">
              <dt className="text-stone-600">{r.achievedLine}:</dt>
              <dd className="font-medium tabular-nums text-stone-900">{coverage}</dd>
            </div>
          ) : null}
          {item.periodKey ? (
            <div className="flex gap-1.5">
              <dt className="text-stone-600">{r.periodLine}:</dt>
              <dd className="font-medium text-stone-900">{periodLabel(item.periodKey)}</dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-2 whitespace-pre-line text-sm text-stone-800 [overflow-wrap:anywhere]">{excerpt}</p>
        <EvidenceList evidence={item.evidence} />
        <ReviewForm reportId={item.reportId} open />
      </article>
    </li>
  );
}

export interface ExtensionQueueEntry {
  id: number;
  reason: string;
  createdAt: Date;
  previousDueOn: string | null;
  requestedDueOn: string;
  assignmentId: number;
  unitName: string;
  taskTitle: string;
  directive: { id: number; type: string; symbol: string | null };
}

export function ExtensionQueueItem({ item }: { item: ExtensionQueueEntry }) {
  const a = messages.assignment;
  const headingId = `queue-extension-${item.id}`;
  return (
    <li>
      <article aria-labelledby={`${headingId} ${headingId}-task`} className="px-4 py-4 sm:px-5">
        <Context unitName={item.unitName} taskTitle={item.taskTitle} assignmentId={item.assignmentId} directive={item.directive} headingId={headingId} />
        <p className="mt-2 text-sm font-medium tabular-nums text-stone-900">
          {format(a.extensionRange, { from: formatDate(item.previousDueOn), to: formatDate(item.requestedDueOn) })}
          <span className="font-normal text-stone-600"> · {format(a.extensionAsked, { date: formatViDateTime(item.createdAt) })}</span>
        </p>
        <p className="mt-1 whitespace-pre-line text-sm text-stone-800 [overflow-wrap:anywhere]">
          {messages.extension.reason}: {item.reason}
        </p>
        <ExtensionDecision extensionId={item.id} open />
      </article>
    </li>
  );
}
