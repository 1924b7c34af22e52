// Chỉ tiêu: how far the subtree's units have reached the targets of tasks that carry one.
import { CoverageTable } from "@/components/dashboard/CoverageTable";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { messages } from "@/lib/i18n/messages";
import { targetCoverage } from "@/lib/server/dashboard-views";

const m = messages.dashboard;

export const metadata = { title: `${m.views.targets} · ${m.title}` };

export default async function DashboardTargetsPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, scope, period, today } = await loadView(searchParams, "targets", "/tong-quan/chi-tieu");
  const coverage = await targetCoverage(user, scope.id, period);
  return (
    <>
      <ViewHeader view="targets" scope={scope} period={period} asOf={today} description={m.targetsPage.description} />
      <CoverageTable rows={coverage.rows} total={coverage.total} rootId={scope.id} rootName={scope.name} />
    </>
  );
}
