// The status figures of a person's scope as of today, each one defined in domain.md.
import Link from "@/components/ui/Link";
import { FigureCards } from "@/components/dashboard/FigureCards";
import { format, messages } from "@/lib/i18n/messages";
import type { Figures } from "@/lib/server/dashboard";

export function ComplianceOverview({ figures, scope, periodKey, dueSoon }: { figures: Figures; scope: string; periodKey: string; dueSoon: number }) {
  const m = messages.home;
  return (
    <section aria-labelledby="overview-heading" className="space-y-4">
      <h2 id="overview-heading" className="text-base font-semibold text-stone-900">
        {format(m.subtreeTitle, { scope })}
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
