// The print-ready report of a dashboard table (?bang=, by unit when absent) for the organisation
// and period of the URL: on screen an A4 sheet with its options above it; printed, the sheet alone
// (the app shell hides itself when printing) on A4 with the customary margins.
import type { ReactNode } from "react";
import Link from "@/components/ui/Link";
import { notFound } from "next/navigation";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { PeriodPicker } from "@/components/dashboard/PeriodPicker";
import { PrintButton } from "@/components/dashboard/PrintButton";
import {
  CoverageReportTable,
  DirectivesReportTable,
  EmulationReportTable,
  FiguresTable,
  HeatmapReportTable,
  LateUnitsReportTable,
  REPORT_FONT,
  ReportClosing,
  ReportHeading,
  ReportParagraph,
  ReportSection,
  ReportTitle,
  TrendReportTable,
  UnitsReportTable,
} from "@/components/dashboard/PrintReport";
import { DASHBOARD_VIEWS, dashboardHref, periodKindsOf, PRINT_PATH, TABLE_PARAM, type DashboardTable } from "@/components/dashboard/views";
import { periodName } from "@/lib/i18n/period-name";
import { Select } from "@/components/ui/Select";
import { formatDate, formatNumber, formatRate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { dashboardOverview, unitRanking } from "@/lib/server/dashboard";
import { issuedOverview } from "@/lib/server/dashboard-issued";
import { directiveProgress, emulationRanking, heatmap, targetCoverage } from "@/lib/server/dashboard-views";

const m = messages.dashboard;
const r = m.report;

export const metadata = { title: `${r.metaTitle} · ${m.title}` };

/** The printed report of an organisation's own directives lists up to this many units with overdue work. */
const PRINTED_LATE_UNITS = 200;


export default async function PrintReportPage({ searchParams }: { searchParams: SearchParams }) {
  const asked = (await searchParams)[TABLE_PARAM];
  const table = (Array.isArray(asked) ? asked[0] : asked) ?? "don-vi";
  const view = DASHBOARD_VIEWS.find((v) => v.table === table);
  if (!view) notFound();
  const { user, scope, period, today, rangeInvalid, raw } = await loadView(searchParams, view.id, PRINT_PATH);
  // The directives the organisation issued are reported across every unit they assign, not its subtree:
  // that report reads no subtree figures.
  const issued = view.id === "issued" ? await issuedOverview(user, scope.id, period, PRINTED_LATE_UNITS) : null;
  const overview = issued ? null : await dashboardOverview(user, scope.id, period);
  const f = issued?.figures ?? overview!.figures;
  const name = periodName(period);

  const sections: { title: string; body: ReactNode }[] = [];
  if (overview && view.id === "overview") sections.push({ title: r.sections.trend, body: <TrendReportTable trend={overview.trend} /> });
  if (view.id === "overview" || view.id === "units") {
    sections.push({ title: r.sections.units, body: <UnitsReportTable rows={await unitRanking(user, scope.id, period)} /> });
  }
  if (view.id === "directives") sections.push({ title: r.sections.directives, body: <DirectivesReportTable rows={await directiveProgress(user, scope.id, period)} /> });
  if (issued) {
    sections.push({ title: r.sections.issued, body: <DirectivesReportTable rows={await directiveProgress(user, scope.id, period, 200, { issued: true })} /> });
    sections.push({ title: r.sections.lateUnits, body: <LateUnitsReportTable units={issued.lateUnits} /> });
  }
  if (view.id === "heatmap") sections.push({ title: r.sections.heatmap, body: <HeatmapReportTable map={await heatmap(user, scope.id, period)} rootId={scope.id} /> });
  if (view.id === "targets") {
    const c = await targetCoverage(user, scope.id, period);
    sections.push({ title: r.sections.targets, body: <CoverageReportTable rows={c.rows} total={c.total} rootId={scope.id} /> });
  }
  if (view.id === "emulation") {
    sections.push({ title: r.sections.emulation, body: <EmulationReportTable units={emulationRanking(await unitRanking(user, scope.id, period))} /> });
  }

  const parent = scope.path.at(-1);
  return (
    <>
      <div className="mx-auto mb-6 max-w-[210mm] space-y-4 print:hidden">
        <p>
          <Link href={dashboardHref(view.path, { orgId: scope.id, period: period.key })} className="text-sm font-medium link">
            <span aria-hidden="true">← </span>
            {r.back}
          </Link>
        </p>
        <section aria-labelledby="print-options" className="rounded-lg border border-stone-200 bg-white p-4">
          <p id="print-options" className="mb-3 text-base font-semibold text-stone-900">
            {r.toolbar}
          </p>
          <PeriodPicker
            action={PRINT_PATH}
            orgId={scope.id}
            period={period}
            today={today}
            kinds={periodKindsOf(view.id)}
            rangeInvalid={rangeInvalid}
            typed={{ from: raw.tu, to: raw.den }}
            rangeHidden={{ [TABLE_PARAM]: view.table }}
            extra={
              <div className="min-w-0 grow sm:grow-0">
                <label htmlFor="bang" className="mb-1 block text-sm font-medium text-stone-800">
                  {r.table}
                </label>
                <Select id="bang" name={TABLE_PARAM} defaultValue={view.table} className="min-w-52">
                  {DASHBOARD_VIEWS.map((v) => (
                    <option key={v.table} value={v.table}>
                      {r.tables[v.table as DashboardTable]}
                    </option>
                  ))}
                </Select>
              </div>
            }
          />
          <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4">
            <PrintButton label={r.print} />
            <p className="max-w-xl text-sm text-stone-600">{r.hint}</p>
          </div>
        </section>
      </div>

      {/* On a phone the sheet keeps a readable width and scrolls sideways; printed, it is the page. */}
      <div role="region" aria-label={r.preview} tabIndex={0} className="overflow-x-auto pb-2 print:overflow-visible print:p-0">
      <article
        className="report-sheet mx-auto max-w-[210mm] min-w-[36rem] bg-white px-[8mm] py-[12mm] text-black shadow-md ring-1 ring-stone-200 md:px-[15mm] md:py-[20mm] md:pl-[30mm] print:max-w-none print:min-w-0 print:p-0 print:shadow-none print:ring-0"
        style={{ fontFamily: REPORT_FONT }}
      >
        <ReportHeading orgName={scope.name} parentName={parent?.name} date={today} />
        <ReportTitle periodName={name} />
        <ReportSection n={1} title={r.general}>
          <ReportParagraph>
            {format(issued ? r.summaryIssued : r.summary, {
              period: name,
              lateUnits: formatNumber(issued?.lateUnitCount ?? 0),
              unit: scope.name,
              total: formatNumber(f.total),
              onTime: formatNumber(f.completedOnTime),
              late: formatNumber(f.completedLate),
              inProgress: formatNumber(f.inProgress),
              overdue: formatNumber(f.overdue),
              rate: formatRate(f.onTimeRate),
              denominator: formatNumber(f.rateDenominator),
              date: formatDate(today),
            })}
          </ReportParagraph>
          <FiguresTable figures={f} />
        </ReportSection>
        {sections.map((s, i) => (
          <ReportSection key={s.title} n={i + 2} title={s.title}>
            {s.body}
          </ReportSection>
        ))}
        <ReportClosing orgName={scope.name} />
      </article>
      </div>
    </>
  );
}
