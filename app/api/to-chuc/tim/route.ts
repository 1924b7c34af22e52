// GET /api/to-chuc/tim?q=… — units the signed-in person's organisation may give work to.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { searchAssignableUnits } from "@/lib/server/pickers";
import { apiError, apiRoute } from "@/lib/server/http";
import { getCurrentUser } from "@/lib/server/session";

export const GET = apiRoute(async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED");
  if (!can(user.role, "create:directive")) return apiError("FORBIDDEN");
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  return NextResponse.json({ units: await searchAssignableUnits(user, q) }, { headers: { "Cache-Control": "private, no-store" } });
});
