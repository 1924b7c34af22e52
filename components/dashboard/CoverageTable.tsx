// Target coverage per unit and in total: Σ achieved ÷ Σ each unit's own denominator, as a bar
// with its percentage and its "achieved/denominator" in words.
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { CoverageRow } from "@/lib/server/dashboard-views";
import { RateBar } from "./RateBar";

const m = messages.dashboard;
const t = m.targetsPage;

export function CoverageTable({ rows, total, rootId, rootName }: { rows: CoverageRow[]; total: CoverageRow; rootId: number; rootName: string }) {
  if (rows.length === 0 || total.assignments === 0) return <EmptyState title={t.empty} />;
  const line = (r: CoverageRow, kind: "unit" | "own" | "total") => (
    <Tr key={`${kind}-${r.unitId}`} className={cn(kind === "own" && "bg-stone-50", kind === "total" && "border-t-2 border-stone-300 bg-stone-50 font-semibold")}>
      <Th scope="row" className={cn("min-w-24 sm:min-w-56", kind === "unit" ? "font-medium" : "font-semibold")}>
        {kind === "total" ? m.total : kind === "own" ? <span className="italic">{format(m.own, { unit: r.name })}</span> : r.name}
      </Th>
      <Td>
        {r.coverage === null ? (
          <span className="text-sm text-stone-600">{t.notReported}</span>
        ) : (
          <RateBar rate={r.coverage} showBand={false} detail={format(t.result, { achieved: formatNumber(r.achieved), denominator: formatNumber(r.denominator) })} />
        )}
      </Td>
      <Td numeric className="wide-only">{formatNumber(r.assignments)}</Td>
      <Td numeric>
        {formatNumber(r.reported)}/{formatNumber(r.assignments)}
      </Td>
      <Td numeric className="wide-only">{r.reported ? formatNumber(r.achieved) : "—"}</Td>
      <Td numeric className="wide-only">{r.reported ? formatNumber(r.denominator) : "—"}</Td>
    </Tr>
  );
  return (
    // On a phone: unit, coverage (with achieved/denominator under it) and reports; the other counts from sm up.
    <Table label={t.table} minWidth="52rem" phoneMinWidth="0">
      <caption className="sr-only">
        {t.table}: {rootName}
      </caption>
      <THead>
        <Tr>
          <Th>{m.unit}</Th>
          <Th>{m.coverage}</Th>
          <Th className="wide-only text-right">{m.assignments}</Th>
          <Th className="text-right">{m.reported}</Th>
          <Th className="wide-only text-right">{m.achieved}</Th>
          <Th className="wide-only text-right">{m.denominator}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.filter((r) => r.unitId !== rootId).map((r) => line(r, "unit"))}
        {rows.filter((r) => r.unitId === rootId).map((r) => line(r, "own"))}
        {line(total, "total")}
      </TBody>
    </Table>
  );
}
