// The signed-in person as the data layer sees it, and the permission check every data-layer
// function starts with. Free of Next.js so scripts and benchmarks can use the data layer too.
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AccountRow } from "./users";

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
  /** An administrator of a root organisation keeps the whole forest; any other administrator only
   *  their scope (docs/decisions/0010-administration.md). */
  wholeForest: boolean;
  /** The password was made by an administrator: every page leads to /doi-mat-khau, every other action is refused. */
  mustChangePassword: boolean;
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
    wholeForest: account.role === "ADMIN" && account.organization.parentId === null,
    mustChangePassword: account.mustChangePassword,
  };
}

/** For the data layer: refuses a person without the permission, whatever called it. */
export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user.role, permission)) throw new ForbiddenError(permission);
}
