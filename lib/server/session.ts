import "server-only";
// The signed-in person, for pages, route handlers and actions. Read once per request from the
// session cookie and the database; every data-layer function takes the result as its first
// argument and builds its scope into its queries.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions, SIGN_IN_PATH } from "@/lib/auth/next-auth";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { findActiveAccount, type AccountRow } from "./users";

export interface SessionUser {
  id: number;
  username: string;
  name: string;
  role: Role;
  organizationId: number;
  organizationName: string;
  /** The roots of the subtrees this person's organisation answers for: itself, and the
   *  organisation it directs when that is another (a Ban cán sự đảng directs its ministry). */
  scopeRootIds: number[];
}

export class ForbiddenError extends Error {
  constructor(readonly permission?: Permission) {
    super("FORBIDDEN");
  }
}

export function sessionUserFrom(account: AccountRow): SessionUser {
  return {
    id: account.id,
    username: account.username,
    name: account.name,
    role: account.role,
    organizationId: account.organizationId,
    organizationName: account.organization.name,
    scopeRootIds: [account.organizationId, ...(account.organization.scopeRootId ? [account.organization.scopeRootId] : [])],
  };
}

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const account = await findActiveAccount(id);
  return account ? sessionUserFrom(account) : null;
});

/** For pages: the signed-in person, or a redirect to the sign-in page; a page the person's role
 *  may not use does not exist for them. */
export async function requireUser(permission?: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (permission && !can(user.role, permission)) notFound();
  return user;
}

/** For the data layer: refuses a person without the permission, whatever called it. */
export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user.role, permission)) throw new ForbiddenError(permission);
}
