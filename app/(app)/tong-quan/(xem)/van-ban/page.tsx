// Theo văn bản: each directive's progress across the subtree's units, most overdue first; each opens
// its cascade of units' own plans.
import { DirectiveProgressList } from "@/components/dashboard/DirectiveProgressList";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { dashboardHref } from "@/components/dashboard/views";
import { messages } from "@/lib/i18n/messages";
import { directiveProgress } from "@/lib/server/dashboard-views";

const m = messages.dashboard;
const LIMIT = 200;

export const metadata = { title: `${m.views.directives} · ${m.title}` };

export default async function DashboardDirectivesPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, scope, period, today } = await loadView(searchParams, "directives", "/tong-quan/van-ban");
  const rows = await directiveProgress(user, scope.id, period, LIMIT);
  return (
    <>
      <ViewHeader view="directives" scope={scope} period={period} asOf={today} description={m.directivesPage.description} />
      <DirectiveProgressList rows={rows} limit={LIMIT} treeHref={(id) => dashboardHref(`/tong-quan/van-ban/${id}`, { orgId: scope.id, period: period.key })} />
    </>
  );
}
