// The units directly under an organisation, ranked by on-time rate then overdue count, each with the
// figures of its whole subtree; a unit with units of its own opens them (one level down), a unit
// without opens its own overview. The organisation's own assignments come last, then the total.
import Link from "@/components/ui/Link";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { cn } from "@/components/ui/cn";
import { StatusGlyph } from "@/components/ui/StatusGlyph";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { rankingPlaces, totalFigures, type UnitRow } from "@/lib/server/dashboard";
import { RateBar } from "./RateBar";

const m = messages.dashboard;

/** The overdue count, red with its glyph when there is any. */
export function OverdueCount({ n }: { n: number }) {
  if (n === 0) return <span className="tabular-nums text-stone-700">0</span>;
  return (
    <span className="inline-flex items-center gap-1 font-semibold tabular-nums text-red-700">
      <StatusGlyph status="OVERDUE" />
      {formatNumber(n)}
    </span>
  );
}

export function UnitRankingTable({
  rows,
  orgName,
  drillHref,
  leafHref,
}: {
  rows: UnitRow[];
  orgName: string;
  drillHref: (unitId: number) => string;
  leafHref: (unitId: number) => string;
}) {
  const units = rows.filter((r) => !r.own);
  const own = rows.filter((r) => r.own);
  if (units.every((r) => r.total === 0) && own.length === 0) return <EmptyState title={m.unitsPage.empty} />;
  // The rows partition the subtree's assignments (each goes to one child, or to the organisation itself).
  const total = totalFigures(rows);
  const places = rankingPlaces(units);
  const line = (r: UnitRow | (typeof total & { unitId: number; name: string; childCount: number; own: boolean }), kind: "unit" | "own" | "total", place: number | null = null) => {
    return (
      <Tr key={`${kind}-${r.unitId}`} className={cn(kind === "own" && "bg-stone-50", kind === "total" && "border-t-2 border-stone-300 bg-stone-50 font-semibold")}>
        <Td numeric className="text-stone-600">{place ?? ""}</Td>
        <Th scope="row" className={cn("min-w-24 sm:min-w-56", kind !== "unit" && "font-semibold")}>
          {kind === "total" ? (
            m.total
          ) : kind === "own" ? (
            <span className="italic">{format(m.own, { unit: r.name })}</span>
          ) : r.childCount > 0 ? (
            <>
              <Link href={drillHref(r.unitId)} className="link">
                {r.name}
              </Link>
              <span className="block text-xs font-normal text-stone-600">{format(m.unitsPage.children, { n: formatNumber(r.childCount) })}</span>
            </>
          ) : (
            <Link href={leafHref(r.unitId)} className="font-medium text-stone-900 underline-offset-2 hover:text-brand-700 hover:underline">
              {r.name}
            </Link>
          )}
        </Th>
        <Td>
          <RateBar rate={r.onTimeRate} empty={r.total === 0} detail={r.rateDenominator ? `${formatNumber(r.completedOnTime)}/${formatNumber(r.rateDenominator)}` : undefined} />
        </Td>
        <Td className="text-right">
          <OverdueCount n={r.overdue} />
        </Td>
        <Td numeric className="wide-only">{formatNumber(r.total)}</Td>
        <Td numeric className="wide-only">{formatNumber(r.completedOnTime)}</Td>
        <Td numeric className="wide-only">{formatNumber(r.completedLate)}</Td>
        <Td numeric className="wide-only">{formatNumber(r.inProgress)}</Td>
      </Tr>
    );
  };
  return (
    <div className="space-y-3">
      {/* On a phone: place, unit, rate and overdue; the counts behind them from sm up (and in the workbook). */}
      <Table label={m.unitsPage.table} minWidth="60rem" phoneMinWidth="0">
        <caption className="sr-only">{m.unitsPage.table}: {orgName}</caption>
        <THead>
          <Tr>
            <Th className="w-8 text-right sm:w-12">{m.rank}</Th>
            <Th>{m.unit}</Th>
            <Th>{m.figures.onTimeRate}</Th>
            <Th className="text-right">{m.figures.overdue}</Th>
            <Th className="wide-only text-right">{m.figures.total}</Th>
            <Th className="wide-only text-right">{m.figures.completedOnTime}</Th>
            <Th className="wide-only text-right">{m.figures.completedLate}</Th>
            <Th className="wide-only text-right">{m.figures.inProgress}</Th>
          </Tr>
        </THead>
        <TBody>
          {units.map((r, i) => line(r, "unit", places[i]))}
          {own.map((r) => line(r, "own"))}
          {line({ ...total, unitId: 0, name: m.total, childCount: 0, own: false }, "total")}
        </TBody>
      </Table>
      <p className="text-xs text-stone-600">{m.unitsPage.bandLegend}</p>
    </div>
  );
}
