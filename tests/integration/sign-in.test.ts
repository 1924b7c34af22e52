// Signing in: argon2id passwords, a Vietnamese-facing refusal code for a wrong password or a
// disabled account, repeated failures slowed down per account and per address, every attempt
// recorded, a successful one audited.
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { fixedClock } from "@/lib/domain/clock";
import { overrideServerConfig, serverConfig } from "@/lib/server/config";
import { db } from "@/lib/server/db";
import { findActiveAccount, signIn } from "@/lib/server/users";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase();

let username = "";
let disabled = "";

function at(iso: string) {
  overrideServerConfig({ ...serverConfig(), clock: fixedClock(iso) });
}

beforeAll(async () => {
  const unit = await org("Văn phòng", null);
  const hash = await hashPassword("Đúng-mật-khẩu-1");
  expect(hash).toMatch(/^\$argon2id\$/);
  username = (await user("UNIT_HEAD", unit.id, hash)).username;
  disabled = (await user("UNIT_HEAD", unit.id, hash)).username;
  await db().user.update({ where: { username: disabled }, data: { active: false } });
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the username, and audits it", async () => {
    at("2026-11-22T08:00:00+07:00");
    const result = await signIn(`  ${username.toUpperCase()} `, "Đúng-mật-khẩu-1", "10.0.0.1");
    expect(result).toMatchObject({ ok: true });
    const audit = await db().auditEvent.findMany({ where: { action: "user.sign_in" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    at("2026-11-22T09:00:00+07:00");
    expect(await signIn(username, "sai", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn("khong-ton-tai", "sai", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
  });

  it("refuses a disabled account even with the right password, and its session stops at once", async () => {
    at("2026-11-22T09:30:00+07:00");
    // Told it is locked — only with its right password; a wrong one learns nothing.
    expect(await signIn(disabled, "Đúng-mật-khẩu-1", "10.0.0.3")).toEqual({ ok: false, reason: "LOCKED" });
    expect(await signIn(disabled, "sai", "10.0.0.3")).toEqual({ ok: false, reason: "INVALID" });
    const row = await db().user.findUniqueOrThrow({ where: { username: disabled } });
    expect(await findActiveAccount(row.id)).toBeNull();
  });

  it("slows down repeated failures on one account, then lets it try again after the wait", async () => {
    at("2026-11-22T10:00:00+07:00");
    for (let i = 0; i < 3; i++) expect(await signIn(username, `sai-${i}`, "10.0.1.1")).toEqual({ ok: false, reason: "INVALID" });
    // The fourth failure is still checked; from then on each attempt waits 2, 4, 8… seconds.
    expect(await signIn(username, "sai-3", "10.0.1.1")).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn(username, "Đúng-mật-khẩu-1", "10.0.1.2")).toEqual({ ok: false, reason: "THROTTLED", retryAfterSeconds: 2 });
    at("2026-11-22T10:00:03+07:00");
    expect(await signIn(username, "sai-4", "10.0.1.1")).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn(username, "Đúng-mật-khẩu-1", "10.0.1.2")).toMatchObject({ ok: false, reason: "THROTTLED", retryAfterSeconds: 4 });
    at("2026-11-22T10:00:08+07:00");
    expect(await signIn(username, "Đúng-mật-khẩu-1", "10.0.1.2")).toMatchObject({ ok: true });
  });

  it("slows down one address trying many accounts", async () => {
    at("2026-11-22T11:00:00+07:00");
    for (let i = 0; i < 21; i++) await signIn(`nguoi-${i}`, "sai", "10.9.9.9");
    expect(await signIn(username, "Đúng-mật-khẩu-1", "10.9.9.9")).toMatchObject({ ok: false, reason: "THROTTLED" });
    expect(await signIn(username, "Đúng-mật-khẩu-1", "10.9.9.10")).toMatchObject({ ok: true });
  });

  it("records every attempt", async () => {
    const attempts = await db().loginAttempt.count();
    expect(attempts).toBeGreaterThanOrEqual(30);
  });
});

describe("audit trail", () => {
  it("cannot be changed or removed, even by a direct statement", async () => {
    await expect(db().$executeRawUnsafe(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.count()).toBeGreaterThan(0);
  });
});
