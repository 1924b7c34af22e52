import "server-only";
// What every dashboard page reads first: the person (who must be allowed to read dashboards), the
// organisation whose subtree is shown (?don-vi=, default their own) and the period (?ky=, default
// per view). A malformed organisation or period is "not found"; a custom range typed into the
// picker (?tu=&den=) becomes its canonical key by a redirect, so the URL always names the view.
import { notFound, redirect } from "next/navigation";
import { isIsoDate, type IsoDate } from "@/lib/domain/calendar";
import { todayIn } from "@/lib/domain/clock";
import { parsePeriod, type Period } from "@/lib/domain/period";
import { serverConfig } from "@/lib/server/config";
import { resolveDashboardScope, type DashboardScope } from "@/lib/server/dashboard";
import { requireUser, type SessionUser } from "@/lib/server/session";
import { dashboardHref, ORG_PARAM, PERIOD_PARAM, periodForView, TABLE_PARAM, type DashboardView } from "./views";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface LoadedView {
  user: SessionUser;
  scope: DashboardScope;
  period: Period;
  today: IsoDate;
  /** True when the custom range the person typed was not a range (the page shows why). */
  rangeInvalid: boolean;
  raw: Record<string, string | undefined>;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function loadView(searchParams: SearchParams, view: DashboardView | null, path: string): Promise<LoadedView> {
  const user = await requireUser("read:dashboard");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, first(v)]));
  const today = todayIn(serverConfig().clock);

  const orgText = raw[ORG_PARAM];
  let orgId: number | undefined;
  if (orgText !== undefined && orgText !== "") {
    if (!/^\d{1,10}$/.test(orgText)) notFound();
    orgId = Number(orgText);
    if (orgId <= 0 || orgId > 2_147_483_647) notFound();
  }

  // The picker's custom range: two dates, sent as ?tu=&den=.
  let rangeInvalid = false;
  const from = raw.tu?.trim();
  const to = raw.den?.trim();
  if (from !== undefined || to !== undefined) {
    const key = `${from}..${to}`;
    if (from && to && isIsoDate(from) && isIsoDate(to) && parsePeriod(key)) {
      redirect(dashboardHref(path, { orgId: orgId ?? null, period: key, table: raw[TABLE_PARAM] ?? null }));
    }
    rangeInvalid = true;
  }

  const key = raw[PERIOD_PARAM];
  const period = periodForView(view, key, today);
  if (!period) notFound();
  // Emulation is ranked by quarter, half-year or year: a month or range link lands on its quarter.
  if (key && period.key !== key.trim()) redirect(dashboardHref(path, { orgId: orgId ?? null, period: period.key, table: raw[TABLE_PARAM] ?? null }));

  const scope = await resolveDashboardScope(user, orgId);
  if (!scope) notFound();
  return { user, scope, period, today, rangeInvalid, raw };
}
