// The emulation ranking of the units directly under an organisation for a quarter, half-year or
// year: the score (formula on the page), the on-time rate and the overdue count behind it.
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { formatNumber } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import type { RankedUnit } from "@/lib/server/dashboard-views";
import { RateBar } from "./RateBar";
import { OverdueCount } from "./UnitRankingTable";

const m = messages.dashboard;
const e = m.emulationPage;

export function EmulationTable({ units, rootName }: { units: RankedUnit[]; rootName: string }) {
  if (units.length === 0 || units.every((u) => u.row.total === 0)) return <EmptyState title={e.empty} />;
  return (
    // On a phone: place, unit, score and rate; the overdue count and the total from sm up.
    <Table label={e.table} minWidth="48rem" phoneMinWidth="0">
      <caption className="sr-only">
        {e.table}: {rootName}
      </caption>
      <THead>
        <Tr>
          <Th className="w-8 text-right sm:w-14">{m.rank}</Th>
          <Th>{m.unit}</Th>
          <Th>{m.score}</Th>
          <Th>{m.figures.onTimeRate}</Th>
          <Th className="wide-only text-right">{m.figures.overdue}</Th>
          <Th className="wide-only text-right">{m.figures.total}</Th>
        </Tr>
      </THead>
      <TBody>
        {units.map(({ row, score, rank }) => (
          <Tr key={row.unitId}>
            <Td className="text-right text-base font-semibold tabular-nums">{rank ?? ""}</Td>
            <Th scope="row" className="min-w-24 sm:min-w-56 font-medium">
              {row.name}
            </Th>
            <Td>
              {score === null ? (
                <span className="text-sm text-stone-600">{e.unranked}</span>
              ) : (
                <span className="flex items-center gap-2">
                  <span className="w-10 text-right font-semibold tabular-nums text-stone-900">{formatNumber(score)}</span>
                  <span aria-hidden="true" className="relative hidden h-2.5 w-28 sm:block overflow-hidden rounded-full bg-stone-200 ring-1 ring-inset ring-stone-300">
                    <span className="absolute inset-y-0 left-0 rounded-full bg-stone-600" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
                  </span>
                </span>
              )}
            </Td>
            <Td>
              <RateBar rate={row.onTimeRate} empty={row.total === 0} />
            </Td>
            <Td className="wide-only text-right">
              <OverdueCount n={row.overdue} />
            </Td>
            <Td numeric className="wide-only">{formatNumber(row.total)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
