// Tổng quan: the figures of the organisation's subtree for the period, the month-by-month trend and
// the deadlines of the next fourteen days.
import { FigureCards } from "@/components/dashboard/FigureCards";
import { IssuedElsewhereNotice } from "@/components/dashboard/IssuedElsewhereNotice";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { TrendChart } from "@/components/dashboard/TrendChart";
import { UpcomingList } from "@/components/dashboard/UpcomingList";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { dashboardHref } from "@/components/dashboard/views";
import { periodName } from "@/lib/i18n/period-name";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { messages } from "@/lib/i18n/messages";
import { dashboardOverview } from "@/lib/server/dashboard";

const m = messages.dashboard;

export const metadata = { title: `${m.views.overview} · ${m.title}` };

export default async function DashboardOverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, scope, period, today } = await loadView(searchParams, "overview", "/tong-quan");
  const overview = await dashboardOverview(user, scope.id, period);
  return (
    <>
      <ViewHeader view="overview" scope={scope} period={period} asOf={overview.asOf} />
      {overview.figures.total === 0 ? <IssuedElsewhereNotice user={user} scope={scope} period={period} /> : null}
      <section aria-labelledby="figures-heading" className="mb-6">
        <h3 id="figures-heading" className="sr-only">
          {m.figuresHeading}
        </h3>
        <FigureCards figures={overview.figures} />
      </section>
      <div className="grid gap-6 xl:grid-cols-5">
        <Card aria-labelledby="trend-heading" className="min-w-0 xl:col-span-3">
          <CardHeader>
            <CardTitle as="h3" id="trend-heading">
              {m.trend.title}
            </CardTitle>
          </CardHeader>
          <CardBody className="space-y-4">
            <p className="text-sm text-stone-600">{m.trend.description}</p>
            <TrendChart trend={overview.trend} periodName={periodName(period)} />
          </CardBody>
        </Card>
        <Card aria-labelledby="upcoming-heading" className="min-w-0 xl:col-span-2">
          <CardHeader>
            <CardTitle as="h3" id="upcoming-heading">
              {m.upcoming.title}
            </CardTitle>
          </CardHeader>
          <CardBody>
            <UpcomingList
              items={overview.upcoming}
              count={overview.upcomingCount}
              tasks={overview.upcomingTasks}
              today={today}
              treeHref={(id) => dashboardHref(`/tong-quan/van-ban/${id}`, { orgId: scope.id, period: period.key })}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
