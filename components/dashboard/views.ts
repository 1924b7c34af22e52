// The dashboard's views, their URLs and their periods. Pure and small: the client tabs and the
// server pages build the same links from it. It imports only the dashboard's section of the
// catalogue so the browser does not download every sentence.
import { isoParts, type IsoDate } from "@/lib/domain/calendar";
import { parsePeriod, periodContaining, type Period, type PeriodKind } from "@/lib/domain/period";
import { periodName } from "@/lib/i18n/period-name";
import { dashboard } from "@/lib/i18n/vi/dashboard";

const m = dashboard.dashboard;

export const DASHBOARD_VIEWS = [
  { id: "overview", path: "/tong-quan", table: "tong-quan" },
  { id: "units", path: "/tong-quan/don-vi", table: "don-vi" },
  { id: "directives", path: "/tong-quan/van-ban", table: "van-ban" },
  { id: "issued", path: "/tong-quan/ban-hanh", table: "ban-hanh" },
  { id: "heatmap", path: "/tong-quan/ban-do-nhiet", table: "ban-do-nhiet" },
  { id: "targets", path: "/tong-quan/chi-tieu", table: "chi-tieu" },
  { id: "emulation", path: "/tong-quan/thi-dua", table: "thi-dua" },
] as const;

export type DashboardView = (typeof DASHBOARD_VIEWS)[number]["id"];
export type DashboardTable = (typeof DASHBOARD_VIEWS)[number]["table"];

export const PRINT_PATH = "/tong-quan/in";
export const ORG_PARAM = "don-vi";
export const PERIOD_PARAM = "ky";
export const TABLE_PARAM = "bang";
/** The page of a paged view (the by-directive list); absent on the first. */
export const PAGE_PARAM = "trang";

export function viewOf(id: DashboardView) {
  return DASHBOARD_VIEWS.find((v) => v.id === id)!;
}

export function viewName(id: DashboardView): string {
  return m.views[id];
}

/** The view a path belongs to ("/tong-quan/van-ban/12" is in "directives"), or null. */
export function viewAt(pathname: string): DashboardView | null {
  let best: (typeof DASHBOARD_VIEWS)[number] | null = null;
  for (const v of DASHBOARD_VIEWS) {
    const inside = v.path === "/tong-quan" ? pathname === v.path : pathname === v.path || pathname.startsWith(`${v.path}/`);
    if (inside && (!best || v.path.length > best.path.length)) best = v;
  }
  return best?.id ?? null;
}

/** The period kinds a view offers: emulation is ranked by quarter, half-year or year only. */
export function periodKindsOf(view: DashboardView | null): PeriodKind[] {
  return view === "emulation" ? ["YEAR", "HALF", "QUARTER"] : ["YEAR", "HALF", "QUARTER", "MONTH", "RANGE"];
}

/** The period a view shows when the URL names none: this year, or this quarter for emulation. */
export function defaultPeriod(view: DashboardView | null, today: IsoDate): Period {
  return periodContaining(view === "emulation" ? "QUARTER" : "YEAR", today);
}

/**
 * The period to show on a view for a key from the URL: the key's own period when the view offers
 * its kind; for emulation a month or a range becomes the quarter it starts in. Null: no such period.
 */
export function periodForView(view: DashboardView | null, key: string | null | undefined, today: IsoDate): Period | null {
  if (key === null || key === undefined || key === "") return defaultPeriod(view, today);
  const period = parsePeriod(key);
  if (!period) return null;
  if (periodKindsOf(view).includes(period.kind)) return period;
  return periodContaining("QUARTER", period.from);
}

export interface PeriodOptionGroup {
  kind: PeriodKind;
  label: string;
  options: { key: string; label: string }[];
}

/**
 * The periods the picker offers around today: the years from five back to next, the halves and
 * quarters of this year and last, the months of this year and last; and the period on view, if
 * it is none of these, so the select always shows what is seen.
 */
export function periodOptions(today: IsoDate, kinds: PeriodKind[], current: Period): PeriodOptionGroup[] {
  const { year } = isoParts(today);
  const keys: Record<PeriodKind, string[]> = { YEAR: [], HALF: [], QUARTER: [], MONTH: [], RANGE: [] };
  for (let y = year + 1; y >= year - 5; y -= 1) keys.YEAR.push(String(y));
  for (const y of [year, year - 1]) {
    keys.HALF.push(`${y}-H2`, `${y}-H1`);
    for (let q = 4; q >= 1; q -= 1) keys.QUARTER.push(`${y}-Q${q}`);
    for (let mo = 12; mo >= 1; mo -= 1) keys.MONTH.push(`${y}-${String(mo).padStart(2, "0")}`);
  }
  if (!keys[current.kind].includes(current.key)) keys[current.kind].unshift(current.key);
  return kinds
    .filter((k) => keys[k].length > 0)
    .map((kind) => ({
      kind,
      label: m.picker.groups[kind],
      options: keys[kind].map((key) => ({ key, label: periodName(parsePeriod(key)!) })),
    }));
}

/** A dashboard URL with its view in the query: organisation, period and, for the print page, the table. */
export function dashboardHref(path: string, query: { orgId?: number | null; period?: string | null; table?: string | null; page?: number | null }): string {
  const q = new URLSearchParams();
  if (query.table) q.set(TABLE_PARAM, query.table);
  if (query.orgId) q.set(ORG_PARAM, String(query.orgId));
  if (query.period) q.set(PERIOD_PARAM, query.period);
  if (query.page && query.page > 1) q.set(PAGE_PARAM, String(query.page));
  const text = q.toString();
  return text ? `${path}?${text}` : path;
}

export function exportHref(table: DashboardTable, orgId: number, period: string): string {
  return dashboardHref("/api/tong-quan/xuat", { table, orgId, period });
}

export function printHref(table: DashboardTable, orgId: number, period: string): string {
  return dashboardHref(PRINT_PATH, { table, orgId, period });
}
