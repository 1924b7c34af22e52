// Page links for a list whose page lives in the URL. A server component: plain links, no state.
// At the first or last page the missing link is shown greyed as text, so the layout stays put.
import Link from "@/components/ui/Link";
import { format, messages } from "@/lib/i18n/messages";
import { buttonClasses } from "./Button";
import { cn } from "./cn";

const unavailable =
  "inline-flex h-8 items-center gap-2 whitespace-nowrap rounded-md border border-stone-200 bg-white px-3 text-sm font-medium text-stone-500";

export interface PaginationProps {
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
  className?: string;
}

export function Pagination({ page, pageCount, hrefForPage, className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const prev = current > 1 ? current - 1 : null;
  const next = current < pageCount ? current + 1 : null;
  const t = messages.pagination;

  return (
    <nav aria-label={t.label} className={cn("flex items-center justify-between gap-3", className)}>
      {prev ? (
        <Link href={hrefForPage(prev)} rel="prev" aria-label={t.previousPage} className={buttonClasses("secondary", "sm")}>
          <span aria-hidden="true">←</span> {t.previous}
        </Link>
      ) : (
        <span className={unavailable}>
          <span aria-hidden="true">←</span> {t.previous}
        </span>
      )}
      <p className="text-sm text-stone-700 tabular-nums">
        {format(t.pageOf, { page: current, pageCount })}
      </p>
      {next ? (
        <Link href={hrefForPage(next)} rel="next" aria-label={t.nextPage} className={buttonClasses("secondary", "sm")}>
          {t.next} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className={unavailable}>
          {t.next} <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
