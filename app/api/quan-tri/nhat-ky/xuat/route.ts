// GET /api/quan-tri/nhat-ky/xuat?nguoi=…&hanhdong=…&tu=…&den=… — the filtered audit log as an Excel workbook.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { buildAuditWorkbook } from "@/lib/server/audit-log";
import { apiError, apiRoute } from "@/lib/server/http";
import { getCurrentUser } from "@/lib/server/session";
import { XLSX_CONTENT_TYPE } from "@/lib/server/workbook";
import { auditParamsSchema } from "@/lib/validation/admin";
import { parseParams } from "@/lib/validation/url-params";

export const GET = apiRoute(async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED");
  if (!can(user.role, "read:audit")) return apiError("FORBIDDEN");
  const params = parseParams(auditParamsSchema, Object.fromEntries(request.nextUrl.searchParams));
  const bytes = await buildAuditWorkbook(user, params);
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="nhat-ky.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
});
