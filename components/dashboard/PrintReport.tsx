// The printed report in the formal Vietnamese layout (Nghị định 30/2020/NĐ-CP): the issuing
// organisation top left, the national heading and motto top right with the place and date, the
// title, numbered sections with plain bordered tables, then "Nơi nhận" and the signature block.
// Serif type (Times New Roman, or its metric twin Liberation Serif) in points, as on paper.
import type { ReactNode } from "react";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { directiveLabel } from "@/components/directives/labels";
import { cn } from "@/components/ui/cn";
import { StatusGlyph } from "@/components/ui/StatusGlyph";
import { isoParts, type IsoDate } from "@/lib/domain/calendar";
import { formatNumber, formatRate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { totalFigures, type Figures, type TrendPoint, type UnitRow } from "@/lib/server/dashboard";
import type { IssuedUnit } from "@/lib/server/dashboard-issued";
import type { CoverageRow, DirectiveRow, Heatmap, RankedUnit } from "@/lib/server/dashboard-views";
import { orderedUnits } from "./HeatmapTable";
import { STATUS_ORDER, type ShownStatus } from "./status";

const m = messages.dashboard;
const r = m.report;

export const REPORT_FONT = '"Times New Roman", Times, "Liberation Serif", "Nimbus Roman", serif';

/** "Hà Nội, ngày 05 tháng 01 năm 2026": days below 10 and months 1–2 take a leading zero. */
export function placeDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return format(r.placeDate, { place: r.place, day: String(day).padStart(2, "0"), month: month < 3 ? String(month).padStart(2, "0") : String(month), year });
}

export function ReportHeading({ orgName, parentName, date }: { orgName: string; parentName?: string; date: IsoDate }) {
  return (
    <div className="grid grid-cols-[minmax(0,5fr)_minmax(0,7fr)] gap-4 text-center leading-snug">
      <div>
        {parentName ? <p className="text-[12pt] uppercase">{parentName}</p> : null}
        <p className="text-[12pt] font-bold uppercase">{orgName}</p>
        <div aria-hidden="true" className="mx-auto mt-0.5 w-1/3 border-t border-black" />
      </div>
      <div>
        <p className="text-[12pt] font-bold print:whitespace-nowrap">{r.nation}</p>
        <p className="text-[13pt] font-bold">
          <span className="inline-block border-b border-black pb-px">{r.motto}</span>
        </p>
        <p className="mt-3 text-[13pt] italic">{placeDate(date)}</p>
      </div>
    </div>
  );
}

export function ReportTitle({ periodName }: { periodName: string }) {
  return (
    <div className="mt-6 text-center">
      <h1 className="text-[14pt] leading-snug font-bold">
        {r.title}
        <br />
        {r.subject}
      </h1>
      <p className="text-[13pt] font-bold">{periodName}</p>
      <div aria-hidden="true" className="mx-auto mt-1 w-24 border-t border-black" />
    </div>
  );
}

export function ReportSection({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="mt-5">
      <h2 className="break-after-avoid text-[13pt] font-bold">{format(r.numbered, { n: ["I", "II", "III", "IV", "V"][n - 1] ?? n, title })}</h2>
      <div className="mt-2 space-y-2">{children}</div>
    </section>
  );
}

export function ReportParagraph({ children }: { children: ReactNode }) {
  return <p className="text-justify indent-[1cm] text-[13pt] leading-normal">{children}</p>;
}

function NoData() {
  return <ReportParagraph>{messages.states.empty}.</ReportParagraph>;
}

const cell = "border border-black px-1.5 py-1 align-top";
const num = `${cell} text-right tabular-nums`;

function Head({ cols }: { cols: { label: string; className?: string }[] }) {
  return (
    <thead>
      <tr>
        {cols.map((c) => (
          <th key={c.label} scope="col" className={cn(cell, "text-center align-middle font-bold", c.className)}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function ReportTable({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <table aria-label={label} className={cn("w-full border-collapse text-[11pt] leading-snug [&_tr]:break-inside-avoid", className)}>
      {children}
    </table>
  );
}

const figureCols = [m.figures.total, m.figures.completedOnTime, m.figures.completedLate, m.figures.inProgress, m.figures.overdue, m.figures.onTimeRate];
const figureCells = (f: Figures) => [formatNumber(f.total), formatNumber(f.completedOnTime), formatNumber(f.completedLate), formatNumber(f.inProgress), formatNumber(f.overdue), formatRate(f.onTimeRate)];

/** A row's six figures, in the order of figureCols. */
function FigureTds({ figures, className }: { figures: Figures; className?: string }) {
  return figureCells(figures).map((v, i) => (
    <td key={i} className={cn(num, className)}>
      {v}
    </td>
  ));
}

export function FiguresTable({ figures }: { figures: Figures }) {
  return (
    <ReportTable label={m.figuresHeading}>
      <Head cols={figureCols.map((label) => ({ label }))} />
      <tbody>
        <tr>
          <FigureTds figures={figures} className="text-center" />
        </tr>
      </tbody>
    </ReportTable>
  );
}

export function TrendReportTable({ trend }: { trend: TrendPoint[] }) {
  return (
    <ReportTable label={m.trend.table}>
      <Head cols={[{ label: m.month }, { label: m.completed }, { label: m.trend.ofWhichLate }, { label: m.trend.missed }]} />
      <tbody>
        {trend.map((p) => (
          <tr key={p.month}>
            <th scope="row" className={cn(cell, "text-left font-normal")}>
              {format(m.trend.monthLong, { month: String(Number(p.month.slice(5))), year: p.month.slice(0, 4) })}
            </th>
            <td className={num}>{formatNumber(p.completed)}</td>
            <td className={num}>{formatNumber(p.completedLate)}</td>
            <td className={num}>{formatNumber(p.becameOverdue)}</td>
          </tr>
        ))}
      </tbody>
    </ReportTable>
  );
}

/** The columns of a table of units with their figures: number, unit, then the six figures. */
const unitFigureCols = [{ label: m.ordinal, className: "w-[8mm]" }, { label: m.unit, className: "w-[35%]" }, ...figureCols.map((label) => ({ label }))];

export function UnitsReportTable({ rows }: { rows: UnitRow[] }) {
  if (rows.length === 0) return <NoData />;
  const ordered = [...rows.filter((x) => !x.own), ...rows.filter((x) => x.own)];
  const total = totalFigures(rows);
  return (
    <ReportTable label={m.views.units}>
      <Head cols={unitFigureCols} />
      <tbody>
        {ordered.map((x, i) => (
          <tr key={x.unitId}>
            <td className={cn(cell, "text-center")}>{x.own ? "" : i + 1}</td>
            <th scope="row" className={cn(cell, "text-left font-normal", x.own && "italic")}>
              {x.own ? format(m.own, { unit: x.name }) : x.name}
            </th>
            <FigureTds figures={x} />
          </tr>
        ))}
        <tr className="font-bold">
          <td className={cell} />
          <th scope="row" className={cn(cell, "text-left font-bold")}>
            {m.total}
          </th>
          <FigureTds figures={total} />
        </tr>
      </tbody>
    </ReportTable>
  );
}

export function DirectivesReportTable({ rows }: { rows: DirectiveRow[] }) {
  if (rows.length === 0) return <NoData />;
  return (
    <ReportTable label={m.views.directives}>
      <Head cols={[{ label: m.ordinal, className: "w-[8mm]" }, { label: m.directive, className: "w-[35%]" }, { label: m.units }, ...figureCols.map((label) => ({ label }))]} />
      <tbody>
        {rows.map((x, i) => (
          <tr key={x.directiveId}>
            <td className={cn(cell, "text-center")}>{i + 1}</td>
            <th scope="row" className={cn(cell, "text-left font-normal")}>
              <span className="font-bold">
                <DirectiveLabel directive={x} />
              </span> — {x.title}
            </th>
            <td className={num}>{formatNumber(x.units)}</td>
            <FigureTds figures={x} />
          </tr>
        ))}
      </tbody>
    </ReportTable>
  );
}

/** The units holding overdue work of the organisation's own directives, most overdue first. */
export function LateUnitsReportTable({ units }: { units: IssuedUnit[] }) {
  if (units.length === 0) return <NoData />;
  return (
    <ReportTable label={m.issuedPage.lateUnits}>
      <Head cols={unitFigureCols} />
      <tbody>
        {units.map((x, i) => (
          <tr key={x.unitId}>
            <td className={cn(cell, "text-center")}>{i + 1}</td>
            <th scope="row" className={cn(cell, "text-left font-normal")}>
              {x.name}
            </th>
            <FigureTds figures={x} />
          </tr>
        ))}
      </tbody>
    </ReportTable>
  );
}

export function HeatmapReportTable({ map, rootId }: { map: Heatmap; rootId: number }) {
  if (map.directives.length === 0 || map.units.length === 0) return <NoData />;
  return (
    <>
      <ReportTable label={m.views.heatmap} className="text-[10pt]">
        <thead>
          <tr>
            <th scope="col" className={cn(cell, "text-left align-bottom font-bold")}>
              {m.unit}
            </th>
            {map.directives.map((d) => (
              <th key={d.id} scope="col" title={`${directiveLabel(d)} — ${d.title}`} className={cn(cell, "px-0.5 align-bottom font-bold")}>
                <span className="inline-block rotate-180 [writing-mode:vertical-rl]">{d.symbol ?? directiveLabel(d)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {orderedUnits(map, rootId).map((u) => (
            <tr key={u.id}>
              <th scope="row" className={cn(cell, "text-left font-normal", u.id === rootId && "italic")}>
                {u.id === rootId ? format(m.own, { unit: u.name }) : u.name}
              </th>
              {map.directives.map((d) => {
                const c = map.cells[u.id]?.[d.id];
                if (!c || c.status === "CANCELLED") return <td key={d.id} className={cn(cell, "text-center")}>–</td>;
                return (
                  <td key={d.id} className={cn(cell, "px-0.5 text-center")}>
                    <span className="inline-flex items-center gap-0.5" title={messages.assignmentStatus[c.status]}>
                      <StatusGlyph status={c.status as ShownStatus} className="size-[9pt]" />
                      <span className="sr-only">{messages.assignmentStatus[c.status]}</span>
                      {c.count > 1 ? formatNumber(c.count) : null}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ReportTable>
      <p className="text-[11pt] italic">
        {m.statusLegend}:{" "}
        {STATUS_ORDER.map((s, i) => (
          <span key={s} className="inline-flex items-center gap-1">
            {i > 0 ? "; " : ""}
            <StatusGlyph status={s} className="size-[9pt]" /> {messages.assignmentStatus[s]}
          </span>
        ))}
        ; – {m.heatmapPage.none}.
      </p>
    </>
  );
}

export function CoverageReportTable({ rows, total, rootId }: { rows: CoverageRow[]; total: CoverageRow; rootId: number }) {
  if (rows.length === 0) return <NoData />;
  const line = (x: CoverageRow, label: ReactNode, key: string, bold = false) => (
    <tr key={key} className={cn(bold && "font-bold")}>
      <th scope="row" className={cn(cell, "text-left", bold ? "font-bold" : "font-normal")}>
        {label}
      </th>
      <td className={num}>{formatNumber(x.assignments)}</td>
      <td className={num}>{formatNumber(x.reported)}</td>
      <td className={num}>{formatNumber(x.achieved)}</td>
      <td className={num}>{formatNumber(x.denominator)}</td>
      <td className={num}>{formatRate(x.coverage)}</td>
    </tr>
  );
  return (
    <ReportTable label={m.views.targets}>
      <Head cols={[{ label: m.unit }, { label: m.assignments }, { label: m.reported }, { label: m.achieved }, { label: m.denominator }, { label: m.coverage }]} />
      <tbody>
        {rows.map((x) => line(x, x.unitId === rootId ? <span className="italic">{format(m.own, { unit: x.name })}</span> : x.name, String(x.unitId)))}
        {line(total, m.total, "total", true)}
      </tbody>
    </ReportTable>
  );
}

export function EmulationReportTable({ units }: { units: RankedUnit[] }) {
  if (units.length === 0) return <NoData />;
  return (
    <>
      <ReportTable label={m.views.emulation}>
        <Head cols={[{ label: m.rank, className: "w-[12mm]" }, { label: m.unit }, { label: m.score }, { label: m.figures.onTimeRate }, { label: m.figures.overdue }, { label: m.figures.total }]} />
        <tbody>
          {units.map(({ row, score, rank }) => (
            <tr key={row.unitId}>
              <td className={cn(cell, "text-center")}>{rank ?? ""}</td>
              <th scope="row" className={cn(cell, "text-left font-normal")}>
                {row.name}
              </th>
              <td className={num}>{score === null ? "—" : formatNumber(score)}</td>
              <td className={num}>{formatRate(row.onTimeRate)}</td>
              <td className={num}>{formatNumber(row.overdue)}</td>
              <td className={num}>{formatNumber(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </ReportTable>
      <p className="text-[11pt] italic">{m.scoreFormula}</p>
    </>
  );
}

export function ReportClosing({ orgName }: { orgName: string }) {
  return (
    <div className="mt-8 grid grid-cols-2 gap-4 break-inside-avoid">
      <div>
        <p className="text-[12pt] font-bold italic">{r.recipients}</p>
        {r.recipientLines.map((line) => (
          <p key={line} className="text-[11pt] leading-snug">
            {format(line, { unit: orgName })}
          </p>
        ))}
      </div>
      <div className="text-center">
        <p className="text-[13pt] font-bold">{r.signFor}</p>
        <p className="text-[13pt] italic">{r.signHint}</p>
        <div className="h-[30mm]" />
      </div>
    </div>
  );
}
