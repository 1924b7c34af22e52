// Văn bản đã ban hành: the directives the organisation itself issued, followed across every unit they
// assign wherever it sits in the forest (a Ban Cán sự đảng directs units that are not below it), with
// the units most overdue; each directive opens its list of units, where its office reminds them.
import { DirectiveProgressList } from "@/components/dashboard/DirectiveProgressList";
import { FigureCards } from "@/components/dashboard/FigureCards";
import { LateUnitsList } from "@/components/dashboard/LateUnitsList";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { dashboardHref, PAGE_PARAM } from "@/components/dashboard/views";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { format, messages } from "@/lib/i18n/messages";
import { issuedOverview, overdueWorkOf } from "@/lib/server/dashboard-issued";
import { directiveProgressPage } from "@/lib/server/dashboard-views";

const m = messages.dashboard;
const ip = m.issuedPage;

export const metadata = { title: `${m.views.issued} · ${m.title}` };

export default async function DashboardIssuedPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, scope, period, today, raw } = await loadView(searchParams, "issued", "/tong-quan/ban-hanh");
  const [overview, list] = await Promise.all([
    issuedOverview(user, scope.id, period),
    directiveProgressPage(user, scope.id, period, Number(raw[PAGE_PARAM]), { issued: true }),
  ]);
  const work = await overdueWorkOf(user, scope.id, period, overview.lateUnits.map((u) => u.unitId));
  return (
    <>
      <ViewHeader view="issued" scope={scope} period={period} asOf={today} description={format(ip.description, { unit: scope.name })} />
      <section aria-labelledby="figures-heading" className="mb-6">
        <h3 id="figures-heading" className="sr-only">
          {format(ip.figures, { unit: scope.name })}
        </h3>
        <FigureCards figures={overview.figures} />
      </section>
      <div className="grid gap-6 xl:grid-cols-3">
        <section aria-labelledby="issued-heading" className="min-w-0 xl:col-span-2">
          <h3 id="issued-heading" className="mb-3 text-base font-semibold text-stone-900">
            {ip.list}
          </h3>
          <DirectiveProgressList
            list={list}
            label={ip.list}
            issuer={false}
            empty={format(ip.empty, { unit: scope.name })}
            nameHref={(id) => `/van-ban/${id}/don-vi`}
            pageHref={(page) => dashboardHref("/tong-quan/ban-hanh", { orgId: scope.id, period: period.key, page })}
          />
        </section>
        <Card aria-labelledby="late-heading" className="min-w-0 self-start">
          <CardHeader>
            <CardTitle as="h3" id="late-heading">
              {ip.lateUnits}
            </CardTitle>
          </CardHeader>
          <CardBody>
            <LateUnitsList units={overview.lateUnits} count={overview.lateUnitCount} work={work} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
