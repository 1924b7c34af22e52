// Bản đồ nhiệt: the units directly under the organisation × the directives with most work in the
// period; a cell opens the assignment, or drills into the unit.
import { HeatmapLegend, HeatmapTable } from "@/components/dashboard/HeatmapTable";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { dashboardHref } from "@/components/dashboard/views";
import { messages } from "@/lib/i18n/messages";
import { heatmap } from "@/lib/server/dashboard-views";
import { directiveUnitsHref } from "@/lib/validation/directive-units";

const m = messages.dashboard;

export const metadata = { title: `${m.views.heatmap} · ${m.title}` };

export default async function DashboardHeatmapPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, scope, period, today } = await loadView(searchParams, "heatmap", "/tong-quan/ban-do-nhiet");
  const map = await heatmap(user, scope.id, period);
  const query = { orgId: scope.id, period: period.key };
  return (
    <>
      <ViewHeader view="heatmap" scope={scope} period={period} asOf={today} description={m.heatmapPage.description} />
      {map.directives.length > 0 ? (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <HeatmapLegend />
          <p className="text-xs text-stone-600">{m.heatmapPage.limit}</p>
        </div>
      ) : null}
      <HeatmapTable
        map={map}
        rootId={scope.id}
        rootName={scope.name}
        links={{
          assignment: (id) => `/nhiem-vu/${id}`,
          unit: (id) => dashboardHref("/tong-quan/ban-do-nhiet", { orgId: id, period: period.key }),
          directive: (id) => dashboardHref(`/tong-quan/van-ban/${id}`, query),
          unitWork: (id, name) => directiveUnitsHref(id, { q: name }),
        }}
      />
    </>
  );
}
