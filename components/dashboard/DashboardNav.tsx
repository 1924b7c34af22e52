"use client";
// The dashboard's frame below its heading: the view tabs and the period picker. A client component
// only because a layout cannot read the URL's query: it reads ?don-vi= and ?ky= so that every tab
// keeps the organisation and the period on view, and it stays on screen while a view loads.
import Link from "@/components/ui/Link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import type { IsoDate } from "@/lib/domain/calendar";
import { dashboard } from "@/lib/i18n/vi/dashboard";
import { PeriodPicker } from "./PeriodPicker";
import { DASHBOARD_VIEWS, dashboardHref, defaultPeriod, ORG_PARAM, PERIOD_PARAM, periodForView, periodKindsOf, viewAt } from "./views";

const m = dashboard.dashboard;

export function DashboardNav({ today, homeOrgId }: { today: IsoDate; homeOrgId: number }) {
  const pathname = usePathname() ?? "/tong-quan";
  const query = useSearchParams();
  const current = viewAt(pathname);
  const orgText = query?.get(ORG_PARAM) ?? "";
  const orgId = /^\d{1,10}$/.test(orgText) ? Number(orgText) : homeOrgId;
  // What the page shows (a bad key is the page's "not found"; the picker then offers the default).
  const period = periodForView(current, query?.get(PERIOD_PARAM), today) ?? defaultPeriod(current, today);
  const rangeInvalid = Boolean(query?.has("tu") || query?.has("den"));
  // On a phone the tabs scroll sideways: bring the current one into view.
  const tabs = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const list = tabs.current;
    const active = list?.querySelector<HTMLElement>("[aria-current]");
    if (list && active && list.scrollWidth > list.clientWidth) list.scrollLeft = active.offsetLeft - (list.clientWidth - active.offsetWidth) / 2;
  }, [current]);

  return (
    <div className="mb-6 space-y-4 print:hidden">
      <nav aria-label={m.tabs} className="border-b border-stone-200">
        <ul ref={tabs} className="relative -mb-px flex gap-1 overflow-x-auto">
          {DASHBOARD_VIEWS.map((v) => {
            const active = v.id === current;
            const exact = active && pathname === v.path;
            // Each tab shows the same organisation and period; emulation turns a month into its quarter.
            const target = periodForView(v.id, period.key, today) ?? defaultPeriod(v.id, today);
            return (
              <li key={v.id} className="shrink-0">
                <Link
                  href={dashboardHref(v.path, { orgId, period: target.key })}
                  aria-current={exact ? "page" : active ? "true" : undefined}
                  className={cn(
                    "inline-flex h-11 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                    active ? "border-brand-600 text-brand-700" : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900",
                  )}
                >
                  {m.views[v.id]}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <PeriodPicker
        key={`${pathname}?${orgId}&${period.key}&${rangeInvalid}`}
        action={pathname}
        orgId={orgId}
        period={period}
        today={today}
        kinds={periodKindsOf(current)}
        rangeInvalid={rangeInvalid}
        typed={{ from: query?.get("tu") ?? undefined, to: query?.get("den") ?? undefined }}
      />
      {current === "emulation" ? <p className="-mt-2 text-xs text-stone-600">{m.picker.emulationOnly}</p> : null}
    </div>
  );
}
