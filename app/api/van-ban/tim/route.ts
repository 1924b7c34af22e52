// GET /api/van-ban/tim?q=… — directives the signed-in person may cite.
import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { searchLinkableDirectives } from "@/lib/server/pickers";
import { getCurrentUser } from "@/lib/server/session";

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  if (!can(user.role, "read:directive")) return NextResponse.json({ error: "FORBIDDEN" }, { status: 403 });
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  return NextResponse.json({ directives: await searchLinkableDirectives(user, q) }, { headers: { "Cache-Control": "private, no-store" } });
}
