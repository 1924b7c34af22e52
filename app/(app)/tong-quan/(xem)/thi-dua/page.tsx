// Thi đua: the units directly under the organisation ranked by their emulation score for a quarter,
// half-year or year (this quarter by default), with the formula written out.
import { EmulationTable } from "@/components/dashboard/EmulationTable";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { Card, CardBody } from "@/components/ui/Card";
import { messages } from "@/lib/i18n/messages";
import { unitRanking } from "@/lib/server/dashboard";
import { emulationRanking } from "@/lib/server/dashboard-views";

const m = messages.dashboard;

export const metadata = { title: `${m.views.emulation} · ${m.title}` };

export default async function DashboardEmulationPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, scope, period, today } = await loadView(searchParams, "emulation", "/tong-quan/thi-dua");
  // The same order and places as the workbook and the printed report.
  const units = emulationRanking(await unitRanking(user, scope.id, period));
  return (
    <>
      <ViewHeader view="emulation" scope={scope} period={period} asOf={today} description={m.emulationPage.description} />
      <Card aria-labelledby="formula-heading" className="mb-4">
        <CardBody>
          <h3 id="formula-heading" className="text-sm font-semibold text-stone-900">
            {m.emulationPage.formulaTitle}
          </h3>
          <p className="mt-1 text-sm text-stone-800">{m.scoreFormula}</p>
          <p className="mt-1 text-xs text-stone-600">{m.emulationPage.noScore}</p>
        </CardBody>
      </Card>
      <EmulationTable units={units} rootName={scope.name} />
    </>
  );
}
