// The directives the person's organisation issued, followed across every unit they assign: their
// figures and the few most overdue, each opening its list of units (where the office reminds them).
import Link from "@/components/ui/Link";
import { DirectiveProgressList } from "@/components/dashboard/DirectiveProgressList";
import { FigureCards } from "@/components/dashboard/FigureCards";
import { dashboardHref } from "@/components/dashboard/views";
import type { Paged } from "@/lib/domain/paging";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { IssuedOverview as Issued } from "@/lib/server/dashboard-issued";
import type { DirectiveRow } from "@/lib/server/dashboard-views";

export function IssuedOverview({ issued, list, scope, periodKey }: { issued: Issued; list: Paged<DirectiveRow>; scope: string; periodKey: string }) {
  const m = messages.home;
  return (
    <section aria-labelledby="issued-heading" className="space-y-4">
      <div>
        <h2 id="issued-heading" className="text-base font-semibold text-stone-900">
          {format(m.issuedTitle, { scope })}
        </h2>
        <p className="mt-1 text-sm text-stone-600">{m.issuedHint}</p>
      </div>
      <FigureCards figures={issued.figures} />
      <h3 className="text-sm font-semibold text-stone-800">{m.issuedTop}</h3>
      <DirectiveProgressList list={list} label={m.issuedTop} issuer={false} nameHref={(id) => `/van-ban/${id}/don-vi`} />
      <p>
        <Link href={dashboardHref("/tong-quan/ban-hanh", { period: periodKey })} className="text-sm font-medium link">
          {format(m.issuedAll, { n: formatNumber(list.total) })}
        </Link>
      </p>
    </section>
  );
}
