// The six status figures of a scope and period, each defined in domain.md: the home page and the
// dashboard's overview show the same cards from the same Figures.
import { StatCard } from "@/components/ui/StatCard";
import { formatNumber, formatRate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { Figures } from "@/lib/server/dashboard";

export function FigureCards({ figures, dueSoon }: { figures: Figures; /** Shown under "in progress" when some is due within 14 days. */ dueSoon?: number }) {
  const m = messages.home;
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <StatCard label={m.total} value={formatNumber(figures.total)} />
      <StatCard label={m.onTime} value={formatNumber(figures.completedOnTime)} tone="green" />
      <StatCard label={m.late} value={formatNumber(figures.completedLate)} tone="amber" />
      <StatCard label={m.overdue} value={formatNumber(figures.overdue)} tone="red" />
      <StatCard label={m.inProgress} value={formatNumber(figures.inProgress)} tone="blue" hint={dueSoon ? format(m.dueSoon, { n: formatNumber(dueSoon) }) : undefined} />
      <StatCard
        label={m.rate}
        value={formatRate(figures.onTimeRate)}
        hint={
          figures.rateDenominator
            ? format(m.rateHint, { onTime: formatNumber(figures.completedOnTime), denominator: formatNumber(figures.rateDenominator) })
            : m.rateNone
        }
      />
    </div>
  );
}
