import "server-only";
// Each dashboard table as an Excel workbook: a title block (organisation, period, the day the figures
// are judged on), Vietnamese headers, dd/MM/yyyy dates, rates as percentages. The figures come from
// the same functions the pages call.
import ExcelJS from "exceljs";
import { directiveLabel } from "@/components/directives/labels";
import { formatViDate } from "@/lib/domain/calendar";
import { todayIn } from "@/lib/domain/clock";
import type { Period } from "@/lib/domain/period";
import { periodName } from "@/lib/i18n/period-name";
import { format, messages } from "@/lib/i18n/messages";
import { dashboardOverview, rankingPlaces, unitRanking, type DashboardScope, type Figures } from "./dashboard";
import { serverConfig } from "./config";
import { issuedOverview } from "./dashboard-issued";
import { directiveProgress, emulationRanking, heatmap, targetCoverage } from "./dashboard-views";
import type { SessionUser } from "./session-user";
import { titledSheet } from "./workbook";

export const EXPORT_TABLES = ["tong-quan", "don-vi", "van-ban", "ban-hanh", "ban-do-nhiet", "chi-tieu", "thi-dua"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const m = messages.dashboard;
const f = m.figures;
/** The workbook lists every unit holding overdue work of the organisation's directives, up to this many. */
const EXPORT_LATE_UNITS = 20_000;

const figureHeaders = [f.total, f.completedOnTime, f.completedLate, f.overdue, f.inProgress, f.onTimeRate];
const figureCells = (x: Figures) => [x.total, x.completedOnTime, x.completedLate, x.overdue, x.inProgress, x.onTimeRate];

/** The workbook of one dashboard table for the subtree of `scope` and `period`. */
export async function buildWorkbook(user: SessionUser, table: ExportTable, scope: DashboardScope, period: Period): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = messages.app.name;
  // The day the figures are judged on, as every view computes it; the overview itself only where shown.
  const asOf = todayIn(serverConfig().clock);
  const subtitle = format(m.scopeLine, { unit: scope.name, period: periodName(period), date: formatViDate(asOf) });
  switch (table) {
    case "tong-quan": {
      const overview = await dashboardOverview(user, scope.id, period);
      titledSheet(book, messages.exportSheets.overview, m.views.overview, subtitle, figureHeaders, [figureCells(overview.figures)], [6]);
      titledSheet(
        book,
        messages.exportSheets.trend,
        messages.exportSheets.trend,
        subtitle,
        [m.month, m.completed, f.completedLate, m.becameOverdue],
        overview.trend.map((t) => [`${t.month.slice(5)}/${t.month.slice(0, 4)}`, t.completed, t.completedLate, t.becameOverdue]),
      );
      break;
    }
    case "don-vi":
    case "thi-dua": {
      const rows = await unitRanking(user, scope.id, period);
      if (table === "don-vi") {
        const overview = await dashboardOverview(user, scope.id, period);
        // The page's columns in the page's order: place, unit, rate, overdue, then the counts.
        const units = rows.filter((r) => !r.own);
        const places = rankingPlaces(units);
        const cells = (x: Figures) => [x.onTimeRate, x.overdue, x.total, x.completedOnTime, x.completedLate, x.inProgress];
        titledSheet(
          book,
          messages.exportSheets.units,
          m.views.units,
          subtitle,
          [m.rank, m.unit, f.onTimeRate, f.overdue, f.total, f.completedOnTime, f.completedLate, f.inProgress],
          [
            ...units.map((r, i) => [places[i], r.name, ...cells(r)]),
            ...rows.filter((r) => r.own).map((r) => [null, format(m.own, { unit: r.name }), ...cells(r)]),
            // The rows partition the subtree, so its figures are their total, as on the page.
            [null, m.total, ...cells(overview.figures)],
          ],
          [3],
          1,
        );
      } else {
        const ws = titledSheet(
          book,
          messages.exportSheets.emulation,
          m.views.emulation,
          subtitle,
          [m.rank, m.unit, m.score, f.onTimeRate, f.overdue, f.total],
          emulationRanking(rows).map(({ row: r, score, rank }) => [rank, r.name, score, r.onTimeRate, r.overdue, r.total]),
          [4],
          1,
        );
        ws.addRow([]);
        ws.addRow([m.scoreFormula]).font = { italic: true };
      }
      break;
    }
    case "van-ban": {
      const rows = await directiveProgress(user, scope.id, period);
      titledSheet(
        book,
        messages.exportSheets.directives,
        m.views.directives,
        subtitle,
        [m.directive, m.issuer, m.units, m.childPlans, ...figureHeaders],
        rows.map((r) => [`${directiveLabel(r)} — ${r.title}`, r.issuerName, r.units, r.childPlans, ...figureCells(r)]),
        [10],
      );
      break;
    }
    case "ban-hanh": {
      // Every unit's work of the organisation's own directives: the figures, each directive, and
      // every unit holding overdue work of them (most overdue first).
      const [issued, rows] = await Promise.all([
        issuedOverview(user, scope.id, period, EXPORT_LATE_UNITS),
        directiveProgress(user, scope.id, period, 200, { issued: true }),
      ]);
      const issuedSubtitle = format(m.issuedExportLine, { unit: scope.name, period: periodName(period), date: formatViDate(asOf) });
      titledSheet(book, messages.exportSheets.issued, m.views.issued, issuedSubtitle, figureHeaders, [figureCells(issued.figures)], [6]);
      titledSheet(
        book,
        messages.exportSheets.directives,
        m.issuedPage.list,
        issuedSubtitle,
        [m.directive, m.units, m.childPlans, ...figureHeaders],
        rows.map((r) => [`${directiveLabel(r)} — ${r.title}`, r.units, r.childPlans, ...figureCells(r)]),
        [9],
      );
      titledSheet(
        book,
        messages.exportSheets.lateUnits,
        m.issuedPage.lateUnits,
        issuedSubtitle,
        [m.unit, ...figureHeaders],
        issued.lateUnits.map((u) => [u.name, ...figureCells(u)]),
        [7],
      );
      break;
    }
    case "ban-do-nhiet": {
      const h = await heatmap(user, scope.id, period);
      titledSheet(
        book,
        messages.exportSheets.heatmap,
        m.views.heatmap,
        subtitle,
        [m.unit, ...h.directives.map(directiveLabel)],
        h.units.map((u) => [u.name, ...h.directives.map((d) => {
          const cell = h.cells[u.id]?.[d.id];
          return cell ? `${messages.assignmentStatus[cell.status]} (${cell.count})` : "";
        })]),
      );
      break;
    }
    case "chi-tieu": {
      const t = await targetCoverage(user, scope.id, period);
      titledSheet(
        book,
        messages.exportSheets.targets,
        m.views.targets,
        subtitle,
        [m.unit, m.assignments, m.reported, m.achieved, m.denominator, m.coverage],
        [...t.rows.map((r) => [r.name, r.assignments, r.reported, r.achieved, r.denominator, r.coverage]), [m.total, t.total.assignments, t.total.reported, t.total.achieved, t.total.denominator, t.total.coverage]],
        [6],
      );
      break;
    }
  }
  const made = book.worksheets[0];
  made.addRow([]);
  made.addRow([format(messages.exportSheets.madeOn, { date: formatViDate(asOf) })]).font = { italic: true, color: { argb: "FF57534E" } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
