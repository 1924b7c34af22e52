"use client";
// The primary navigation's links, marking the current one. A client component only because it
// reads the path; in the phone menu it also closes the menu after a tap.
import Link from "@/components/ui/Link";
import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { cn } from "@/components/ui/cn";

export interface NavItem {
  href: string;
  label: string;
}

/** The item the path is in: the longest href equal to the path or a parent folder of it. */
function currentHref(pathname: string, items: NavItem[]): string | undefined {
  let best: string | undefined;
  for (const { href } of items) {
    const inside = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
    if (inside && (!best || href.length > best.length)) best = href;
  }
  return best;
}

function closeMenu(event: MouseEvent<HTMLAnchorElement>) {
  event.currentTarget.closest("details")?.removeAttribute("open");
}

export function NavLinks({ items, variant }: { items: NavItem[]; variant: "bar" | "list" }) {
  const pathname = usePathname() ?? "/";
  const current = currentHref(pathname, items);

  if (variant === "bar") {
    return (
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {items.map((item) => {
          const active = item.href === current;
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-11 items-center border-b-2 px-3 text-sm font-medium transition-colors",
                  active
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <ul className="py-2">
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={closeMenu}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex min-h-11 items-center border-l-4 px-4 text-base font-medium",
                active ? "border-brand-600 bg-brand-50 text-brand-800" : "border-transparent text-stone-700 hover:bg-stone-50",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
