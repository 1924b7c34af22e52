// The status figures of a person's scope as of today, each one defined in domain.md.
import Link from "next/link";
import { StatCard } from "@/components/ui/StatCard";
import { format, messages } from "@/lib/i18n/messages";
import { formatDate, formatNumber, formatRate } from "@/lib/format";
import type { Figures } from "@/lib/server/dashboard";

export function ComplianceOverview({ figures, asOf, periodKey, dueSoon }: { figures: Figures; asOf: string; periodKey: string; dueSoon: number }) {
  const m = messages.home;
  const summary = { ...figures, asOf, dueWithin14Days: dueSoon };
  return (
    <section aria-labelledby="overview-heading" className="space-y-4">
      <h2 id="overview-heading" className="text-sm text-stone-600">
        {format(m.asOfPeriod, { period: periodKey, date: formatDate(summary.asOf) })}
      </h2>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <StatCard label={m.total} value={formatNumber(summary.total)} />
        <StatCard label={m.onTime} value={formatNumber(summary.completedOnTime)} tone="green" />
        <StatCard label={m.late} value={formatNumber(summary.completedLate)} tone="amber" />
        <StatCard label={m.overdue} value={formatNumber(summary.overdue)} tone="red" />
        <StatCard
          label={m.inProgress}
          value={formatNumber(summary.inProgress)}
          tone="blue"
          hint={summary.dueWithin14Days ? format(m.dueSoon, { n: summary.dueWithin14Days }) : undefined}
        />
        <StatCard
          label={m.rate}
          value={formatRate(summary.onTimeRate)}
          hint={
            summary.rateDenominator
              ? format(m.rateHint, { onTime: formatNumber(summary.completedOnTime), denominator: formatNumber(summary.rateDenominator) })
              : m.rateNone
          }
        />
      </div>
      <p>
        <Link href={`/tong-quan?ky=${periodKey}`} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          {m.viewDashboard}
        </Link>
      </p>
    </section>
  );
}
