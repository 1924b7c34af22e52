import { redirect } from "next/navigation";
import { ComplianceOverview } from "@/components/home/ComplianceOverview";
import { IssuedOverview } from "@/components/home/IssuedOverview";
import { InboxCounts } from "@/components/inbox/InboxCounts";
import { InboxFilters } from "@/components/inbox/InboxFilters";
import { InboxList } from "@/components/inbox/InboxList";
import { hasFilters, inboxHref, parseInboxParams } from "@/components/inbox/params";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { formatDate, formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { periodContaining } from "@/lib/domain/period";
import { dashboardHome, dashboardOverview, resolveDashboardScope } from "@/lib/server/dashboard";
import { issuedOverview } from "@/lib/server/dashboard-issued";
import { directiveProgressPage } from "@/lib/server/dashboard-views";
import { inboxFacets, listInbox } from "@/lib/server/inbox";
import { requireUser } from "@/lib/server/session";
import { serverConfig } from "@/lib/server/config";
import { todayIn } from "@/lib/domain/clock";
import type { SessionUser } from "@/lib/server/session";

export const metadata = { title: messages.home.title };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The unit head's inbox: server-rendered throughout, with its whole view in the URL. */
async function UnitInbox({ user, searchParams }: { user: SessionUser; searchParams: SearchParams }) {
  const params = parseInboxParams(await searchParams);
  const [inbox, facets] = await Promise.all([
    listInbox(user, { directiveId: params.vb, issuerId: params.cq, status: params.tt, period: params.han, page: params.trang }),
    inboxFacets(user),
  ]);
  const m = messages.inbox;
  const filtered = hasFilters(params);
  return (
    <>
      <PageHeader title={m.title} description={user.organizationName} />
      <InboxCounts counts={inbox.counts} active={params.tt} />
      <InboxFilters params={params} facets={facets} />
      <p className="mb-3 text-sm text-stone-600" role="status">
        {format(m.count, { n: formatNumber(inbox.total) })}
      </p>
      {inbox.rows.length === 0 ? (
        filtered || inbox.page > 1 ? (
          <EmptyState title={m.empty} description={m.emptyHint} />
        ) : (
          <EmptyState title={messages.home.unitEmpty} description={messages.home.unitEmptyHint} />
        )
      ) : (
        <>
          <InboxList rows={inbox.rows} today={inbox.today} />
          <Pagination page={inbox.page} pageCount={inbox.pageCount} hrefForPage={(p) => inboxHref(params, { trang: p })} className="mt-4" />
        </>
      )}
    </>
  );
}

/** How many of its own directives, the most overdue, the home page of an issuing organisation shows. */
const HOME_DIRECTIVES = 5;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (user.role === "ADMIN") redirect("/to-chuc");
  if (user.role === "UNIT_HEAD") return <UnitInbox user={user} searchParams={searchParams} />;
  // The same figures as the dashboard's default views (this year, this organisation): one computation.
  // Two views of the year: the work of the organisation's subtree, and the work its own directives
  // gave to units anywhere (an office follows what it issued; a Ban Cán sự đảng has no units below it).
  const period = periodContaining("YEAR", todayIn(serverConfig().clock));
  // The subtree the person follows (an inspection commission: the one it inspects).
  const home = dashboardHome(user);
  const [overview, issued, issuedList, homeScope] = await Promise.all([
    dashboardOverview(user, home, period),
    issuedOverview(user, user.organizationId, period),
    directiveProgressPage(user, user.organizationId, period, 1, { issued: true }, HOME_DIRECTIVES),
    home === user.organizationId ? null : resolveDashboardScope(user, home),
  ]);
  const scope = homeScope?.name ?? user.organizationName;
  const subtree = <ComplianceOverview figures={overview.figures} scope={scope} periodKey={period.key} dueSoon={overview.upcomingCount} />;
  const own = issued.figures.total > 0 ? <IssuedOverview issued={issued} list={issuedList} scope={scope} periodKey={period.key} /> : null;
  // An office works on what it issued: that first. Nothing in the subtree and work issued: the subtree's zeros are left out.
  const showSubtree = overview.figures.total > 0 || !own;
  return (
    <>
      <PageHeader title={messages.home.title} description={format(messages.home.scope, { scope })} />
      <p className="-mt-2 mb-6 text-sm text-stone-600">{format(messages.home.asOfPeriod, { period: period.key, date: formatDate(overview.asOf) })}</p>
      <div className="space-y-10">
        {user.role === "OFFICE_STAFF" ? own : null}
        {showSubtree ? subtree : null}
        {user.role === "OFFICE_STAFF" ? null : own}
      </div>
    </>
  );
}
