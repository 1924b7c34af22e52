// The database connection dies in the middle of a write: a cascade to hundreds of units, a report.
// The write's connection is killed (pg_terminate_backend) while it waits inside its transaction,
// after all its rows are written and just before its audit event; nothing of it may remain, and
// the same Prisma client must answer the next request without a restart. Needs a real server:
// the embedded database has a single backend and nothing to terminate.
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { saveDirective } from "@/lib/server/directive-editor";
import { issueDirective } from "@/lib/server/directive-issue";
import { submitReport } from "@/lib/server/reports";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { fingerprint } from "./helpers/snapshot";
import { org, user } from "./helpers/world";

const UNITS = 300;
const LOCK = 4_242_424;

describe.skipIf(!process.env.DATABASE_URL)("a connection killed in the middle of a write", () => {
  const t = useTestDatabase({ today: "2026-03-15" });
  const u = {} as Record<"office" | "head", SessionUser>;
  let ministry = 0;
  let holder: pg.Client | null = null;

  beforeAll(async () => {
    ministry = (await org("Bộ M", null, { kind: "MINISTRY" })).id;
    const issuer = (await org("Ban cán sự đảng M", null, { kind: "COMMITTEE", scopeRootId: ministry, abbreviation: "BCSĐ" })).id;
    await t.pool.query(
      `INSERT INTO organization (code, name, kind, parent_id, depth, search_text, updated_at)
       SELECT 'F' || g, 'Phòng ' || g, 'UNIT', $1, 1, 'phong ' || g, now() FROM generate_series(1, $2) g`,
      [ministry, UNITS],
    );
    const { rebuildClosure } = await import("@/lib/server/organization-tree");
    await db().$transaction((tx) => rebuildClosure(tx));
    u.office = await user("OFFICE_STAFF", issuer);
    const first = await db().organization.findFirstOrThrow({ where: { code: "F1" }, select: { id: true } });
    u.head = await user("UNIT_HEAD", first.id);
  });

  afterEach(async () => {
    await holder?.end().catch(() => {});
    holder = null;
    await t.pool.query(`DROP TRIGGER IF EXISTS test_wait_before_audit ON audit_event`);
  });

  /** Makes the next audit insert wait on an advisory lock this test holds; returns the holder. */
  async function stallBeforeAudit(): Promise<pg.Client> {
    await t.pool.query(`CREATE OR REPLACE FUNCTION test_wait_before_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_advisory_xact_lock(${LOCK}); RETURN NEW; END $$`);
    await t.pool.query(`CREATE TRIGGER test_wait_before_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION test_wait_before_audit()`);
    holder = new pg.Client({ connectionString: t.url });
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock($1)`, [LOCK]);
    return holder;
  }

  /** Waits until a backend of this database is stuck on the lock, then kills it. */
  async function killTheWaitingWrite(client: pg.Client): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const { rows } = await client.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
      );
      if (rows.length === 1) {
        await client.query(`SELECT pg_terminate_backend($1)`, [rows[0].pid]);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("the write never reached its audit insert");
  }

  async function draft(): Promise<number> {
    const saved = await saveDirective(u.office, {
      type: "KE_HOACH",
      number: String(Math.floor(Math.random() * 1e6)),
      issuedOn: "10/03/2026",
      title: "Kế hoạch gửi mọi phòng",
      tasks: [{ title: "Nhiệm vụ", deadlineText: "30/06/2026", assignees: [{ role: "LEAD", selector: "KIND_BELOW", organizationId: ministry, organizationKind: "UNIT" }] }],
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    return saved.value.id;
  }

  it("leaves nothing of a cascade, and the next request is answered", async () => {
    const id = await draft();
    const before = await fingerprint(t.pool);
    const lock = await stallBeforeAudit();
    const issuing = issueDirective(u.office, id);
    await killTheWaitingWrite(lock);
    await expect(issuing).rejects.toThrow();
    await lock.query(`SELECT pg_advisory_unlock($1)`, [LOCK]);
    await t.pool.query(`DROP TRIGGER test_wait_before_audit ON audit_event`);

    expect(await fingerprint(t.pool)).toEqual(before);
    // Same client, no restart: it reads and writes again, and the cascade then goes through whole.
    expect(await db().directive.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "DRAFT" });
    expect(await issueDirective(u.office, id)).toMatchObject({ ok: true, value: { added: UNITS } });
    expect(await db().assignment.count({ where: { directiveId: id } })).toBe(UNITS);
  });

  it("leaves nothing of a report, and the next request is answered", async () => {
    const id = await draft();
    await issueDirective(u.office, id);
    const assignment = await db().assignment.findFirstOrThrow({ where: { directiveId: id, unitId: u.head.organizationId }, select: { id: true } });
    const report = { assignmentId: assignment.id, content: "Đã hoàn thành", progressPercent: 100, requestsCompletion: "on", links: "https://example.vn/bao-cao" };
    const before = await fingerprint(t.pool);
    const lock = await stallBeforeAudit();
    const submitting = submitReport(u.head, report);
    await killTheWaitingWrite(lock);
    await expect(submitting).rejects.toThrow();
    await lock.query(`SELECT pg_advisory_unlock($1)`, [LOCK]);
    await t.pool.query(`DROP TRIGGER test_wait_before_audit ON audit_event`);

    expect(await fingerprint(t.pool)).toEqual(before);
    expect(await submitReport(u.head, report)).toMatchObject({ ok: true });
    expect(await db().assignment.findUniqueOrThrow({ where: { id: assignment.id }, select: { state: true } })).toEqual({ state: "SUBMITTED" });
  });
});
