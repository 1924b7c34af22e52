// Theo văn bản: each directive's progress across the subtree's units, most overdue first, 25 a page
// (?trang=); each opens its cascade of units' own plans.
import { DirectiveProgressList } from "@/components/dashboard/DirectiveProgressList";
import { IssuedElsewhereNotice } from "@/components/dashboard/IssuedElsewhereNotice";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { dashboardHref, PAGE_PARAM } from "@/components/dashboard/views";
import { messages } from "@/lib/i18n/messages";
import { directiveProgressPage } from "@/lib/server/dashboard-views";

const m = messages.dashboard;

export const metadata = { title: `${m.views.directives} · ${m.title}` };

export default async function DashboardDirectivesPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, scope, period, today, raw } = await loadView(searchParams, "directives", "/tong-quan/van-ban");
  const list = await directiveProgressPage(user, scope.id, period, Number(raw[PAGE_PARAM]));
  return (
    <>
      <ViewHeader view="directives" scope={scope} period={period} asOf={today} description={m.directivesPage.description} />
      {list.total === 0 ? <IssuedElsewhereNotice user={user} scope={scope} period={period} /> : null}
      <DirectiveProgressList
        list={list}
        nameHref={(id) => dashboardHref(`/tong-quan/van-ban/${id}`, { orgId: scope.id, period: period.key })}
        pageHref={(page) => dashboardHref("/tong-quan/van-ban", { orgId: scope.id, period: period.key, page })}
      />
    </>
  );
}
