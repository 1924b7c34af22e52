// GET /api/van-ban/:id/don-vi/xuat?nv=<task>&tt=<status>&q=<unit name> — a directive's units, as the list
// /van-ban/:id/don-vi filters them, as an Excel workbook; nothing for a person who may not open it.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { buildDirectiveUnitsWorkbook } from "@/lib/server/directive-units";
import { apiError, apiRoute } from "@/lib/server/http";
import { getCurrentUser } from "@/lib/server/session";
import { XLSX_CONTENT_TYPE } from "@/lib/server/workbook";
import { directiveUnitsParamsSchema } from "@/lib/validation/directive-units";
import { parseParams } from "@/lib/validation/url-params";

export const GET = apiRoute(async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED");
  const id = Number((await context.params).id);
  if (!can(user.role, "read:directive") || !Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return apiError("NOT_FOUND");
  const view = parseParams(directiveUnitsParamsSchema, Object.fromEntries(request.nextUrl.searchParams));
  const bytes = await buildDirectiveUnitsWorkbook(user, id, { taskId: view.nv, status: view.tt, q: view.q });
  if (!bytes) return apiError("NOT_FOUND");
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="don-vi-thuc-hien-${id}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
});
