import "server-only";
// Accounts and sign-in: checking a password, slowing down guessing, loading the person behind a
// session. The only place a password hash is read; it never leaves this file.
import { ACCOUNT_POLICY, ADDRESS_POLICY, secondsUntilNextAttempt, type ThrottlePolicy } from "@/lib/auth/throttle";
import { decoyHash, verifyPassword } from "@/lib/auth/password";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "./db";
import { serverConfig } from "./config";
import { writeAudit } from "./audit";

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "INVALID" }
  /** The right password of a locked account: only someone who knows it learns that the account is locked. */
  | { ok: false; reason: "LOCKED" }
  | { ok: false; reason: "THROTTLED"; retryAfterSeconds: number };

async function waitFor(key: { username: string } | { ip: string }, policy: ThrottlePolicy, now: Date): Promise<number> {
  const since = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const lastSuccess = await db().loginAttempt.findFirst({
    where: { ...key, succeeded: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const from = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const failures = await db().loginAttempt.findMany({
    where: { ...key, succeeded: false, at: { gt: from } },
    orderBy: { at: "desc" },
    select: { at: true },
    take: 50,
  });
  return secondsUntilNextAttempt(failures.length, failures[0]?.at ?? null, now, policy);
}

export async function signIn(usernameInput: string, password: string, ip: string): Promise<SignInResult> {
  const username = usernameInput.trim().toLowerCase().slice(0, 60);
  const now = serverConfig().clock.now();
  const retryAfterSeconds = Math.max(
    await waitFor({ username }, ACCOUNT_POLICY, now),
    await waitFor({ ip }, ADDRESS_POLICY, now),
  );
  if (retryAfterSeconds > 0) return { ok: false, reason: "THROTTLED", retryAfterSeconds };

  const user = await db().user.findUnique({
    where: { username },
    select: { id: true, passwordHash: true, active: true, organizationId: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  const succeeded = Boolean(user && user.active && valid);

  await db().$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { username, ip: ip.slice(0, 64), succeeded, at: now } });
    if (succeeded && user) {
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      await writeAudit(tx, { actorId: user.id, action: "user.sign_in", entityType: "user", entityId: user.id, organizationId: user.organizationId });
    }
  });
  if (succeeded && user) return { ok: true, userId: user.id };
  return user && !user.active && valid ? { ok: false, reason: "LOCKED" } : { ok: false, reason: "INVALID" };
}

export interface AccountRow {
  id: number;
  username: string;
  name: string;
  role: Role;
  active: boolean;
  /** A password an administrator made (new account, reset): it must be changed before anything else. */
  mustChangePassword: boolean;
  organizationId: number;
  organization: { id: number; name: string; scopeRootId: number | null; parentId: number | null };
}

/**
 * The person behind a session, read fresh on every request so a disabled account stops at once.
 * One statement (the account joined to its organisation): it runs before every page and action.
 */
export async function findActiveAccount(userId: number): Promise<AccountRow | null> {
  const [row] = await db().$queryRaw<(Omit<AccountRow, "organization"> & { orgName: string; scopeRootId: number | null; parentId: number | null })[]>(Prisma.sql`
    SELECT u.id, u.username, u.name, u.role::text AS role, u.active, u.must_change_password AS "mustChangePassword", u.organization_id AS "organizationId",
           o.name AS "orgName", o.scope_root_id AS "scopeRootId", o.parent_id AS "parentId"
    FROM user_account u JOIN organization o ON o.id = u.organization_id
    WHERE u.id = ${userId} AND u.active`);
  if (!row) return null;
  const { orgName, scopeRootId, parentId, ...account } = row;
  return { ...account, organization: { id: account.organizationId, name: orgName, scopeRootId, parentId } };
}
