// Completions (and late ones) and work that became overdue, month by month: an inline SVG bar chart
// (no chart library) named as an image with a summary, every bar with its <title> for pointer
// users, and the same numbers in a table below for everyone else.
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { TrendPoint } from "@/lib/server/dashboard";
import { STATUS_COLOR, StatusSwatch } from "./status";

const m = messages.dashboard;
const t = m.trend;

/** The chart's box on a 390 px phone, in CSS pixels (the page's padding and the card's taken off). */
const PHONE_WIDTH = 320;

const monthOf = (key: string) => ({ year: key.slice(0, 4), month: String(Number(key.slice(5, 7))) });

/** A step of 1, 2 or 5 × 10ⁿ giving at most five gridlines up to `max`. */
function niceStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((k) => k * pow).find((s) => s >= raw)!;
}

export function TrendChart({ trend, periodName }: { trend: TrendPoint[]; periodName: string }) {
  const totals = trend.reduce(
    (s, p) => ({ completed: s.completed + p.completed, late: s.late + p.completedLate, missed: s.missed + p.becameOverdue }),
    { completed: 0, late: 0, missed: 0 },
  );
  if (trend.length === 0 || totals.completed + totals.missed === 0) return <EmptyState title={t.empty} />;

  const manyYears = new Set(trend.map((p) => p.month.slice(0, 4))).size > 1;
  const max = Math.max(1, ...trend.map((p) => Math.max(p.completed, p.becameOverdue)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);

  // Geometry in SVG units; the drawing scales to its box and scrolls on a phone below its minimum.
  const group = 48;
  const bar = 16;
  // Room for the longest axis label ("10.000" at 11 units ≈ 6.5 units a character).
  const left = Math.max(28, 12 + Math.ceil(formatNumber(top).length * 6.5));
  const plotTop = 12;
  const plotHeight = 180;
  const labelSpace = manyYears ? 40 : 28;
  const width = left + trend.length * group + 8;
  const height = plotTop + plotHeight + labelSpace;
  const y = (v: number) => plotTop + plotHeight - (v / top) * plotHeight;
  // Below three quarters of its size the labels would be too small to read: the region scrolls instead.
  const minWidth = Math.round(width * 0.75);

  return (
    <div className="space-y-4">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700" aria-label={m.statusLegend}>
        <li className="flex items-center gap-1.5">
          <StatusSwatch status="COMPLETED_ON_TIME" />
          {t.onTime}
        </li>
        <li className="flex items-center gap-1.5">
          <StatusSwatch status="COMPLETED_LATE" />
          {t.late}
        </li>
        <li className="flex items-center gap-1.5">
          <StatusSwatch status="OVERDUE" />
          {t.missed}
        </li>
      </ul>
      {/* Wider than a phone: the region opens scrolled to its end (right-to-left scrolling, the drawing itself
          left-to-right), so the latest months — where this year's work is — show first; a line says so. */}
      {minWidth > PHONE_WIDTH ? <p className="text-xs text-stone-600 sm:hidden">{t.scrollHint}</p> : null}
      <div role="region" aria-label={t.title} tabIndex={0} dir="rtl" className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="trend-chart-title"
          className="h-auto w-full"
          style={{ minWidth: `${minWidth}px`, maxHeight: "22rem", direction: "ltr" }}
        >
          <title id="trend-chart-title">
            {format(t.chart, { period: periodName, completed: formatNumber(totals.completed), late: formatNumber(totals.late), missed: formatNumber(totals.missed) })}
          </title>
          <defs>
            <pattern id="trend-late" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={STATUS_COLOR.COMPLETED_LATE} />
              <rect width="2" height="6" fill="#fcd34d" />
            </pattern>
            <pattern id="trend-missed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
              <rect width="6" height="6" fill={STATUS_COLOR.OVERDUE} />
              <rect width="2" height="6" fill="#fecaca" />
            </pattern>
          </defs>
          {ticks.map((v) => (
            <g key={v}>
              <line x1={left} x2={width - 4} y1={y(v)} y2={y(v)} stroke={v === 0 ? "#78716c" : "#e7e5e4"} strokeWidth="1" />
              <text x={left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#57534e">
                {formatNumber(v)}
              </text>
            </g>
          ))}
          {trend.map((p, i) => {
            const x = left + i * group + (group - 2 * bar - 4) / 2;
            const onTime = p.completed - p.completedLate;
            const { year, month } = monthOf(p.month);
            const label = format(t.bar, {
              month: format(t.monthLong, { month, year }),
              completed: formatNumber(p.completed),
              late: formatNumber(p.completedLate),
              missed: formatNumber(p.becameOverdue),
            });
            const showYear = manyYears && (i === 0 || month === "1");
            return (
              <g key={p.month}>
                <title>{label}</title>
                {/* A transparent column so the whole month answers the pointer with its title. */}
                <rect x={left + i * group} y={plotTop} width={group} height={plotHeight} fill="transparent" />
                {onTime > 0 ? <rect x={x} y={y(onTime)} width={bar} height={y(0) - y(onTime)} fill={STATUS_COLOR.COMPLETED_ON_TIME} /> : null}
                {p.completedLate > 0 ? (
                  <rect x={x} y={y(p.completed)} width={bar} height={y(onTime) - y(p.completed)} fill="url(#trend-late)" stroke={STATUS_COLOR.COMPLETED_LATE} strokeWidth="0.5" />
                ) : null}
                {p.becameOverdue > 0 ? (
                  <rect x={x + bar + 4} y={y(p.becameOverdue)} width={bar} height={y(0) - y(p.becameOverdue)} fill="url(#trend-missed)" stroke={STATUS_COLOR.OVERDUE} strokeWidth="0.5" />
                ) : null}
                <text x={left + i * group + group / 2} y={plotTop + plotHeight + 16} textAnchor="middle" fontSize="11" fill="#44403c">
                  {format(t.monthShort, { month })}
                </text>
                {showYear ? (
                  <text x={left + i * group + group / 2} y={plotTop + plotHeight + 30} textAnchor="middle" fontSize="10" fill="#57534e">
                    {year}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <Table label={t.table} minWidth="28rem" phoneMinWidth="0">
        <caption className="sr-only">{t.table}</caption>
        <THead>
          <Tr>
            <Th>{m.month}</Th>
            <Th className="text-right">{m.completed}</Th>
            <Th className="text-right">{t.ofWhichLate}</Th>
            <Th className="text-right">{t.missed}</Th>
          </Tr>
        </THead>
        <TBody>
          {trend.map((p) => {
            const { year, month } = monthOf(p.month);
            return (
              <Tr key={p.month}>
                <Th scope="row" className="font-normal">
                  {format(t.monthLong, { month, year })}
                </Th>
                <Td numeric>{formatNumber(p.completed)}</Td>
                <Td numeric>{formatNumber(p.completedLate)}</Td>
                <Td numeric>{formatNumber(p.becameOverdue)}</Td>
              </Tr>
            );
          })}
          <Tr className="bg-stone-50 font-semibold">
            <Th scope="row">{m.total}</Th>
            <Td numeric>{formatNumber(totals.completed)}</Td>
            <Td numeric>{formatNumber(totals.late)}</Td>
            <Td numeric>{formatNumber(totals.missed)}</Td>
          </Tr>
        </TBody>
      </Table>
    </div>
  );
}
