// Keeping the forest: create, rename (old names kept), move (closure, depths and dashboard figures
// stay exact), merge as in the 2025 restructuring (open work passes to the successor), dissolve;
// bad input and out-of-scope requests change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/domain/period";
import { createOrganization, listManagedOrganizations, moveOrganization, renameOrganization } from "@/lib/server/admin-organizations";
import { monthlyFigures } from "@/lib/server/dashboard-summary";
import { db } from "@/lib/server/db";
import { saveDirective } from "@/lib/server/directive-editor";
import { issueDirective } from "@/lib/server/directive-issue";
import { dissolveOrganization } from "@/lib/server/organization-merge";
import { getOrganization } from "@/lib/server/organizations";
import { submitReport } from "@/lib/server/reports";
import type { SessionUser } from "@/lib/server/session-user";
import { findActiveAccount } from "@/lib/server/users";
import { useTestDatabase } from "./helpers/database";
import { expectClosureExact, expectKeptCountsExact } from "./helpers/forest";
import { org, user } from "./helpers/world";

useTestDatabase({ today: "2026-05-20" });

const w = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;

beforeAll(async () => {
  w.R = (await org("Tỉnh ủy R", null, { kind: "COMMITTEE", abbreviation: "TU" })).id;
  w.Q = (await org("Bộ Q", null, { kind: "MINISTRY" })).id;
  for (const [name, parent] of [["D1", "R"], ["D2", "R"], ["X1", "D1"], ["X2", "D1"], ["X1a", "X1"], ["X2a", "X2"], ["Y1", "D2"]] as const) {
    w[name] = (await org(name, w[parent], { kind: "COMMITTEE" })).id;
  }
  await db().organization.updateMany({ where: { id: w.R }, data: { code: "R" } });
  for (const k of ["D1", "D2", "X1", "X2", "X1a", "X2a", "Y1", "Q"]) await db().organization.update({ where: { id: w[k] }, data: { code: k.toUpperCase() } });
  u.admin = await user("ADMIN", w.R);
  u.scoped = await user("ADMIN", w.D1);
  u.office = await user("OFFICE_STAFF", w.R);
  u.leader = await user("LEADERSHIP", w.R);
  u.headX2 = await user("UNIT_HEAD", w.X2);
});

type Pick = { unit: number; role?: "LEAD" | "COORDINATE"; selector?: "UNIT" | "CHILDREN" };
async function issue(number: string, tasks: { deadline: string; units: Pick[] }[]) {
  const saved = await saveDirective(u.office, {
    type: "KE_HOACH",
    number,
    issuedOn: "01/03/2026",
    title: `Kế hoạch ${number}`,
    tasks: tasks.map((t, i) => ({
      title: `Việc ${i + 1}`,
      deadlineText: t.deadline,
      assignees: t.units.map((p) => ({ role: p.role ?? "LEAD", selector: p.selector ?? "UNIT", organizationId: p.unit })),
    })),
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const issued = await issueDirective(u.office, saved.value.id);
  if (!issued.ok) throw new Error(issued.message);
  return saved.value.id;
}

/** Nothing stored by a refused write: the same organisations, closure, audit events. */
async function snapshot() {
  const [orgs, closure, audit, history] = await Promise.all([
    db().organization.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, name: true, parentId: true, depth: true, activeUntil: true, successorId: true } }),
    db().organizationClosure.count(),
    db().auditEvent.count(),
    db().organizationNameHistory.count(),
  ]);
  return { orgs, closure, audit, history };
}

async function figuresAgree(step: string) {
  for (const key of ["2026", "2026-Q2"]) {
    for (const id of [w.R, w.D1, w.D2]) {
      const kept = await monthlyFigures(u.leader, [id], parsePeriod(key)!, "2026-05-20", "2026-05-20");
      const counted = await monthlyFigures(u.leader, [id], parsePeriod(key)!, "2026-05-20", "2026-05-20", { useSummary: false });
      const total = (rows: typeof kept) => rows.reduce((s, r) => s + r.total * 1000 + r.overdue * 10 + r.completedOnTime, 0);
      expect(total(kept), `${step} · ${key} · ${id}`).toBe(total(counted));
    }
  }
  await expectKeptCountsExact(step);
  await expectClosureExact(step);
}

describe("creating an organisation", () => {
  it("creates it under a managed parent with its closure rows and an audit event", async () => {
    const r = await createOrganization(u.scoped, { code: " x1-b ", name: "Chi bộ X1b", kind: "CELL", parentCode: "x1", activeFrom: "01/06/2026" });
    expect(r).toMatchObject({ ok: true });
    const created = await db().organization.findUniqueOrThrow({ where: { code: "X1-B" }, select: { id: true, depth: true, parentId: true, activeFrom: true } });
    expect(created).toMatchObject({ depth: 3, parentId: w.X1 });
    expect(created.activeFrom?.toISOString().slice(0, 10)).toBe("2026-06-01");
    const ancestors = await db().organizationClosure.findMany({ where: { descendantId: created.id }, orderBy: { depth: "asc" }, select: { ancestorId: true } });
    expect(ancestors.map((a) => a.ancestorId)).toEqual([created.id, w.X1, w.D1, w.R]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "organization.create", entityId: created.id } });
    expect(event.actorId).toBe(u.scoped.id);
  });

  it.each([
    ["a bad code", { code: "A/B", name: "X", kind: "UNIT", parentCode: "X1" }, "code"],
    ["a taken code", { code: "X2", name: "X", kind: "UNIT", parentCode: "X1" }, "code"],
    ["no name", { code: "NEW1", name: " ", kind: "UNIT", parentCode: "X1" }, "name"],
    ["a bad kind", { code: "NEW1", name: "X", kind: "BAN", parentCode: "X1" }, "kind"],
    ["an unknown parent", { code: "NEW1", name: "X", kind: "UNIT", parentCode: "KHONGCO" }, "parentCode"],
    ["a parent outside the scope", { code: "NEW1", name: "X", kind: "UNIT", parentCode: "D2" }, "parentCode"],
    ["a new root by a scoped administrator", { code: "NEW1", name: "X", kind: "UNIT", parentCode: "" }, "parentCode"],
    ["a bad date", { code: "NEW1", name: "X", kind: "UNIT", parentCode: "X1", activeFrom: "31/02/2026" }, "activeFrom"],
  ])("refuses %s and stores nothing", async (_label, input, field) => {
    const before = await snapshot();
    const r = await createOrganization(u.scoped, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors[field]?.[0]).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });

  it("lets the administrator of a root create another root", async () => {
    expect(await createOrganization(u.admin, { code: "ROOT2", name: "Quốc hội", kind: "CENTRAL", parentCode: "" })).toMatchObject({ ok: true });
    expect((await db().organization.findUniqueOrThrow({ where: { code: "ROOT2" } })).depth).toBe(0);
  });
});

describe("renaming", () => {
  it("keeps the old name in the history, shows it, and still finds the unit by it", async () => {
    const r = await renameOrganization(u.admin, { id: w.X1, name: "Đảng ủy phường Hòa Bình", abbreviation: "ĐUP" });
    expect(r).toMatchObject({ ok: true });
    const history = await db().organizationNameHistory.findMany({ where: { organizationId: w.X1 } });
    expect(history).toMatchObject([{ name: "X1", abbreviation: null, changedById: u.admin.id }]);
    expect(history[0].validUntil.toISOString().slice(0, 10)).toBe("2026-05-19");
    const shown = await getOrganization(u.admin, w.X1);
    expect(shown?.name).toBe("Đảng ủy phường Hòa Bình");
    expect(shown?.formerNames.map((f) => f.name)).toEqual(["X1"]);
    expect((await listManagedOrganizations(u.admin, { q: "hoa binh" })).rows.map((o) => o.id)).toEqual([w.X1]);
    expect((await listManagedOrganizations(u.admin, { q: "x1" })).rows.map((o) => o.id)).toContain(w.X1);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "organization.rename", entityId: w.X1 } });
    expect(event.data).toEqual({ from: { name: "X1", abbreviation: null }, to: { name: "Đảng ủy phường Hòa Bình", abbreviation: "ĐUP" } });
  });

  it("refuses the same name, a unit outside the scope, and an empty name, changing nothing", async () => {
    const before = await snapshot();
    expect((await renameOrganization(u.admin, { id: w.X1, name: "Đảng ủy phường Hòa Bình", abbreviation: "ĐUP" })).ok).toBe(false);
    expect((await renameOrganization(u.scoped, { id: w.Y1, name: "Khác" })).ok).toBe(false);
    expect((await renameOrganization(u.admin, { id: w.X2, name: "" })).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe("moving and merging with work in the subtree", () => {
  let k1 = 0;
  beforeAll(async () => {
    k1 = await issue("1", [
      { deadline: "30/04/2026", units: [{ unit: w.X1 }, { unit: w.X1a }, { unit: w.X2 }, { unit: w.Y1 }, { unit: w.D1 }] },
      { deadline: "30/06/2026", units: [{ unit: w.X2 }, { unit: w.Y1, role: "COORDINATE" }] },
      { deadline: "31/12/2026", units: [{ unit: w.X2, selector: "CHILDREN" }] },
      { deadline: "30/09/2026", units: [{ unit: w.X2 }] },
      { deadline: "31/03/2026", units: [{ unit: w.X2 }, { unit: w.X1a }] },
    ]);
    // X2 finished task 5 on time; X1a is late on it.
    await db().assignment.updateMany({ where: { directiveId: k1, unitId: w.X2, task: { ordinal: 5 } }, data: { state: "COMPLETED", completedOn: new Date("2026-03-20") } });
    await figuresAgree("issued");
  });

  it("moves a subtree under another parent: closure, depths and every kept figure exact", async () => {
    expect(await moveOrganization(u.admin, { id: w.X1, parentCode: "D2" })).toMatchObject({ ok: true });
    expect(await db().organization.findUniqueOrThrow({ where: { id: w.X1a }, select: { depth: true } })).toEqual({ depth: 3 });
    await figuresAgree("X1 moved to D2");
    // Up to the top two levels (it gains kept counts of its own) and back down (it loses them).
    expect(await moveOrganization(u.admin, { id: w.X1, parentCode: "R" })).toMatchObject({ ok: true });
    await figuresAgree("X1 moved to R");
    expect(await moveOrganization(u.admin, { id: w.X1, parentCode: "D1" })).toMatchObject({ ok: true });
    await figuresAgree("X1 moved back to D1");
    expect((await db().auditEvent.count({ where: { action: "organization.move", entityId: w.X1 } }))).toBe(3);
  });

  it("refuses a cycle, a parent outside the scope, the scope's own root, and the same parent", async () => {
    const before = await snapshot();
    const cycle = await moveOrganization(u.admin, { id: w.D1, parentCode: "X1A" });
    expect(cycle.ok).toBe(false);
    if (!cycle.ok) expect(cycle.fieldErrors.parentCode?.[0]).toContain("nằm trong chính cây");
    expect((await moveOrganization(u.scoped, { id: w.X1, parentCode: "D2" })).ok).toBe(false);
    expect((await moveOrganization(u.scoped, { id: w.D1, parentCode: "X2" })).ok).toBe(false);
    expect((await moveOrganization(u.admin, { id: w.X1, parentCode: "D1" })).ok).toBe(false);
    expect((await moveOrganization(u.scoped, { id: w.Y1, parentCode: "X2" })).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to dissolve a unit that still has work, without a successor", async () => {
    const before = await snapshot();
    const r = await dissolveOrganization(u.admin, { id: w.X2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("nhiệm vụ đang thực hiện");
    expect((await dissolveOrganization(u.admin, { id: w.X2, successorCode: "X2A" })).ok).toBe(false); // into its own subtree
    expect((await dissolveOrganization(u.admin, { id: w.X2, successorCode: "X2" })).ok).toBe(false); // into itself
    expect(await snapshot()).toEqual(before);
  });

  it("merges X2 into Y1: open work passes, duplicates keep Y1's, children and people follow, history stays", async () => {
    const task4 = await db().assignment.findFirstOrThrow({ where: { directiveId: k1, unitId: w.X2, task: { ordinal: 4 } }, select: { id: true } });
    await submitReport(u.headX2, { assignmentId: task4.id, content: "Đang làm", progressPercent: 30 });
    const byTask = async () =>
      (await db().assignment.findMany({ where: { directiveId: k1 }, select: { unitId: true, role: true, state: true, task: { select: { ordinal: true } } } }))
        .map((a) => `${a.task.ordinal}:${Object.keys(w).find((k) => w[k] === a.unitId)}:${a.role}:${a.state}`)
        .sort();

    const r = await dissolveOrganization(u.admin, { id: w.X2, successorCode: "Y1" });
    expect(r).toMatchObject({ ok: true, value: { transferred: 1, duplicates: 2, children: 1, users: 1 } });
    expect(await byTask()).toEqual([
      "1:D1:LEAD:OPEN", "1:X1:LEAD:OPEN", "1:X1a:LEAD:OPEN", "1:X2:LEAD:CANCELLED", "1:Y1:LEAD:OPEN",
      "2:X2:LEAD:CANCELLED", "2:Y1:LEAD:OPEN", // Y1 coordinated; X2 led: Y1 now leads
      "3:X2a:LEAD:OPEN", // X2's child, now under Y1, keeps its work
      "4:Y1:LEAD:OPEN", // passed to Y1 with its report
      "5:X1a:LEAD:OPEN", "5:X2:LEAD:COMPLETED", // completed work stays with X2
    ].sort());
    expect((await db().report.findFirstOrThrow({ where: { assignmentId: task4.id }, select: { assignment: { select: { unitId: true } } } })).assignment.unitId).toBe(w.Y1);
    expect(await db().assignmentTransfer.count({ where: { fromUnitId: w.X2, toUnitId: w.Y1 } })).toBe(3);
    const x2 = await db().organization.findUniqueOrThrow({ where: { id: w.X2 }, select: { activeUntil: true, successorId: true, parentId: true } });
    expect(x2).toMatchObject({ successorId: w.Y1, parentId: w.D1 });
    expect(x2.activeUntil?.toISOString().slice(0, 10)).toBe("2026-05-19");
    expect((await db().organization.findUniqueOrThrow({ where: { id: w.X2a }, select: { parentId: true } })).parentId).toBe(w.Y1);
    expect((await findActiveAccount(u.headX2.id))?.organizationId).toBe(w.Y1);
    await figuresAgree("X2 merged into Y1");

    // Issuing the directive again asks for the same assignments: the rules followed the merge.
    const before = await byTask();
    expect((await issueDirective(u.office, k1)).ok).toBe(true);
    expect(await byTask()).toEqual(before);

    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "organization.merge", entityId: w.X2 } });
    expect(event.data).toMatchObject({ into: { id: w.Y1 }, transferred: 1, duplicates: 2 });
    // An inactive unit takes no new work and cannot be merged again.
    expect((await dissolveOrganization(u.admin, { id: w.X2, successorCode: "Y1" })).ok).toBe(false);
    expect((await createOrganization(u.admin, { code: "UNDER-X2", name: "X", kind: "UNIT", parentCode: "X2" })).ok).toBe(false);
  });

  it("dissolves an idle unit without a successor", async () => {
    const idle = (await org("Idle", w.D2)).id;
    expect(await dissolveOrganization(u.admin, { id: idle })).toMatchObject({ ok: true });
    expect(await db().auditEvent.count({ where: { action: "organization.deactivate", entityId: idle } })).toBe(1);
    expect((await listManagedOrganizations(u.admin, { q: "idle" })).rows).toEqual([]);
    expect((await listManagedOrganizations(u.admin, { q: "idle", ngung: "1" })).rows.map((o) => o.id)).toEqual([idle]);
  });
});
