// The issuing office's review queue: reports awaiting its decision (oldest first) and pending
// extension requests, each decided inline.
import { DecisionLog } from "@/components/assignment/DecisionLog";
import { ExtensionQueueItem, ReviewQueueItem } from "@/components/assignment/QueueItems";
import { Card, CardHeader, CardTitle } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { listExtensionQueue } from "@/lib/server/extensions";
import { listReviewQueue } from "@/lib/server/reports";
import { requireUser } from "@/lib/server/session";

export const metadata = { title: messages.review.pageTitle };

export default async function ReviewQueuePage() {
  const user = await requireUser("review:report");
  const [reports, extensions] = await Promise.all([listReviewQueue(user), listExtensionQueue(user)]);
  const m = messages.review;
  return (
    <>
      <PageHeader title={m.pageTitle} description={m.description} />
      <DecisionLog>
        <div className="space-y-8">
          <Card aria-labelledby="queue-reports-heading">
            <CardHeader>
              <CardTitle id="queue-reports-heading">{m.title}</CardTitle>
              <span className="text-sm tabular-nums text-stone-600">{format(m.itemCount, { n: formatNumber(reports.length) })}</span>
            </CardHeader>
            {reports.length === 0 ? (
              <EmptyState title={m.empty} className="m-4 sm:m-5" />
            ) : (
              <ul aria-labelledby="queue-reports-heading" className="divide-y divide-stone-200">
                {reports.map((item) => (
                  <ReviewQueueItem key={item.reportId} item={item} />
                ))}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="queue-extensions-heading">
            <CardHeader>
              <CardTitle id="queue-extensions-heading">{messages.extension.queue}</CardTitle>
              <span className="text-sm tabular-nums text-stone-600">{format(messages.extension.count, { n: formatNumber(extensions.length) })}</span>
            </CardHeader>
            {extensions.length === 0 ? (
              <EmptyState title={messages.extension.empty} className="m-4 sm:m-5" />
            ) : (
              <ul aria-labelledby="queue-extensions-heading" className="divide-y divide-stone-200">
                {extensions.map((item) => (
                  <ExtensionQueueItem key={item.id} item={item} />
                ))}
              </ul>
            )}
          </Card>
        </div>
      </DecisionLog>
    </>
  );
}
