// Every write and its audit event commit together or not at all. A constraint trigger installed
// for the test makes COMMIT itself fail after every statement of the write — the audit insert
// included — has run: the database must then be exactly as before (no audit row, no partial
// write). The same call then succeeds with exactly one new audit event, written by the very
// transaction (same xmin) that wrote the row it names. A last check reads the
// server-action modules so a new action cannot skip this list unnoticed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/server/db";
import { saveDirective } from "@/lib/server/directive-editor";
import { issueDirective, recallDirective } from "@/lib/server/directive-issue";
import { decideExtension, requestExtension } from "@/lib/server/extensions";
import { acceptReports, reviewReport, submitReport } from "@/lib/server/reports";
import { remindUnits } from "@/lib/server/directive-units";
import type { SessionUser } from "@/lib/server/session-user";
import { signIn } from "@/lib/server/users";
import { createOrganization, moveOrganization, renameOrganization } from "@/lib/server/admin-organizations";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/server/admin-users";
import { changeOwnPassword } from "@/lib/server/own-password";
import { importOrganizations } from "@/lib/server/organization-import";
import { dissolveOrganization } from "@/lib/server/organization-merge";
import { useTestDatabase } from "./helpers/database";
import { fingerprint } from "./helpers/snapshot";
import { org, user } from "./helpers/world";

const t = useTestDatabase({ today: "2026-03-15" });
const u = {} as Record<"office" | "head", SessionUser>;
let unit = 0;
let ministry = 0;
let password = { username: "", hash: "" };

beforeAll(async () => {
  ministry = (await org("Bộ M", null, { kind: "MINISTRY" })).id;
  const issuer = (await org("Ban cán sự đảng M", null, { kind: "COMMITTEE", scopeRootId: ministry, abbreviation: "BCSĐ" })).id;
  unit = (await org("Vụ U", ministry)).id;
  for (let i = 0; i < 5; i++) await org(`Vụ khác ${i}`, ministry);
  password.hash = await hashPassword("Mật-khẩu-đúng-1");
  u.office = await user("OFFICE_STAFF", issuer, password.hash);
  u.head = await user("UNIT_HEAD", unit);
  password.username = u.office.username;
});

async function failCommits(on: boolean) {
  if (on) {
    await t.pool.query(`CREATE OR REPLACE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure at commit'; END $$`);
    await t.pool.query(`CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON audit_event
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit()`);
  } else {
    await t.pool.query(`DROP TRIGGER test_fail_at_commit ON audit_event`);
  }
}

const covered = new Set<string>();
/** Events about one thing whose write is rows of another table (a reminder names the directive). */
const WRITES_BESIDE: Record<string, string> = { "assignment.remind": "reminder" };
const ENTITY_TABLES: Record<string, string> = { directive: "directive", report: "report", extension_request: "extension_request", user: "user_account", organization: "organization" };

/**
 * Runs `write` with COMMIT failing (nothing may change), then normally (`events` audit events more,
 * one of them `action`, each written by the transaction that wrote the row it names).
 */
async function audited<T>(name: string, action: string, write: () => Promise<T>, events = 1): Promise<T> {
  covered.add(name);
  await failCommits(true);
  const before = await fingerprint(t.pool);
  try {
    await expect(write()).rejects.toThrow(/forced failure at commit/);
  } finally {
    await failCommits(false);
  }
  expect(await fingerprint(t.pool)).toEqual(before);
  const result = await write();
  const after = await fingerprint(t.pool);
  expect(after.audit_event.rows).toBe(before.audit_event.rows + events);
  // Each event names the row it is about; both were written by the same transaction (same xmin).
  const { rows } = await t.pool.query(`SELECT action, entity_type, entity_id, xmin::text AS xmin FROM audit_event ORDER BY id DESC LIMIT $1`, [events]);
  expect(rows.map((r) => r.action)).toContain(action);
  for (const row of rows.filter((r) => r.entity_id !== null)) {
    if (row.action in WRITES_BESIDE) {
      // The event names the directive; the rows it records live beside it, written by the same transaction.
      const written = await t.pool.query(`SELECT count(*)::int AS n FROM ${WRITES_BESIDE[row.action]} WHERE xmin::text = $1`, [row.xmin]);
      expect(written.rows[0].n, row.action).toBeGreaterThan(0);
      continue;
    }
    const table = ENTITY_TABLES[row.entity_type as string];
    const entity = await t.pool.query(`SELECT xmin::text AS xmin FROM ${table} WHERE id = $1`, [row.entity_id]);
    expect(entity.rows[0]?.xmin).toBe(row.xmin);
  }
  return result;
}

describe("a write and its audit event are one transaction", () => {
  it("holds for every write, from entering a directive to recalling it, and for signing in", async () => {
    const saved = await audited("saveDirective", "directive.create", () =>
      saveDirective(u.office, {
        type: "CONG_VAN",
        number: "12",
        issuedOn: "10/03/2026",
        title: "Công văn thử",
        tasks: [
          { title: "Nhiệm vụ", deadlineText: "30/06/2026", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: unit }] },
          { title: "Nhiệm vụ chung", deadlineText: "Quý III/2026", assignees: [{ role: "LEAD", selector: "KIND_BELOW", organizationId: ministry, organizationKind: "UNIT" }] },
        ],
      }),
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const directiveId = saved.value.id;
    expect(await audited("issueDirective", "directive.issue", () => issueDirective(u.office, directiveId))).toMatchObject({ ok: true });
    const assignmentId = (await db().assignment.findFirstOrThrow({ where: { directiveId, unitId: unit, task: { ordinal: 1 } }, select: { id: true } })).id;
    expect(await audited("remindUnits", "assignment.remind", () => remindUnits(u.office, { directiveId, note: "Đề nghị báo cáo sớm" }))).toMatchObject({ ok: true });

    expect(
      await audited("requestExtension", "extension.request", () =>
        requestExtension(u.head, { assignmentId, requestedDueOn: "31/07/2026", reason: "Chờ số liệu" }),
      ),
    ).toMatchObject({ ok: true });
    const extensionId = (await db().extensionRequest.findFirstOrThrow({ where: { assignmentId }, select: { id: true } })).id;
    expect(await audited("decideExtension", "extension.grant", () => decideExtension(u.office, { extensionId, grant: "true" }))).toMatchObject({ ok: true });

    expect(
      await audited("submitReport", "report.submit", () =>
        submitReport(u.head, { assignmentId, content: "Đã hoàn thành", progressPercent: 100, requestsCompletion: "on" }),
      ),
    ).toMatchObject({ ok: true });
    const reportId = (await db().report.findFirstOrThrow({ where: { assignmentId }, select: { id: true } })).id;
    expect(await audited("reviewReport", "report.accept", () => reviewReport(u.office, { reportId, decision: "ACCEPT" }))).toMatchObject({ ok: true });

    // Two units' reports on the shared task, accepted together: two events, one transaction.
    const other = (await db().organization.findFirstOrThrow({ where: { name: "Vụ khác 0", parentId: ministry }, select: { id: true } })).id;
    const batch: string[] = [];
    for (const [head, unitId] of [[u.head, unit], [await user("UNIT_HEAD", other), other]] as const) {
      const shared = (await db().assignment.findFirstOrThrow({ where: { directiveId, unitId, task: { ordinal: 2 } }, select: { id: true } })).id;
      const sent = await submitReport(head, { assignmentId: shared, content: "Đang triển khai", progressPercent: 50 });
      if (!sent.ok) throw new Error(sent.message);
      batch.push(String(sent.value.reportId));
    }
    expect(await audited("acceptReports", "report.accept", () => acceptReports(u.office, { reportId: batch }), 2)).toMatchObject({ ok: true, value: { accepted: 2 } });

    expect(await audited("recallDirective", "directive.recall", () => recallDirective(u.office, directiveId, "Thay thế"))).toMatchObject({ ok: true });
    expect(await audited("signIn", "user.sign_in", () => signIn(password.username, "Mật-khẩu-đúng-1", "10.0.0.1"))).toMatchObject({ ok: true });
  });

  it("holds for the administration: organisations made, renamed, moved, imported, dissolved; accounts", async () => {
    const admin = await user("ADMIN", ministry);
    // Codes as the administration's forms write them (upper case).
    const ministryCode = (await t.pool.query(`UPDATE organization SET code = upper(code) WHERE id = $1 RETURNING code`, [ministry])).rows[0].code as string;
    const created = await audited("createOrganization", "organization.create", () =>
      createOrganization(admin, { code: "VU-MOI", name: "Vụ mới", kind: "UNIT", parentCode: ministryCode }),
    );
    if (!created.ok) throw new Error(created.message);
    const id = (await db().organization.findFirstOrThrow({ where: { code: "VU-MOI" }, select: { id: true } })).id;
    expect(await audited("renameOrganization", "organization.rename", () => renameOrganization(admin, { id, name: "Vụ Tổng hợp" }))).toMatchObject({ ok: true });
    expect(await audited("importOrganizations", "organization.import", () => importOrganizations(admin, [["ma", "ten", "loai", "ma_cap_tren"], ["CB-MOI", "Chi bộ mới", "Chi bộ", "VU-MOI"]]), 2)).toMatchObject({ ok: true });
    const cell = (await db().organization.findFirstOrThrow({ where: { code: "CB-MOI" }, select: { id: true } })).id;
    expect(await audited("moveOrganization", "organization.move", () => moveOrganization(admin, { id: cell, parentCode: ministryCode }))).toMatchObject({ ok: true });
    expect(await audited("dissolveOrganization", "organization.deactivate", () => dissolveOrganization(admin, { id: cell }))).toMatchObject({ ok: true });

    const account = await audited("createUser", "user.create", () => createUser(admin, { username: "nguoi.moi", name: "Người mới", role: "UNIT_HEAD", organizationCode: "VU-MOI" }));
    if (!account.ok) throw new Error(account.message);
    const accountId = (await db().user.findFirstOrThrow({ where: { username: "nguoi.moi" }, select: { id: true } })).id;
    expect(await audited("updateUser", "user.update", () => updateUser(admin, { id: accountId, name: "Người mới", role: "LEADERSHIP", organizationCode: "VU-MOI" }))).toMatchObject({ ok: true });
    expect(await audited("setUserActive", "user.disable", () => setUserActive(admin, { id: accountId, active: "false" }))).toMatchObject({ ok: true });
    expect(await audited("resetPassword", "user.reset_password", () => resetPassword(admin, { id: accountId }))).toMatchObject({ ok: true });

    // A person changes their own password (the one an administrator made must be changed first).
    const own = await user("UNIT_HEAD", ministry, await hashPassword("Mat-khau-cu-2026"));
    expect(await audited("changeOwnPassword", "user.change_password", () => changeOwnPassword(own, { current: "Mat-khau-cu-2026", next: "Mat-khau-moi-2026", confirm: "Mat-khau-moi-2026" }))).toMatchObject({ ok: true });
  });

  it("covers every data-layer write a server action calls", () => {
    // Reading marks are the one write that is not audited (lib/server/notifications.ts says why);
    // reading pasted text into a draft, reading an import file and previewing it write nothing.
    const notAudited = new Set(["markNotificationsRead", "draftFromText", "readImportFile", "previewImport"]);
    const helpers = /^@\/lib\/server\/(action|action-result|files)$/;
    const root = path.resolve(import.meta.dirname, "../..");
    const files = (readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" }) as string[])
      .map((f) => path.join(root, "app", f))
      .concat((readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" }) as string[]).map((f) => path.join(root, "lib", f)))
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(path.join("lib", "server", "action.ts")))
      .filter((f) => readFileSync(f, "utf8").includes("authorizedAction("));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const called = new Set<string>();
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const [, names, from] of source.matchAll(/import \{([^}]+)\} from "(@\/lib\/server\/[^"]+)"/g)) {
        if (helpers.test(from)) continue;
        for (const name of names.split(",").map((n) => n.trim()).filter((n) => n && !n.startsWith("type "))) called.add(name);
      }
    }
    const uncovered = [...called].filter((name) => !covered.has(name) && !notAudited.has(name) && /^[a-z]/.test(name));
    expect(uncovered).toEqual([]);
  });
});
