// The issuing office's review queue: reports awaiting its decision (oldest first) and pending
// extension requests, each decided inline, each list paged in the URL (?trang=, ?trang-gia-han=).
import { BatchAccept } from "@/components/assignment/BatchAccept";
import { DecisionLog } from "@/components/assignment/DecisionLog";
import { ExtensionQueueItem, ReviewQueueItem } from "@/components/assignment/QueueItems";
import { Card, CardHeader, CardTitle } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { listExtensionQueue } from "@/lib/server/extensions";
import { listReviewQueue } from "@/lib/server/reports";
import { requireUser } from "@/lib/server/session";
import { parseQueueParams, queueHref, type QueueParams } from "@/components/assignment/queue-params";

export const metadata = { title: messages.review.pageTitle };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("review:report");
  const params: QueueParams = parseQueueParams(await searchParams);
  const [reports, extensions] = await Promise.all([listReviewQueue(user, params.trang), listExtensionQueue(user, params["trang-gia-han"])]);
  const m = messages.review;
  return (
    <>
      <PageHeader title={m.pageTitle} description={m.description} />
      <DecisionLog>
        <div className="space-y-8">
          <Card aria-labelledby="queue-reports-heading">
            <CardHeader>
              <CardTitle id="queue-reports-heading">{m.title}</CardTitle>
              <span className="text-sm tabular-nums text-stone-600">{format(m.itemCount, { n: formatNumber(reports.total) })}</span>
            </CardHeader>
            {reports.rows.length === 0 ? (
              <EmptyState title={m.empty} className="m-4 sm:m-5" />
            ) : (
              <>
                <BatchAccept reportIds={reports.rows.map((r) => r.reportId)} />
                <ul aria-labelledby="queue-reports-heading" className="divide-y divide-stone-200">
                  {reports.rows.map((item) => (
                    <ReviewQueueItem key={item.reportId} item={item} />
                  ))}
                </ul>
              </>
            )}
            <Pagination page={reports.page} pageCount={reports.pageCount} hrefForPage={(p) => queueHref(params, { trang: p })} className="m-4 sm:m-5" />
          </Card>
          <Card aria-labelledby="queue-extensions-heading">
            <CardHeader>
              <CardTitle id="queue-extensions-heading">{messages.extension.queue}</CardTitle>
              <span className="text-sm tabular-nums text-stone-600">{format(messages.extension.count, { n: formatNumber(extensions.total) })}</span>
            </CardHeader>
            {extensions.rows.length === 0 ? (
              <EmptyState title={messages.extension.empty} className="m-4 sm:m-5" />
            ) : (
              <ul aria-labelledby="queue-extensions-heading" className="divide-y divide-stone-200">
                {extensions.rows.map((item) => (
                  <ExtensionQueueItem key={item.id} item={item} />
                ))}
              </ul>
            )}
            <Pagination
              page={extensions.page}
              pageCount={extensions.pageCount}
              hrefForPage={(p) => queueHref(params, { "trang-gia-han": p })}
              className="m-4 sm:m-5"
            />
          </Card>
        </div>
      </DecisionLog>
    </>
  );
}
