// A password an administrator made (a new account, a reset) is theirs to know: the person must
// choose their own before anything else opens, and may change it at any time with the current one.
import { actingAs } from "../support/action-session";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createUser, resetPassword } from "@/lib/server/admin-users";
import { db } from "@/lib/server/db";
import { changeOwnPassword } from "@/lib/server/own-password";
import type { SessionUser } from "@/lib/server/session-user";
import { findActiveAccount } from "@/lib/server/users";
import { sessionUserFrom } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase({ today: "2026-11-22" });

let admin: SessionUser;
let orgCode: string;

beforeAll(async () => {
  const o = await org("Sở P", null);
  const unit = await org("Phòng P1", o.id);
  orgCode = (await db().organization.update({ where: { id: unit.id }, data: { code: "PP1" }, select: { code: true } })).code;
  admin = await user("ADMIN", o.id);
});

async function account(username: string) {
  const row = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true, passwordHash: true, mustChangePassword: true } });
  return { ...row, session: sessionUserFrom((await findActiveAccount(row.id))!) };
}

describe("a password an administrator made", () => {
  it("must be changed before anything else: the account is signed in, the person is not", async () => {
    expect(await createUser(admin, { username: "moi.p", name: "Người Mới", role: "UNIT_HEAD", organizationCode: orgCode, password: "Tam-thoi-2026" })).toMatchObject({ ok: true });
    const a = await account("moi.p");
    expect(a.mustChangePassword).toBe(true);
    expect(a.session).toMatchObject({ username: "moi.p", mustChangePassword: true });

    // Every action but the change is refused while the flag stands (the real wrapper, the session stood in for).
    const { markNotificationsReadAction } = await import("@/app/(app)/nhiem-vu/actions");
    const { changePasswordAction } = await import("@/app/(auth)/doi-mat-khau/actions");
    actingAs.user = a.session;
    try {
      const refused = await markNotificationsReadAction(null, new FormData());
      expect(refused).toMatchObject({ ok: false, message: "Hãy đổi mật khẩu tạm thời trước khi làm việc khác." });
      const form = new FormData();
      for (const [k, v] of Object.entries({ current: "Tam-thoi-2026", next: "Cua-rieng-toi-2026", confirm: "Cua-rieng-toi-2026" })) form.set(k, v);
      expect(await changePasswordAction(null, form)).toMatchObject({ ok: true, message: "Đã đổi mật khẩu." });
    } finally {
      actingAs.user = null;
    }
    const after = await account("moi.p");
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, "Cua-rieng-toi-2026")).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "user.change_password", entityId: a.id, actorId: a.id } })).toBe(1);
  });

  it("is set again by a reset", async () => {
    const a = await account("moi.p");
    expect(await resetPassword(admin, { id: a.id })).toMatchObject({ ok: true });
    expect((await account("moi.p")).mustChangePassword).toBe(true);
  });
});

describe("choosing one's own password", () => {
  it("refuses, changing nothing: a wrong current password, too short, not repeated, the same as before", async () => {
    const u = await user("LEADERSHIP", admin.organizationId, await hashPassword("Hien-tai-2026"));
    const before = (await db().user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordHash: true } })).passwordHash;
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ current: "Sai-roi-2026", next: "Moi-hoan-toan-1", confirm: "Moi-hoan-toan-1" }, "current", /không đúng/],
      [{ current: "Hien-tai-2026", next: "ngan", confirm: "ngan" }, "next", /ít nhất 10/],
      [{ current: "Hien-tai-2026", next: "Moi-hoan-toan-1", confirm: "Moi-hoan-toan-2" }, "confirm", /không khớp/],
      [{ current: "Hien-tai-2026", next: "Hien-tai-2026", confirm: "Hien-tai-2026" }, "next", /khác mật khẩu hiện tại/],
      [{ current: "", next: "Moi-hoan-toan-1", confirm: "Moi-hoan-toan-1" }, "current", /mật khẩu hiện tại/],
    ];
    for (const [input, field, message] of cases) {
      const result = await changeOwnPassword(u, input);
      expect(result.ok, field).toBe(false);
      expect(!result.ok && result.fieldErrors[field]?.[0], field).toMatch(message);
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordHash: true } })).passwordHash).toBe(before);
    expect(await db().auditEvent.count({ where: { action: "user.change_password", entityId: u.id } })).toBe(0);
    // With the right one it is changed, and the next sign-in needs the new one.
    expect(await changeOwnPassword(u, { current: "Hien-tai-2026", next: "Moi-hoan-toan-1", confirm: "Moi-hoan-toan-1" })).toMatchObject({ ok: true });
    const hash = (await db().user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordHash: true } })).passwordHash;
    expect(await verifyPassword(hash, "Moi-hoan-toan-1")).toBe(true);
    expect(await verifyPassword(hash, "Hien-tai-2026")).toBe(false);
  });
});
