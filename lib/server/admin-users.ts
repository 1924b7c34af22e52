import "server-only";
// Accounts of the organisations an administrator manages: list and search them, create one, change
// its role or home organisation, disable or enable it, reset its password to a temporary one shown
// once. The account is read afresh on every request (session.ts), so each change applies at the
// person's next click. No password or hash ever leaves this file.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { searchTokens } from "@/lib/domain/text";
import { format, messages } from "@/lib/i18n/messages";
import { createUserSchema, resetPasswordSchema, setUserActiveSchema, updateUserSchema, type UserListParams } from "@/lib/validation/admin";
import { pageWindow } from "@/lib/domain/paging";
import { UserFacingError } from "./action-result";
import { activeManagedByCode, adminWrite } from "./admin-common";
import { writeAudit } from "./audit";
import { db, type Tx } from "./db";
import { organizationInScope } from "./scope";
import { assertCan, type SessionUser } from "./session-user";
import { containsPattern, foldedSql } from "./sql";

const e = messages.adminUserErrors;
const formError = messages.editor.formError;
export const USER_PAGE_SIZE = 50;

export interface UserListRow {
  id: number;
  username: string;
  name: string;
  role: Role;
  active: boolean;
  organizationId: number;
  organizationName: string;
  lastLoginAt: Date | null;
}

/** Ids of the organisations in the administrator's scope, as SQL over `column`. */
function scopeSql(user: SessionUser, column: Prisma.Sql): Prisma.Sql {
  if (user.wholeForest) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM organization_closure c WHERE c.descendant_id = ${column} AND c.ancestor_id = ANY(${user.scopeRootIds}::int[]))`;
}

export async function listManagedUsers(user: SessionUser, params: UserListParams) {
  assertCan(user, "manage:user");
  const where: Prisma.Sql[] = [scopeSql(user, Prisma.sql`u.organization_id`)];
  // Diacritics and case ignored: "nguyen van" finds "Nguyễn Văn".
  for (const token of searchTokens(params.q ?? "").slice(0, 8)) {
    where.push(Prisma.sql`${foldedSql(Prisma.sql`u.name || ' ' || u.username || ' ' || COALESCE(u.email, '')`)} LIKE ${containsPattern(token)}`);
  }
  if (params.vaitro) where.push(Prisma.sql`u.role = ${params.vaitro}::"Role"`);
  if (params.tinhtrang) where.push(Prisma.sql`u.active = ${params.tinhtrang === "dang-dung"}`);
  if (params.donvi) where.push(Prisma.sql`o.code = ${params.donvi.toUpperCase()}`);
  const filter = Prisma.join(where, " AND ");
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM user_account u JOIN organization o ON o.id = u.organization_id WHERE ${filter}`;
  const { page, pageCount, offset } = pageWindow(total, USER_PAGE_SIZE, params.trang);
  const rows = await db().$queryRaw<UserListRow[]>`
    SELECT u.id, u.username, u.name, u.role, u.active, u.organization_id AS "organizationId", o.name AS "organizationName", u.last_login_at AS "lastLoginAt"
    FROM user_account u JOIN organization o ON o.id = u.organization_id
    WHERE ${filter}
    ORDER BY u.active DESC, u.name, u.id
    LIMIT ${USER_PAGE_SIZE} OFFSET ${offset}`;
  return { total, page, pageCount, rows };
}

const accountSelect = {
  id: true,
  username: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  organization: { select: { id: true, code: true, name: true } },
} as const;

export async function getManagedUser(user: SessionUser, id: number) {
  assertCan(user, "manage:user");
  return db().user.findFirst({ where: { id, organization: organizationInScope(user) }, select: accountSelect });
}

async function managedAccount(tx: Tx, user: SessionUser, id: number) {
  const account = await tx.user.findFirst({ where: { id, organization: organizationInScope(user) }, select: { id: true, username: true, name: true, role: true, active: true, organizationId: true } });
  if (!account) throw new UserFacingError(messages.admin.notFound);
  await tx.$queryRaw`SELECT id FROM user_account WHERE id = ${id} FOR UPDATE`;
  return account;
}

export function createUser(user: SessionUser, raw: unknown) {
  return adminWrite(user, "manage:user", createUserSchema, raw, async (tx, input) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new UserFacingError(formError, { username: [format(e.usernameTaken, { username: input.username })] });
    }
    const org = await activeManagedByCode(tx, user, input.organizationCode, "organizationCode", e.unknownOrganization);
    const temporary = input.password ? null : generateTemporaryPassword();
    const created = await tx.user.create({
      data: {
        username: input.username,
        name: input.name,
        email: input.email,
        role: input.role,
        organizationId: org.id,
        passwordHash: await hashPassword(input.password ?? temporary!),
        // The administrator knows it: the person chooses their own at the first sign-in.
        mustChangePassword: true,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      organizationId: org.id,
      data: { username: input.username, role: input.role, organizationId: org.id },
    });
    const message = temporary
      ? format(messages.adminUser.createdWithPassword, { username: input.username, password: temporary })
      : format(messages.adminUser.created, { username: input.username });
    return { value: { id: created.id }, message };
  });
}

export function updateUser(user: SessionUser, raw: unknown) {
  return adminWrite(user, "manage:user", updateUserSchema, raw, async (tx, input) => {
    const account = await managedAccount(tx, user, input.id);
    const org = await activeManagedByCode(tx, user, input.organizationCode, "organizationCode", e.unknownOrganization);
    if (account.id === user.id && (input.role !== account.role || org.id !== account.organizationId)) throw new UserFacingError(e.self);
    if (input.name === account.name && input.role === account.role && org.id === account.organizationId) throw new UserFacingError(e.unchanged);
    await tx.user.update({ where: { id: account.id }, data: { name: input.name, role: input.role, organizationId: org.id } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.update",
      entityType: "user",
      entityId: account.id,
      organizationId: org.id,
      data: {
        from: { name: account.name, role: account.role, organizationId: account.organizationId },
        to: { name: input.name, role: input.role, organizationId: org.id },
      },
    });
    return { value: { id: account.id }, message: messages.adminUser.updated };
  });
}

export function setUserActive(user: SessionUser, raw: unknown) {
  return adminWrite(user, "manage:user", setUserActiveSchema, raw, async (tx, input) => {
    const account = await managedAccount(tx, user, input.id);
    if (account.id === user.id) throw new UserFacingError(e.self);
    if (account.active === input.active) throw new UserFacingError(e.unchanged);
    await tx.user.update({ where: { id: account.id }, data: { active: input.active } });
    await writeAudit(tx, {
      actorId: user.id,
      action: input.active ? "user.enable" : "user.disable",
      entityType: "user",
      entityId: account.id,
      organizationId: account.organizationId,
    });
    return { value: { id: account.id }, message: input.active ? messages.adminUser.enabledDone : messages.adminUser.disabledDone };
  });
}

/** A new temporary password, returned once in the message and stored only as its hash. */
export function resetPassword(user: SessionUser, raw: unknown) {
  return adminWrite(user, "manage:user", resetPasswordSchema, raw, async (tx, input) => {
    const account = await managedAccount(tx, user, input.id);
    const temporary = generateTemporaryPassword();
    await tx.user.update({ where: { id: account.id }, data: { passwordHash: await hashPassword(temporary), mustChangePassword: true } });
    await writeAudit(tx, { actorId: user.id, action: "user.reset_password", entityType: "user", entityId: account.id, organizationId: account.organizationId });
    return { value: { id: account.id }, message: format(messages.adminUser.resetDone, { password: temporary }) };
  });
}
