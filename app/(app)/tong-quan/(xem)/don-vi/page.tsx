// Theo đơn vị: the units directly under the organisation, ranked; drill down one level at a time
// (?don-vi=<unit>), climb back with the breadcrumbs.
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { UnitRankingTable } from "@/components/dashboard/UnitRankingTable";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { dashboardHref } from "@/components/dashboard/views";
import { messages } from "@/lib/i18n/messages";
import { unitRanking } from "@/lib/server/dashboard";

const m = messages.dashboard;

export const metadata = { title: `${m.views.units} · ${m.title}` };

export default async function DashboardUnitsPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, scope, period, today } = await loadView(searchParams, "units", "/tong-quan/don-vi");
  const rows = await unitRanking(user, scope.id, period);
  return (
    <>
      <ViewHeader view="units" scope={scope} period={period} asOf={today} description={m.unitsPage.description} />
      <UnitRankingTable
        rows={rows}
        orgName={scope.name}
        drillHref={(id) => dashboardHref("/tong-quan/don-vi", { orgId: id, period: period.key })}
        leafHref={(id) => dashboardHref("/tong-quan", { orgId: id, period: period.key })}
      />
    </>
  );
}
