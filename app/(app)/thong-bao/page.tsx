// Notifications: new work, deadlines, reviews and extensions, and (for an issuing office) what
// waits for it; unread first. Marking as read is a plain form post: no client JavaScript needed.
import Link from "@/components/ui/Link";
import { markNotificationsReadAction } from "@/app/(app)/nhiem-vu/actions";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatViDateTime } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { listNotifications, type Notification } from "@/lib/server/notifications";
import { requireUser } from "@/lib/server/session";

export const metadata = { title: messages.notifications.title };

async function markRead(formData: FormData) {
  "use server";
  await markNotificationsReadAction(null, formData);
}

function textOf(n: Notification): string {
  return format(messages.notifications.kinds[n.kind], { task: n.taskTitle, unit: n.unitName, date: formatDate(n.date) });
}

export default async function NotificationsPage() {
  const user = await requireUser("read:assignment");
  const { items, unread } = await listNotifications(user);
  const m = messages.notifications;
  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          unread > 0 ? (
            <form action={markRead}>
              <input type="hidden" name="all" value="1" />
              <Button type="submit">{m.markAll}</Button>
            </form>
          ) : null
        }
      />
      {items.length === 0 ? (
        <EmptyState title={m.empty} />
      ) : (
        <>
          <p className="mb-3 text-sm text-stone-600" role="status">
            {unread > 0 ? format(m.unread, { n: unread }) : m.allRead}
          </p>
          <ul aria-label={m.listLabel} className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white">
            {items.map((n) => {
              const text = textOf(n);
              return (
                <li key={n.key} className={cn("flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-6", !n.read && "bg-brand-50/40")}>
                  <div className="min-w-0">
                    <Link
                      href={`/nhiem-vu/${n.assignmentId}`}
                      className={cn("text-sm underline-offset-2 hover:underline [overflow-wrap:anywhere]", n.read ? "text-stone-700" : "font-semibold text-stone-900")}
                    >
                      {text}
                    </Link>
                    <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-stone-600">
                      {!n.read ? <Badge tone="red">{m.unreadBadge}</Badge> : null}
                      <span className="tabular-nums">{formatViDateTime(n.at)}</span>
                      <span>· {n.unitName}</span>
                    </p>
                  </div>
                  {!n.read ? (
                    <form action={markRead} className="shrink-0">
                      <input type="hidden" name="key" value={n.key} />
                      <Button type="submit" size="sm" variant="ghost" aria-label={format(m.markReadNamed, { text })}>
                        {m.markRead}
                      </Button>
                    </form>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
