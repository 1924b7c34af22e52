// GET /api/tong-quan/xuat?bang=don-vi&don-vi=…&ky=2026 — one dashboard table as an Excel workbook.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { todayIn } from "@/lib/domain/clock";
import { parsePeriod, periodContaining } from "@/lib/domain/period";
import { serverConfig } from "@/lib/server/config";
import { resolveDashboardScope } from "@/lib/server/dashboard";
import { buildWorkbook, EXPORT_TABLES, type ExportTable } from "@/lib/server/dashboard-export";
import { apiError, apiRoute } from "@/lib/server/http";
import { getCurrentUser } from "@/lib/server/session";
import { XLSX_CONTENT_TYPE } from "@/lib/server/workbook";

export const GET = apiRoute(async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED");
  if (!can(user.role, "read:dashboard")) return apiError("FORBIDDEN");
  const q = request.nextUrl.searchParams;
  const table = q.get("bang") as ExportTable;
  if (!EXPORT_TABLES.includes(table)) return apiError("BAD_REQUEST");
  const orgId = Number(q.get("don-vi") ?? user.organizationId);
  const scope = Number.isInteger(orgId) && orgId > 0 && orgId <= 2_147_483_647 ? await resolveDashboardScope(user, orgId) : null;
  if (!scope) return apiError("NOT_FOUND");
  const period = parsePeriod(q.get("ky")) ?? periodContaining("YEAR", todayIn(serverConfig().clock));
  const bytes = await buildWorkbook(user, table, scope, period);
  const name = `${table}-${period.key}.xlsx`;
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
