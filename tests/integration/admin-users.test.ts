// Accounts: create, change role and home organisation, disable and enable, reset the password;
// the next request of the person sees each change (the session carries only the id), bad input and
// out-of-scope requests change nothing.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The session cookie is next-auth's business; here the signed-in id is simply given. Everything
// behind it — reading the account, the permission check, the data layer — is the real code.
const session = vi.hoisted(() => ({ userId: null as number | null }));
// The session as next-auth hands it over: the person and when they signed in (a minute ago).
vi.mock("next-auth", () => ({
  getServerSession: async () => (session.userId ? { user: { id: String(session.userId) }, signedInAt: Math.floor(Date.now() / 1000) - 60 } : null),
}));

import { verifyPassword } from "@/lib/auth/password";
import { authorizedAction } from "@/lib/server/action";
import { createUser, listManagedUsers, resetPassword, setUserActive, updateUser } from "@/lib/server/admin-users";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "@/lib/server/session";
import type { SessionUser } from "@/lib/server/session-user";
import { signIn } from "@/lib/server/users";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase();

const w = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;

beforeAll(async () => {
  w.R = (await org("Tỉnh ủy R", null, { kind: "COMMITTEE" })).id;
  w.D1 = (await org("Huyện ủy D1", w.R, { kind: "COMMITTEE" })).id;
  w.D2 = (await org("Huyện ủy D2", w.R, { kind: "COMMITTEE" })).id;
  for (const k of ["R", "D1", "D2"]) await db().organization.update({ where: { id: w[k] }, data: { code: k } });
  u.admin = await user("ADMIN", w.R);
  u.scoped = await user("ADMIN", w.D1);
  u.head = await user("UNIT_HEAD", w.D1);
});

beforeEach(() => {
  session.userId = null;
});

async function snapshot() {
  const [users, audit] = await Promise.all([
    db().user.findMany({ orderBy: { id: "asc" }, select: { id: true, username: true, name: true, role: true, organizationId: true, active: true, passwordHash: true } }),
    db().auditEvent.count(),
  ]);
  return { users, audit };
}

describe("creating accounts", () => {
  it("creates one with a temporary password shown once and stored only hashed", async () => {
    const r = await createUser(u.scoped, { username: " Nguyen.VanA ", name: "Nguyễn Văn A", role: "UNIT_HEAD", organizationCode: "d1" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const temporary = /: (\S+)$/.exec(r.message ?? "")?.[1] ?? "";
    expect(temporary).toHaveLength(14);
    const stored = await db().user.findUniqueOrThrow({ where: { username: "nguyen.vana" }, select: { passwordHash: true, organizationId: true, role: true } });
    expect(stored).toMatchObject({ organizationId: w.D1, role: "UNIT_HEAD" });
    expect(stored.passwordHash).not.toContain(temporary);
    expect(await verifyPassword(stored.passwordHash, temporary)).toBe(true);
    expect((await signIn("nguyen.vana", temporary, "10.0.0.1")).ok).toBe(true);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "user.create", entityId: r.value.id } });
    expect(JSON.stringify(event.data)).not.toContain(temporary);
  });

  it("takes a chosen initial password", async () => {
    const r = await createUser(u.admin, { username: "tran.b", name: "Trần B", role: "OVERSIGHT", organizationCode: "R", password: "MatKhau@2026" });
    expect(r).toMatchObject({ ok: true });
    expect((await signIn("tran.b", "MatKhau@2026", "10.0.0.2")).ok).toBe(true);
  });

  it.each([
    ["a taken username", { username: "nguyen.vana", name: "X", role: "UNIT_HEAD", organizationCode: "D1" }, "username"],
    ["a bad username", { username: "Nguyễn A", name: "X", role: "UNIT_HEAD", organizationCode: "D1" }, "username"],
    ["no name", { username: "khong.ten", name: "", role: "UNIT_HEAD", organizationCode: "D1" }, "name"],
    ["an unknown role", { username: "vai.tro", name: "X", role: "ROOT", organizationCode: "D1" }, "role"],
    ["an organisation outside the scope", { username: "ngoai.pham.vi", name: "X", role: "UNIT_HEAD", organizationCode: "D2" }, "organizationCode"],
    ["a short password", { username: "ngan.qua", name: "X", role: "UNIT_HEAD", organizationCode: "D1", password: "123" }, "password"],
    ["a bad email", { username: "thu.sai", name: "X", role: "UNIT_HEAD", organizationCode: "D1", email: "khong-phai-thu" }, "email"],
  ])("refuses %s and stores nothing", async (_label, input, field) => {
    const before = await snapshot();
    const r = await createUser(u.scoped, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors[field]?.[0]).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });
});

describe("listing", () => {
  it("searches ignoring diacritics, filters, and shows only the scope", async () => {
    expect((await listManagedUsers(u.admin, { q: "nguyen van" })).rows.map((r) => r.username)).toEqual(["nguyen.vana"]);
    expect((await listManagedUsers(u.admin, { q: "NGUYỄN".normalize("NFD") })).rows.map((r) => r.username)).toEqual(["nguyen.vana"]);
    expect((await listManagedUsers(u.admin, { vaitro: "OVERSIGHT" })).rows.map((r) => r.username)).toEqual(["tran.b"]);
    expect((await listManagedUsers(u.admin, { donvi: "d1" })).total).toBe(3);
    const scoped = await listManagedUsers(u.scoped, {});
    expect(scoped.rows.every((r) => r.organizationId === w.D1)).toBe(true);
    expect(scoped.rows.map((r) => r.username)).not.toContain("tran.b");
  });
});

describe("changes take effect on the person's next request", () => {
  const manage = authorizedAction("manage:user", async (me) => ({ ok: true as const, value: me.role }));

  it("a role or organisation change is what the next request sees", async () => {
    session.userId = u.head.id;
    expect(await getCurrentUser()).toMatchObject({ role: "UNIT_HEAD", organizationId: w.D1 });
    const r = await updateUser(u.admin, { id: u.head.id, name: "Trưởng D2", role: "LEADERSHIP", organizationCode: "D2" });
    expect(r).toMatchObject({ ok: true });
    expect(await getCurrentUser()).toMatchObject({ role: "LEADERSHIP", organizationId: w.D2, organizationName: "Huyện ủy D2", name: "Trưởng D2" });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "user.update", entityId: u.head.id } });
    expect(event.data).toMatchObject({ from: { role: "UNIT_HEAD", organizationId: w.D1 }, to: { role: "LEADERSHIP", organizationId: w.D2 } });
  });

  it("an administrator demoted is refused at the next action", async () => {
    const other = await user("ADMIN", w.R);
    session.userId = other.id;
    expect(await manage()).toMatchObject({ ok: true, value: "ADMIN" });
    expect(await updateUser(u.admin, { id: other.id, name: other.name, role: "UNIT_HEAD", organizationCode: "R" })).toMatchObject({ ok: true });
    expect(await manage()).toMatchObject({ ok: false, message: "Bạn không có quyền thực hiện thao tác này." });
  });

  it("a disabled account has no session at its next request and cannot sign in; enabling restores it", async () => {
    const created = await createUser(u.admin, { username: "le.c", name: "Lê C", role: "UNIT_HEAD", organizationCode: "D1", password: "MatKhau@2026" });
    if (!created.ok) throw new Error(created.message);
    session.userId = created.value.id;
    // The administrator's password opens nothing until the person chose their own (own-password.test.ts).
    expect(await getCurrentUser()).toBeNull();
    await db().user.update({ where: { id: created.value.id }, data: { mustChangePassword: false } });
    expect(await getCurrentUser()).not.toBeNull();
    expect(await setUserActive(u.admin, { id: created.value.id, active: "false" })).toMatchObject({ ok: true });
    expect(await getCurrentUser()).toBeNull();
    expect(await manage()).toMatchObject({ ok: false });
    expect((await signIn("le.c", "MatKhau@2026", "10.0.0.3")).ok).toBe(false);
    expect(await setUserActive(u.admin, { id: created.value.id, active: "true" })).toMatchObject({ ok: true });
    expect(await getCurrentUser()).toMatchObject({ username: "le.c" });
    expect(await db().auditEvent.count({ where: { entityId: created.value.id, action: { in: ["user.disable", "user.enable"] } } })).toBe(2);
  });

  it("a reset password replaces the old one at once", async () => {
    const account = await db().user.findUniqueOrThrow({ where: { username: "le.c" }, select: { id: true } });
    const r = await resetPassword(u.scoped, { id: account.id });
    expect(r.ok).toBe(true);
    const temporary = /: (\S+)$/.exec(r.ok ? (r.message ?? "") : "")?.[1] ?? "";
    expect((await signIn("le.c", "MatKhau@2026", "10.0.0.4")).ok).toBe(false);
    expect((await signIn("le.c", temporary, "10.0.0.4")).ok).toBe(true);
    expect(await db().auditEvent.count({ where: { entityId: account.id, action: "user.reset_password" } })).toBe(1);
  });
});

describe("refusals", () => {
  it("refuses changing oneself, accounts outside the scope, no-op changes, and non-administrators, storing nothing", async () => {
    const before = await snapshot();
    expect((await setUserActive(u.admin, { id: u.admin.id, active: "false" })).ok).toBe(false);
    expect((await updateUser(u.admin, { id: u.admin.id, name: u.admin.name, role: "UNIT_HEAD", organizationCode: "R" })).ok).toBe(false);
    const outside = await db().user.findUniqueOrThrow({ where: { username: "tran.b" }, select: { id: true } });
    expect((await setUserActive(u.scoped, { id: outside.id, active: "false" })).ok).toBe(false);
    expect((await resetPassword(u.scoped, { id: outside.id })).ok).toBe(false);
    expect((await updateUser(u.scoped, { id: u.scoped.id, name: u.scoped.name, role: "ADMIN", organizationCode: "D1" })).ok).toBe(false);
    expect((await setUserActive(u.admin, { id: 99999999, active: "false" })).ok).toBe(false);
    expect((await setUserActive(u.admin, { id: "abc", active: "false" })).ok).toBe(false);
    await expect(createUser(u.head, { username: "x.y", name: "X", role: "ADMIN", organizationCode: "R" })).rejects.toThrow("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });
});
