import "server-only";
// The signed-in person, for pages, route handlers and actions. Read once per request from the
// session cookie and the database; every data-layer function takes the result as its first
// argument and builds its scope into its queries.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { authOptions, SIGN_IN_PATH } from "@/lib/auth/next-auth";
import { can, type Permission } from "@/lib/auth/permissions";
import { SESSION_COOKIES, withinAbsoluteLimit } from "@/lib/auth/session-policy";
import { findActiveAccount } from "./users";
import { sessionUserFrom, type SessionUser } from "./session-user";

export { assertCan, ForbiddenError, sessionUserFrom, type SessionUser } from "./session-user";

/** Where a person whose password an administrator made is sent, and the only thing they may do. */
export const CHANGE_PASSWORD_PATH = "/doi-mat-khau";

/** The signed-in account, even one that must first change its password: for that page and its action only. */
export const getSignedInAccount = cache(async (): Promise<SessionUser | null> => currentUserFrom(await getServerSession(authOptions())));

/** The person, for every page, route and action: nobody while an administrator's password awaits its change. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const account = await getSignedInAccount();
  return account && !account.mustChangePassword ? account : null;
});

/** The person a decoded session names, if the session is within its absolute limit and the
 *  account is still active — read fresh, so a disabled account or a new role applies at once. */
export async function currentUserFrom(session: unknown): Promise<SessionUser | null> {
  const s = session as { user?: { id?: string }; signedInAt?: unknown } | null;
  if (!withinAbsoluteLimit(s?.signedInAt)) return null;
  const id = Number(s?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const account = await findActiveAccount(id);
  return account ? sessionUserFrom(account) : null;
}

/** For pages: the signed-in person, or a redirect to the sign-in page; a page the person's role
 *  may not use does not exist for them. */
export async function requireUser(permission?: Permission): Promise<SessionUser> {
  const user = await getSignedInAccount();
  if (!user) {
    // A session cookie that names nobody any more (expired, the account locked): the sign-in page says so.
    const jar = await cookies();
    redirect(SESSION_COOKIES.some((name) => jar.has(name)) ? `${SIGN_IN_PATH}?error=SessionRequired` : SIGN_IN_PATH);
  }
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (permission && !can(user.role, permission)) notFound();
  return user;
}
