// Calling server actions from a test, outside any request: the session is the only thing stood
// in for (each call runs as `actingAs.user`); Next's cache and redirects, which need a request in
// flight, only report what they were asked. Import this before any action module.
import { vi } from "vitest";
import type { SessionUser } from "@/lib/server/session-user";

export const actingAs: { user: SessionUser | null } = { user: null };

vi.mock("@/lib/server/session", async (original) => ({
  ...(await original<object>()),
  // As the real ones: the account always; the person only once an administrator's password was changed.
  getSignedInAccount: async () => actingAs.user,
  getCurrentUser: async () => (actingAs.user?.mustChangePassword ? null : actingAs.user),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<object>()),
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));
