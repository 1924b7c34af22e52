// Each directive's progress across its units (the subtree's, or every unit of an organisation's own
// directives), one page at a time: a stacked bar with its counts in words and the on-time rate; the
// directive's name opens what the view chooses (its cascade of plans, or its list of units).
import Link from "@/components/ui/Link";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { directiveLabel } from "@/components/directives/labels";
import { EmptyState } from "@/components/ui/EmptyState";
import { Pagination } from "@/components/ui/Pagination";
import type { Paged } from "@/lib/domain/paging";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { DirectiveRow } from "@/lib/server/dashboard-views";
import { RateBar } from "./RateBar";
import { StackedBar, StatusCounts, StatusLegend } from "./StackedBar";

const m = messages.dashboard;
const d = m.directivesPage;

export function DirectiveProgressList({
  list,
  nameHref,
  pageHref,
  empty = d.empty,
  label = d.list,
  issuer = true,
}: {
  list: Paged<DirectiveRow>;
  nameHref: (directiveId: number) => string;
  /** Absent: one page shown alone (the home page's few), with no page links. */
  pageHref?: (page: number) => string;
  empty?: string;
  /** The list's accessible name. */
  label?: string;
  /** False where every directive has the same issuer, named in the heading (an organisation's own). */
  issuer?: boolean;
}) {
  const { rows } = list;
  if (rows.length === 0) return <EmptyState title={empty} />;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <StatusLegend />
        <p className="text-sm text-stone-600" role="status">
          {format(d.count, { n: formatNumber(list.total) })}
        </p>
      </div>
      <ol aria-label={label} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {rows.map((r) => {
          const label = directiveLabel(r);
          return (
            <li key={r.directiveId} className="grid gap-3 px-4 py-4 sm:px-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-6">
              <div className="min-w-0">
                <h3 className="font-semibold">
                  <Link href={nameHref(r.directiveId)} className="link">
                    <DirectiveLabel directive={r} />
                  </Link>
                </h3>
                <p className="mt-0.5 text-sm text-stone-800">{r.title}</p>
                <p className="mt-1 text-xs text-stone-600">
                  {issuer ? `${r.issuerName} · ` : null}
                  {format(d.unitsCount, { n: formatNumber(r.units) })}
                  {r.childPlans > 0 ? ` · ${format(d.plansCount, { n: formatNumber(r.childPlans) })}` : ""} ·{" "}
                  <Link href={`/van-ban/${r.directiveId}`} className="text-stone-700 underline underline-offset-2 hover:text-stone-900">
                    {d.openDirective}
                    <span className="sr-only"> {label}</span>
                  </Link>
                </p>
              </div>
              <div className="min-w-0 space-y-2">
                <div className="flex items-center gap-3">
                  <span className="w-32 shrink-0 whitespace-nowrap text-sm text-stone-600">
                    {formatNumber(r.total)} {m.figures.total.toLowerCase()}
                  </span>
                  <StackedBar figures={r} />
                </div>
                <StatusCounts figures={r} className="text-xs" />
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700">
                  <span>{m.figures.onTimeRate}:</span>
                  <RateBar rate={r.onTimeRate} className="min-w-0" />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {pageHref ? <Pagination page={list.page} pageCount={list.pageCount} hrefForPage={pageHref} /> : null}
    </div>
  );
}
