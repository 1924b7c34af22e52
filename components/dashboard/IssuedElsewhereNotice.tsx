// Shown on a view of an organisation's subtree that holds no work in the period while the
// organisation's own directives do (a Ban Cán sự đảng directs units that are not below it): the
// zeros are about its units, and its own directives are one tab away.
import Link from "@/components/ui/Link";
import { Alert } from "@/components/ui/Alert";
import type { Period } from "@/lib/domain/period";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { DashboardScope } from "@/lib/server/dashboard";
import { issuedOverview } from "@/lib/server/dashboard-issued";
import type { SessionUser } from "@/lib/server/session-user";
import { dashboardHref } from "./views";

export async function IssuedElsewhereNotice({ user, scope, period }: { user: SessionUser; scope: DashboardScope; period: Period }) {
  const issued = await issuedOverview(user, scope.id, period, 0);
  if (issued.figures.total === 0) return null;
  const m = messages.dashboard.issuedPage;
  return (
    <Alert tone="info" className="mb-6">
      {format(m.elsewhere, { unit: scope.name, n: formatNumber(issued.figures.total) })}{" "}
      <Link href={dashboardHref("/tong-quan/ban-hanh", { orgId: scope.id, period: period.key })} className="font-medium underline underline-offset-2">
        {m.elsewhereLink}
      </Link>
    </Alert>
  );
}
