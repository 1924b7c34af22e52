// The top of a dashboard view: where it is in the organisation forest (breadcrumbs that climb back
// up), what it shows (view, organisation, period, the day the figures are judged on) and the two
// ways to take it away: the Excel workbook of the same table and the print-ready report.
import type { ReactNode } from "react";
import { Breadcrumbs, type BreadcrumbItem } from "@/components/ui/Breadcrumbs";
import { ButtonLink } from "@/components/ui/Button";
import { DownloadLink } from "@/components/ui/DownloadLink";
import { formatDate } from "@/lib/format";
import type { Period } from "@/lib/domain/period";
import { format, messages } from "@/lib/i18n/messages";
import type { DashboardScope } from "@/lib/server/dashboard";
import { dashboardHref, exportHref, printHref, viewName, viewOf, type DashboardView } from "./views";
import { periodName } from "@/lib/i18n/period-name";

const m = messages.dashboard;

export interface ViewHeaderProps {
  view: DashboardView;
  scope: DashboardScope;
  period: Period;
  asOf: string;
  /** Crumbs after the organisation's own (the directive of a cascade tree). */
  trail?: BreadcrumbItem[];
  title?: string;
  description?: ReactNode;
  /** False on a sub-view whose table has no workbook of its own (the cascade tree). */
  actions?: boolean;
  /** The figures cover every date, not the period (the cascade tree). */
  everyDate?: boolean;
}

/** The organisation's ancestors in scope and itself, each opening the same view one level up. */
export function orgCrumbs(view: DashboardView, scope: DashboardScope, period: Period, linkSelf: boolean): BreadcrumbItem[] {
  const path = viewOf(view).path;
  return [
    ...scope.path.map((a) => ({ label: a.name, href: dashboardHref(path, { orgId: a.id, period: period.key }) })),
    { label: scope.name, href: linkSelf ? dashboardHref(path, { orgId: scope.id, period: period.key }) : undefined },
  ];
}

export function ViewHeader({ view, scope, period, asOf, trail = [], title, description, actions = true, everyDate = false }: ViewHeaderProps) {
  const table = viewOf(view).table;
  return (
    <div className="mb-6">
      <Breadcrumbs items={[...orgCrumbs(view, scope, period, trail.length > 0), ...trail]} className="mb-2" />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold tracking-tight text-stone-900 sm:text-xl">{title ?? format(m.viewTitle, { view: viewName(view), unit: scope.name })}</h2>
          <p className="mt-1 text-sm text-stone-600">{everyDate
              ? format(m.scopeLineEveryDate, { unit: scope.name, date: formatDate(asOf) })
              : format(m.scopeLine, { unit: scope.name, period: periodName(period), date: formatDate(asOf) })}</p>
          {description ? <p className="mt-1 max-w-3xl text-sm text-stone-600">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2 print:hidden">
          <DownloadLink href={exportHref(table, scope.id, period.key)}>{m.export}</DownloadLink>
          <ButtonLink href={printHref(table, scope.id, period.key)} size="sm">
            <svg viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" aria-hidden="true">
              <path d="M4.5 6V2.5h7V6M4.5 11H3a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1h-1.5M4.5 9h7v4.5h-7z" />
            </svg>
            {m.print}
          </ButtonLink>
        </div> : null}
      </div>
    </div>
  );
}
