// The status figures of a person's scope as of today, each one defined in domain.md.
import Link from "next/link";
import { FigureCards } from "@/components/dashboard/FigureCards";
import { format, messages } from "@/lib/i18n/messages";
import { formatDate } from "@/lib/format";
import type { Figures } from "@/lib/server/dashboard";

export function ComplianceOverview({ figures, asOf, periodKey, dueSoon }: { figures: Figures; asOf: string; periodKey: string; dueSoon: number }) {
  const m = messages.home;
  return (
    <section aria-labelledby="overview-heading" className="space-y-4">
      <h2 id="overview-heading" className="text-sm text-stone-600">
        {format(m.asOfPeriod, { period: periodKey, date: formatDate(asOf) })}
      </h2>
      <FigureCards figures={figures} dueSoon={dueSoon} />
      <p>
        <Link href={`/tong-quan?ky=${periodKey}`} className="text-sm font-medium link">
          {m.viewDashboard}
        </Link>
      </p>
    </section>
  );
}
