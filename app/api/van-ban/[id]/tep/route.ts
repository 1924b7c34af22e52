// GET /api/van-ban/:id/tep — the signed document of a directive the person may open.
import { NextResponse } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getDirectiveFile } from "@/lib/server/directives";
import { readStoredFile } from "@/lib/server/files";
import { apiError, apiRoute } from "@/lib/server/http";
import { getCurrentUser } from "@/lib/server/session";

export const GET = apiRoute(async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED");
  const id = Number((await context.params).id);
  if (!can(user.role, "read:directive") || !Number.isInteger(id) || id <= 0 || id > 2_147_483_647) {
    return apiError("NOT_FOUND");
  }
  const file = await getDirectiveFile(user, id);
  if (!file) return apiError("NOT_FOUND");
  const bytes = await readStoredFile(file.storageKey);
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
