// GET /api/van-ban/tim?q=… — directives the signed-in person may cite.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { searchLinkableDirectives } from "@/lib/server/pickers";
import { apiError, apiRoute } from "@/lib/server/http";
import { getCurrentUser } from "@/lib/server/session";

export const GET = apiRoute(async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED");
  if (!can(user.role, "read:directive")) return apiError("FORBIDDEN");
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  return NextResponse.json({ directives: await searchLinkableDirectives(user, q) }, { headers: { "Cache-Control": "private, no-store" } });
});
