// Where this page sits: a trail of links, the last item being the current page.
import Link from "@/components/ui/Link";
import { messages } from "@/lib/i18n/messages";
import { cn } from "./cn";

export interface BreadcrumbItem {
  href?: string;
  label: string;
}

export function Breadcrumbs({ items, className }: { items: BreadcrumbItem[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <nav aria-label={messages.a11y.breadcrumbs} className={cn("text-sm", className)}>
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-stone-600">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className="flex min-w-0 items-center gap-x-1.5">
              {index > 0 ? (
                <span className="text-stone-400" aria-hidden="true">
                  /
                </span>
              ) : null}
              {last ? (
                <span aria-current="page" className="truncate font-medium text-stone-800">
                  {item.label}
                </span>
              ) : item.href ? (
                <Link href={item.href} className="truncate underline-offset-2 hover:text-stone-900 hover:underline">
                  {item.label}
                </Link>
              ) : (
                <span className="truncate">{item.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
