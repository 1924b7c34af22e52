// Issuing a directive: the cascade gives each task to exactly the units its rules name, once,
// however often and however concurrently it is issued; a failure leaves nothing; re-issuing
// after an edit changes exactly the difference and never drops a reported assignment silently;
// recalling cancels open work and keeps history.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { saveDirective } from "@/lib/server/directive-editor";
import { issueDirective, previewIssue, recallDirective } from "@/lib/server/directive-issue";
import { getDirective } from "@/lib/server/directives";
import type { SessionUser } from "@/lib/server/session";
import type { DirectiveInput } from "@/lib/validation/directive";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase({ today: "2026-03-15" });

const w = {} as Record<string, number>;
let author: SessionUser;
let stranger: SessionUser;
let n = 0;

beforeAll(async () => {
  w.M = (await org("Bộ M", null, { kind: "MINISTRY" })).id;
  w.I = (await org("Ban cán sự đảng Bộ M", null, { kind: "COMMITTEE", scopeRootId: w.M, abbreviation: "BCSĐ" })).id;
  w.U1 = (await org("Vụ U1", w.M)).id;
  w.U2 = (await org("Vụ U2", w.M)).id;
  w.U3 = (await org("Trung tâm U3", w.M)).id;
  w.U1a = (await org("Chi bộ U1a", w.U1, { kind: "CELL" })).id;
  w.U1b = (await org("Phòng U1b", w.U1)).id;
  w.X = (await org("Tỉnh ủy X", null, { kind: "COMMITTEE" })).id;
  w.X1 = (await org("Huyện ủy X1", w.X, { kind: "COMMITTEE" })).id;
  author = await user("OFFICE_STAFF", w.I);
  stranger = await user("OFFICE_STAFF", w.X);
});

function draft(overrides: Partial<DirectiveInput> = {}): DirectiveInput {
  n += 1;
  return {
    type: "CONG_VAN",
    symbolMode: "AUTO",
    number: String(100 + n),
    issuedOn: "10/03/2026",
    title: `Công văn thử ${n}`,
    tasks: [
      {
        title: "Xây dựng kế hoạch",
        deadlineText: "Quý II/2026",
        assignees: [
          { role: "LEAD", selector: "UNIT", organizationId: w.U1 },
          { role: "COORDINATE", selector: "CHILDREN", organizationId: w.M },
        ],
      },
      { title: "Tuyên truyền", deadlineText: "thường xuyên", assignees: [{ role: "LEAD", selector: "SUBTREE", organizationId: w.U1 }] },
    ],
    ...overrides,
  };
}

async function create(input: DirectiveInput = draft()): Promise<number> {
  const result = await saveDirective(author, input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function assignments(directiveId: number) {
  const rows = await db().assignment.findMany({
    where: { directiveId },
    select: { unitId: true, role: true, state: true, dueOn: true, task: { select: { ordinal: true } } },
  });
  return rows.map((a) => `${a.task.ordinal}:${Object.keys(w).find((k) => w[k] === a.unitId)}:${a.role}:${a.state}`).sort();
}

async function counts() {
  const [directives, tasks, rules, assigned, audit] = await Promise.all([
    db().directive.count(),
    db().task.count(),
    db().taskAssignee.count(),
    db().assignment.count(),
    db().auditEvent.count(),
  ]);
  return { directives, tasks, rules, assigned, audit };
}

// Task 1: U1 leads; the children of M (U1, U2, U3) coordinate — U1 once, as lead.
// Task 2: U1 and everything under it leads.
const EXPECTED = ["1:U1:LEAD:OPEN", "1:U2:COORDINATE:OPEN", "1:U3:COORDINATE:OPEN", "2:U1:LEAD:OPEN", "2:U1a:LEAD:OPEN", "2:U1b:LEAD:OPEN"];

describe("saving and issuing", () => {
  it("saves a draft with its tasks and rules, forms the symbol, and assigns nothing yet", async () => {
    const id = await create(draft({ number: "27" }));
    const d = await db().directive.findUniqueOrThrow({ where: { id }, select: { symbol: true, status: true, year: true, searchText: true } });
    expect(d).toMatchObject({ symbol: "27-CV/BCSĐ", status: "DRAFT", year: 2026 });
    expect(d.searchText).toContain("cong van so 27-cv/bcsd");
    const tasks = await db().task.findMany({ where: { directiveId: id }, orderBy: { ordinal: "asc" }, select: { dueOn: true, deadlineKind: true } });
    expect(tasks.map((t) => [t.deadlineKind, t.dueOn?.toISOString().slice(0, 10) ?? null])).toEqual([["QUARTER", "2026-06-30"], ["ONGOING", null]]);
    expect(await assignments(id)).toEqual([]);
    // The draft's page shows whom each task will go to (the rules), before any assignment exists.
    const page = await getDirective(author, id);
    expect(page?.tasks[0].rules).toEqual([
      { role: "LEAD", selector: "UNIT", organizationName: "Vụ U1", organizationKind: null },
      { role: "COORDINATE", selector: "CHILDREN", organizationName: "Bộ M", organizationKind: null },
    ]);
    expect(await db().auditEvent.count({ where: { entityId: id, action: "directive.create" } })).toBe(1);
  });

  it("previews exactly what issuing will create", async () => {
    const id = await create();
    const plan = await previewIssue(author, id);
    expect(plan).toMatchObject({ toAdd: 6, unitsToAdd: 5, toRemove: 0, total: 6, units: 5, tasksWithoutLead: [] });
    expect(plan?.tasks).toEqual([
      { ordinal: 1, leads: 1, coordinators: 2, leadNames: ["Vụ U1"], coordinatorNames: ["Trung tâm U3", "Vụ U2"] },
      { ordinal: 2, leads: 3, coordinators: 0, leadNames: ["Chi bộ U1a", "Phòng U1b", "Vụ U1"], coordinatorNames: [] },
    ]);
  });

  it("refuses to issue a directive dated after today, giving nothing to anyone", async () => {
    const id = await create(draft({ issuedOn: "01/12/2030", tasks: [{ title: "Việc", deadlineText: "31/12/2030", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: w.U1 }] }] }));
    const before = await counts();
    expect(await issueDirective(author, id)).toMatchObject({ ok: false, message: expect.stringContaining("01/12/2030 chưa đến") });
    expect(await counts()).toEqual(before);
    expect(await db().directive.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "DRAFT" });
  });

  it("names the first ten units of a role by name and counts the rest", async () => {
    const parent = (await org("Sở S", w.U3)).id;
    // Created out of order: the preview sorts them.
    for (const i of [12, 3, 11, 1, 10, 2, 9, 4, 8, 5, 7, 6]) await org(`Phòng ${String(i).padStart(2, "0")}`, parent);
    const id = await create(draft({ tasks: [{ title: "Rà soát", deadlineText: "Quý II/2026", assignees: [{ role: "LEAD", selector: "CHILDREN", organizationId: parent }] }] }));
    const plan = await previewIssue(author, id);
    expect(plan?.tasks).toEqual([
      { ordinal: 1, leads: 12, coordinators: 0, leadNames: Array.from({ length: 10 }, (_, i) => `Phòng ${String(i + 1).padStart(2, "0")}`), coordinatorNames: [] },
    ]);
  });

  it("issues: one assignment per task and unit with the task's due date; issuing again changes nothing", async () => {
    const id = await create();
    const first = await issueDirective(author, id);
    expect(first).toMatchObject({ ok: true, value: { added: 6, removed: 0, updated: 0 } });
    expect(await assignments(id)).toEqual(EXPECTED);
    const due = await db().assignment.findFirstOrThrow({ where: { directiveId: id, unitId: w.U2 }, select: { dueOn: true } });
    expect(due.dueOn?.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(await db().directive.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "ISSUED" });
    const again = await issueDirective(author, id);
    expect(again).toMatchObject({ ok: true, value: { added: 0, removed: 0, updated: 0 } });
    expect(await db().auditEvent.count({ where: { entityId: id, action: { in: ["directive.issue", "directive.reissue"] } } })).toBe(1);
  });

  it("50 people issuing the same directive at once create exactly one set of assignments", async () => {
    const id = await create();
    const results = await Promise.all(Array.from({ length: 50 }, () => issueDirective(author, id)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.reduce((sum, r) => sum + (r.ok ? r.value.added : 0), 0)).toBe(6);
    expect(await assignments(id)).toEqual(EXPECTED);
    expect(await db().auditEvent.count({ where: { entityId: id, action: "directive.issue" } })).toBe(1);
  });

  it("leaves no row behind when the cascade fails halfway", async () => {
    const id = await create();
    const before = await counts();
    await db().$executeRawUnsafe(`
      CREATE FUNCTION fail_on_u3() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.unit_id = ${w.U3} THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await db().$executeRawUnsafe(`CREATE TRIGGER fail_on_u3 BEFORE INSERT ON assignment FOR EACH ROW EXECUTE FUNCTION fail_on_u3()`);
    try {
      await expect(issueDirective(author, id)).rejects.toThrow(/simulated failure/);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER fail_on_u3 ON assignment; DROP FUNCTION fail_on_u3()`);
    }
    expect(await counts()).toEqual(before);
    expect(await db().directive.findUniqueOrThrow({ where: { id }, select: { status: true, issuedAt: true } })).toEqual({ status: "DRAFT", issuedAt: null });
    expect(await issueDirective(author, id)).toMatchObject({ ok: true, value: { added: 6 } });
  });

  it("re-issues after an edit: adds what is new, removes only what has no report, shows what it cannot remove", async () => {
    const id = await create();
    await issueDirective(author, id);
    // U2 already reported on task 1; U3 has not.
    const u2 = await db().assignment.findFirstOrThrow({ where: { directiveId: id, unitId: w.U2 }, select: { id: true } });
    await db().report.create({ data: { assignmentId: u2.id, content: "Đã triển khai", progressPercent: 30 } });
    const edit = await db().task.findMany({ where: { directiveId: id }, orderBy: { ordinal: "asc" }, select: { id: true } });
    const saved = await saveDirective(author, {
      ...draft({ number: undefined }),
      id,
      number: (await db().directive.findUniqueOrThrow({ where: { id }, select: { number: true } })).number ?? "",
      tasks: [
        {
          id: edit[0].id,
          title: "Xây dựng kế hoạch",
          deadlineText: "30/04/2026",
          // U2 and U3 dropped; U1's cells added as coordinators.
          assignees: [
            { role: "LEAD", selector: "UNIT", organizationId: w.U1 },
            { role: "COORDINATE", selector: "KIND_BELOW", organizationId: w.U1, organizationKind: "CELL" },
          ],
        },
        // Task 2 now: U1b leads alone; U1 and U1a coordinate (role changes for U1 and U1a).
        {
          id: edit[1].id,
          title: "Tuyên truyền",
          deadlineText: "thường xuyên",
          assignees: [
            { role: "LEAD", selector: "UNIT", organizationId: w.U1b },
            { role: "COORDINATE", selector: "UNIT", organizationId: w.U1 },
            { role: "COORDINATE", selector: "UNIT", organizationId: w.U1a },
          ],
        },
      ],
    });
    expect(saved.ok).toBe(true);
    const plan = await previewIssue(author, id);
    expect(plan).toMatchObject({ toAdd: 1, toRemove: 1, roleChanges: 2 });
    expect(plan?.blocked.map((b) => [b.taskOrdinal, b.unitName])).toEqual([[1, "Vụ U2"]]);
    const result = await issueDirective(author, id);
    // Added: task 1 → U1a. Removed: task 1 → U3. Updated: task 1 U1 (new due date), task 2 U1 and U1a (role).
    expect(result).toMatchObject({ ok: true, value: { added: 1, removed: 1, updated: 3 } });
    expect(await assignments(id)).toEqual([
      "1:U1:LEAD:OPEN",
      "1:U1a:COORDINATE:OPEN",
      "1:U2:COORDINATE:OPEN", // kept: it has a report
      "2:U1:COORDINATE:OPEN",
      "2:U1a:COORDINATE:OPEN",
      "2:U1b:LEAD:OPEN",
    ]);
    const u1 = await db().assignment.findFirstOrThrow({ where: { directiveId: id, unitId: w.U1, task: { ordinal: 1 } }, select: { dueOn: true } });
    expect(u1.dueOn?.toISOString().slice(0, 10)).toBe("2026-04-30");
  });

  it("recalls: open work is cancelled, completed work and reports stay, and it can be neither issued nor edited again", async () => {
    const id = await create();
    await issueDirective(author, id);
    await db().assignment.updateMany({ where: { directiveId: id, unitId: w.U2 }, data: { state: "COMPLETED", completedOn: new Date("2026-03-12") } });
    const result = await recallDirective(author, id, "Ban hành nhầm");
    expect(result).toMatchObject({ ok: true, value: { cancelled: 5 } });
    expect((await assignments(id)).filter((a) => a.endsWith(":COMPLETED"))).toEqual(["1:U2:COORDINATE:COMPLETED"]);
    expect(await issueDirective(author, id)).toMatchObject({ ok: false });
    expect(await saveDirective(author, { ...draft(), id })).toMatchObject({ ok: false });
    expect(await recallDirective(author, id, "")).toMatchObject({ ok: false });
  });
});

describe("bad input gets a message at the field and stores nothing", () => {
  async function refused(input: DirectiveInput, field: string, message: RegExp, who: SessionUser = author) {
    const before = await counts();
    const result = await saveDirective(who, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect((result.fieldErrors[field] ?? [result.message]).join(" ")).toMatch(message);
    expect(await counts()).toEqual(before);
  }

  it("a symbol that does not fit the type", () =>
    refused(draft({ type: "KE_HOACH", symbolMode: "MANUAL", symbol: "26-CV/BCSĐ" }), "symbol", /không khớp với loại văn bản/));

  it("a malformed symbol", () => refused(draft({ symbolMode: "MANUAL", symbol: "26 CV BCSĐ" }), "symbol", /không đúng dạng/));

  it("a symbol the same issuer already used that year", async () => {
    await create(draft({ number: "55" }));
    await refused(draft({ number: "55" }), "number", /đã dùng số, ký hiệu này trong năm 2026/);
  });

  it("a deadline before the issue date", () =>
    refused(draft({ tasks: [{ title: "Việc", deadlineText: "trong tháng 2/2026", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: w.U1 }] }] }), "tasks.0.deadlineText", /trước ngày ban hành/));

  it("an unreadable deadline", () =>
    refused(draft({ tasks: [{ title: "Việc", deadlineText: "Quý V/2026", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: w.U1 }] }] }), "tasks.0.deadlineText", /Chưa hiểu được hạn/));

  it("a task with no lead unit", () =>
    refused(draft({ tasks: [{ title: "Việc", assignees: [{ role: "COORDINATE", selector: "UNIT", organizationId: w.U1 }] }] }), "tasks.0.assignees", /ít nhất một đơn vị chủ trì/));

  it("a unit outside the author's scope", () =>
    refused(draft({ tasks: [{ title: "Việc", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: w.X1 }] }] }), "tasks.0.assignees.0", /Huyện ủy X1.*ngoài phạm vi/));

  it("the issuer itself is not one of its own units", () =>
    refused(draft({ tasks: [{ title: "Việc", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: w.I }] }] }), "tasks.0.assignees.0", /ngoài phạm vi/));

  it("an unknown unit id", () =>
    refused(draft({ tasks: [{ title: "Việc", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: 999_999 }] }] }), "tasks.0.assignees.0", /không tồn tại/));

  it("a field far too long", () => refused(draft({ title: "x".repeat(5000) }), "title", /tối đa 1000 ký tự/));

  it("a parent that would make a cycle", async () => {
    const a = await create();
    const b = await create(draft({ parentId: a }));
    const reloaded = await db().task.findMany({ where: { directiveId: a }, orderBy: { ordinal: "asc" }, select: { id: true } });
    const number = (await db().directive.findUniqueOrThrow({ where: { id: a }, select: { number: true } })).number ?? "";
    await refused({ ...draft(), id: a, number, parentId: b, tasks: draft().tasks?.map((t, i) => ({ ...t, id: reloaded[i].id })) }, "parentId", /vòng lặp/);
  });

  it("a parent the author may not see", async () => {
    const foreign = await saveDirective(stranger, { ...draft(), number: "", tasks: [] });
    expect(foreign.ok).toBe(true);
    if (foreign.ok) await refused(draft({ parentId: foreign.value.id }), "parentId", /không tồn tại hoặc bạn không được xem/);
  });

  it("a link the directive already has stays acceptable even when the author may not open it", async () => {
    const foreign = await saveDirective(stranger, { ...draft(), number: "", tasks: [] });
    if (!foreign.ok) throw new Error("setup");
    const id = await create(draft({ tasks: [] }));
    await db().directiveReference.create({ data: { fromId: id, toId: foreign.value.id } });
    const number = (await db().directive.findUniqueOrThrow({ where: { id }, select: { number: true } })).number ?? "";
    const result = await saveDirective(author, { ...draft(), id, number, tasks: [], referenceIds: [foreign.value.id], title: "Đã sửa" });
    expect(result.ok).toBe(true);
  });

  it("another organisation's directive cannot be edited", async () => {
    const id = await create();
    await refused({ ...draft(), id }, "form", /Không tìm thấy/, stranger);
  });

  it("a task that units already reported on cannot be removed", async () => {
    const id = await create();
    await issueDirective(author, id);
    const a = await db().assignment.findFirstOrThrow({ where: { directiveId: id, task: { ordinal: 2 } }, select: { id: true } });
    await db().report.create({ data: { assignmentId: a.id, content: "Đang làm", progressPercent: 10 } });
    const tasks = await db().task.findMany({ where: { directiveId: id }, orderBy: { ordinal: "asc" }, select: { id: true } });
    const number = (await db().directive.findUniqueOrThrow({ where: { id }, select: { number: true } })).number ?? "";
    await refused({ ...draft(), id, number, tasks: [{ ...draft().tasks![0], id: tasks[0].id }] }, "form", /Nhiệm vụ 2 đã có báo cáo/);
  });
});
