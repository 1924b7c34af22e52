// A directive's units: the directive page lists the first units of a task with the count of all
// by status; the list /van-ban/:id/don-vi shows them all, the most urgent first, filtered by task and
// status, 50 a page, and as a workbook; a unit links to its assignment (here and on another
// assignment's page) only when the person may open it. A hand-made directive of 55 units as of
// 2026-11-22, its answers counted by hand.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentDetail } from "@/lib/server/assignment-detail";
import { dateValue, db } from "@/lib/server/db";
import { buildDirectiveUnitsWorkbook, DIRECTIVE_UNITS_PAGE_SIZE, listDirectiveUnits, remindUnits } from "@/lib/server/directive-units";
import { listNotifications } from "@/lib/server/notifications";
import { getDirective, TASK_UNITS_SHOWN } from "@/lib/server/directives";
import { ForbiddenError, type SessionUser } from "@/lib/server/session";
import { useTestDatabase } from "./helpers/database";
import { directive, org, user, type AssignmentSpec } from "./helpers/world";

useTestDatabase({ today: "2026-11-22" });

const cell = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;
let A = 0;
let task2 = 0;
let otherTask = 0;
let secret = 0;
let shared = 0;
let R0 = 0;
const name = (i: number) => `Chi bộ ${String(i).padStart(2, "0")}`;

beforeAll(async () => {
  const R = (await org("Đảng ủy R", null, { kind: "COMMITTEE" })).id;
  R0 = R;
  const Q = (await org("Cơ quan Q", null)).id;
  for (let i = 1; i <= 55; i++) cell[name(i)] = (await org(name(i), R, { kind: "CELL" })).id;
  // Task 1, due 30/06/2026, to all 55: 01 done 20/06 (on time), 02 done 05/07 (late), 04 overdue with
  // a report waiting, 05 given until 31/12 (in progress), 06 cancelled, the other 50 open and overdue.
  const specs: AssignmentSpec[] = Array.from({ length: 55 }, (_, k): AssignmentSpec => {
    const i = k + 1;
    const unitId = cell[name(i)];
    if (i === 1) return { unitId, state: "COMPLETED", completedOn: "2026-06-20" };
    if (i === 2) return { unitId, state: "COMPLETED", completedOn: "2026-07-05" };
    if (i === 4) return { unitId, state: "SUBMITTED" };
    if (i === 5) return { unitId, dueOn: "2026-12-31" };
    if (i === 6) return { unitId, state: "CANCELLED" };
    return { unitId };
  });
  A = (await directive(R, { dueOn: "2026-06-30", assignments: specs })).id;
  // Task 2, due 31/12/2026, to Chi bộ 01 alone: in progress.
  task2 = (await db().task.create({ data: { directiveId: A, ordinal: 2, title: "Nhiệm vụ hai", deadlineKind: "DATE", dueOn: dateValue("2026-12-31") } })).id;
  await db().assignment.create({ data: { taskId: task2, directiveId: A, unitId: cell[name(1)], role: "LEAD", state: "OPEN", dueOn: dateValue("2026-12-31") } });
  otherTask = (await directive(Q, { assignments: [] })).taskId;

  u.office = await user("OFFICE_STAFF", R);
  u.cell02 = await user("UNIT_HEAD", cell[name(2)]);
  u.Q = await user("OFFICE_STAFF", Q);
  u.admin = await user("ADMIN", R);
  u.oversight = await user("OVERSIGHT", R);
  secret = (await directive(R, { confidentiality: "SECRET", dueOn: "2026-06-30", assignments: [{ unitId: cell[name(1)] }] })).id;
  // A leader of Đảng ủy K, above Chi bộ K1: K1 and Chi bộ 01 share a task of another directive.
  const K = (await org("Đảng ủy K", R, { kind: "COMMITTEE" })).id;
  cell.K1 = (await org("Chi bộ K1", K, { kind: "CELL" })).id;
  shared = (await directive(R, { dueOn: "2026-12-31", assignments: [{ unitId: cell.K1 }, { unitId: cell[name(1)], role: "COORDINATE" }] })).id;
  u.leaderK = await user("LEADERSHIP", K);
  u.cell03 = await user("UNIT_HEAD", cell[name(3)]);
  u.leader = await user("LEADERSHIP", R);
});

describe("the directive's page", () => {
  it("lists the first units of a task and counts all of them by status", async () => {
    const found = (await getDirective(u.office, A))!;
    const [t1, t2] = found.tasks;
    expect(t1.assignments).toHaveLength(TASK_UNITS_SHOWN);
    expect(t1.statusCounts).toEqual({ OVERDUE: 51, IN_PROGRESS: 1, COMPLETED_LATE: 1, COMPLETED_ON_TIME: 1, CANCELLED: 1 });
    expect(t2.assignments.map((a) => a.unitName)).toEqual([name(1)]);
    expect(t2.statusCounts).toEqual({ OVERDUE: 0, IN_PROGRESS: 1, COMPLETED_LATE: 0, COMPLETED_ON_TIME: 0, CANCELLED: 0 });
  });
});

describe("the list of a directive's units", () => {
  it("puts what needs chasing first and pages by 50", async () => {
    const first = (await listDirectiveUnits(u.office, A))!;
    expect(first.all).toBe(56);
    expect(first.total).toBe(56);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(DIRECTIVE_UNITS_PAGE_SIZE);
    expect(first.rows.every((r) => r.status === "OVERDUE")).toBe(true);
    expect(first.rows[0].unitName).toBe(name(3));
    expect(first.rows.find((r) => r.unitName === name(4))!.awaitingReview).toBe(true);
    expect(first.counts).toEqual({ OVERDUE: 51, IN_PROGRESS: 2, COMPLETED_LATE: 1, COMPLETED_ON_TIME: 1, CANCELLED: 1 });

    // The last overdue one, then in progress by due date and task, late, on time, cancelled.
    const second = (await listDirectiveUnits(u.office, A, { page: 2 }))!;
    expect(second.rows.map((r) => [r.unitName, r.taskOrdinal, r.status])).toEqual([
      [name(55), 1, "OVERDUE"],
      [name(5), 1, "IN_PROGRESS"],
      [name(1), 2, "IN_PROGRESS"],
      [name(2), 1, "COMPLETED_LATE"],
      [name(1), 1, "COMPLETED_ON_TIME"],
      [name(6), 1, "CANCELLED"],
    ]);
    // A page past the end shows the last one.
    expect((await listDirectiveUnits(u.office, A, { page: 9 }))!.page).toBe(2);
  });

  it("filters by status and by task; the counts follow the task, not the status", async () => {
    const overdue = (await listDirectiveUnits(u.office, A, { status: "OVERDUE" }))!;
    expect(overdue.total).toBe(51);
    expect(overdue.all).toBe(56);
    const late = (await listDirectiveUnits(u.office, A, { status: "COMPLETED_LATE" }))!;
    expect(late.rows.map((r) => r.unitName)).toEqual([name(2)]);
    const second = (await listDirectiveUnits(u.office, A, { taskId: task2 }))!;
    expect(second.task?.id).toBe(task2);
    expect(second.rows.map((r) => r.unitName)).toEqual([name(1)]);
    expect(second.counts).toEqual({ OVERDUE: 0, IN_PROGRESS: 1, COMPLETED_LATE: 0, COMPLETED_ON_TIME: 0, CANCELLED: 0 });
    // A unit's name, diacritics, case and NFD ignored; the counts follow the search too. (The shared
    // directive: Chi bộ K1 leads, Chi bộ 01 coordinates; "k" is in no code's random hex tag.)
    for (const q of ["chi bo k1", "CHI BỘ K1", "Chi bộ K1".normalize("NFD")]) {
      const found = (await listDirectiveUnits(u.office, shared, { q }))!;
      expect(found.rows.map((r) => r.unitName), q).toEqual(["Chi bộ K1"]);
      expect(found.counts.IN_PROGRESS).toBe(1);
      expect(found.all).toBe(1);
    }
    expect((await listDirectiveUnits(u.office, shared, {}))!.all).toBe(2);
    expect((await listDirectiveUnits(u.office, A, { q: "khong co don vi nay" }))!.total).toBe(0);
    // Another directive's task is no filter at all.
    const foreign = (await listDirectiveUnits(u.office, A, { taskId: otherTask }))!;
    expect(foreign.task).toBeNull();
    expect(foreign.total).toBe(56);
  });

  it("links a unit only when the person may open its assignment", async () => {
    const office = (await listDirectiveUnits(u.office, A, { page: 2 }))!;
    expect(office.rows.every((r) => r.openable)).toBe(true);
    // Chi bộ 02 holds task 1, so it reads the other units of task 1, but not Chi bộ 01's task 2.
    const cell02 = (await listDirectiveUnits(u.cell02, A, { page: 2 }))!;
    expect(cell02.rows.map((r) => [r.unitName, r.taskOrdinal, r.openable])).toEqual([
      [name(55), 1, true],
      [name(5), 1, true],
      [name(1), 2, false],
      [name(2), 1, true],
      [name(1), 1, true],
      [name(6), 1, true],
    ]);
  });

  it("exports the filtered list, every page of it, to a workbook that reads back", async () => {
    const bytes = (await buildDirectiveUnitsWorkbook(u.office, A, { status: "OVERDUE" }))!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = book.worksheets[0];
    expect(String(ws.getRow(1).getCell(1).value)).toMatch(/^Đơn vị thực hiện: Kế hoạch — /);
    expect(String(ws.getRow(2).getCell(1).value)).toBe("Tất cả nhiệm vụ · Quá hạn · Tình trạng tính đến ngày 22/11/2026 · 51 lượt giao");
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(["Đơn vị", "Nhiệm vụ", "Vai trò", "Hạn", "Ngày hoàn thành", "Tiến độ (%)", "Tình trạng", "Chờ duyệt"]);
    const rows = Array.from({ length: ws.rowCount - 4 }, (_, i) => (ws.getRow(i + 5).values as unknown[]).slice(1));
    expect(rows).toHaveLength(51);
    expect(rows[0]).toEqual([name(3), "1. Nhiệm vụ", "Chủ trì", "30/06/2026", "", 0, "Quá hạn", ""]);
    expect(rows[1]).toEqual([name(4), "1. Nhiệm vụ", "Chủ trì", "30/06/2026", "", 0, "Quá hạn", "Chờ duyệt"]);
    expect(await buildDirectiveUnitsWorkbook(u.Q, A, {})).toBeNull();
  });

  it("on an assignment's page, links the other units of the task only when the person may open them", async () => {
    const k1 = await db().assignment.findFirstOrThrow({ where: { directiveId: shared, unitId: cell.K1 }, select: { id: true } });
    // The leader above K1 reads K1's assignment; Chi bộ 01 lies outside the leader's scope.
    const asLeader = (await getAssignmentDetail(u.leaderK, k1.id))!;
    expect(asLeader.others.map((o) => [o.unitName, o.openable])).toEqual([[name(1), false]]);
    // The issuing office opens both.
    expect((await getAssignmentDetail(u.office, k1.id))!.others.map((o) => o.openable)).toEqual([true]);
  });

  it("is a read of a secret directive, audited for the inspection commission as its page is", async () => {
    const reads = () => db().auditEvent.count({ where: { action: "directive.read_secret", entityId: secret } });
    expect(await reads()).toBe(0);
    expect((await listDirectiveUnits(u.oversight, secret))!.rows.map((r) => r.unitName)).toEqual([name(1)]);
    expect(await reads()).toBe(1);
    // The workbook is its own door, named in the log; the list again within the minute is the same read.
    expect(await buildDirectiveUnitsWorkbook(u.oversight, secret, {})).not.toBeNull();
    await listDirectiveUnits(u.oversight, secret);
    const doors = await db().auditEvent.findMany({ where: { action: "directive.read_secret", entityId: secret }, orderBy: { id: "asc" }, select: { data: true } });
    expect(doors.map((e) => e.data)).toEqual([{ via: "units" }, { via: "unitsExport" }]);
  });

  it("does not exist for a person who may not open the directive, and refuses an administrator", async () => {
    expect(await listDirectiveUnits(u.Q, A)).toBeNull();
    expect(await listDirectiveUnits(u.office, 2_000_000_000)).toBeNull();
    await expect(listDirectiveUnits(u.admin, A)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("reminders (đôn đốc) from the issuing office", () => {
  const written = async () => ({
    reminders: await db().reminder.count(),
    events: await db().auditEvent.count({ where: { action: "assignment.remind" } }),
  });

  it("reminds the open units the list shows, once a day, with one audit event", async () => {
    // Open (not awaiting review, completed or cancelled): Chi bộ 03, 05, 07–55 on task 1, Chi bộ 01 on task 2.
    expect((await listDirectiveUnits(u.office, A))!.reminders).toEqual({ open: 52, openUnits: 52, remindable: 52, remindableUnits: 52 });
    expect((await listDirectiveUnits(u.office, A, { status: "OVERDUE" }))!.reminders).toEqual({ open: 50, openUnits: 50, remindable: 50, remindableUnits: 50 });
    expect((await listDirectiveUnits(u.office, A, { status: "COMPLETED_LATE" }))!.reminders).toEqual({ open: 0, openUnits: 0, remindable: 0, remindableUnits: 0 });
    // Only the issuing office sees the reminder at all.
    expect((await listDirectiveUnits(u.cell02, A))!.reminders).toBeNull();
    expect((await listDirectiveUnits(u.leader, A))!.reminders).toBeNull();

    const before = await written();
    const sent = await remindUnits(u.office, { directiveId: String(A), status: "OVERDUE", taskId: "", q: "", note: "Đề nghị báo cáo trước ngày 30/11/2026." });
    expect(sent).toMatchObject({ ok: true, value: { reminded: 50, units: 50 }, message: "Đã đôn đốc 50 đơn vị (50 lượt giao)." });
    expect(await written()).toEqual({ reminders: before.reminders + 50, events: before.events + 1 });
    expect((await listDirectiveUnits(u.office, A, { status: "OVERDUE" }))!.reminders).toEqual({ open: 50, openUnits: 50, remindable: 0, remindableUnits: 0 });
    expect((await listDirectiveUnits(u.office, A))!.reminders).toEqual({ open: 52, openUnits: 52, remindable: 2, remindableUnits: 2 });

    // Again the same day: refused, nothing written.
    expect(await remindUnits(u.office, { directiveId: A, status: "OVERDUE" })).toMatchObject({ ok: false, message: "Các đơn vị này đã được đôn đốc hôm nay." });
    expect(await written()).toEqual({ reminders: before.reminders + 50, events: before.events + 1 });
  });

  it("counts units, not assignments, when a unit holds several tasks", async () => {
    // Chi bộ 10 holds both tasks of this directive, Chi bộ 11 one: three open assignments, two units.
    const d = await directive(R0, { dueOn: "2026-12-31", assignments: [{ unitId: cell[name(10)] }, { unitId: cell[name(11)] }] });
    const second = await db().task.create({ data: { directiveId: d.id, ordinal: 2, title: "Nhiệm vụ hai", deadlineKind: "DATE", dueOn: dateValue("2026-12-31") } });
    await db().assignment.create({ data: { taskId: second.id, directiveId: d.id, unitId: cell[name(10)], role: "LEAD", state: "OPEN", dueOn: dateValue("2026-12-31") } });
    expect((await listDirectiveUnits(u.office, d.id))!.reminders).toEqual({ open: 3, openUnits: 2, remindable: 3, remindableUnits: 2 });
    expect(await remindUnits(u.office, { directiveId: d.id })).toMatchObject({ ok: true, value: { reminded: 3, units: 2 }, message: "Đã đôn đốc 2 đơn vị (3 lượt giao)." });
  });

  it("tells the unit: a notification while the work is open, and the note on its assignment's page", async () => {
    const mine = await db().assignment.findFirstOrThrow({ where: { directiveId: A, unitId: cell[name(3)] }, select: { id: true } });
    const { items } = await listNotifications(u.cell03);
    expect(items.filter((n) => n.kind === "REMINDED").map((n) => n.assignmentId)).toEqual([mine.id]);
    const detail = (await getAssignmentDetail(u.cell03, mine.id))!;
    expect(detail.reminders.map((r) => r.note)).toEqual(["Đề nghị báo cáo trước ngày 30/11/2026."]);
  });

  it("refuses bad input, another office, a unit on the task and a leader, changing nothing", async () => {
    const before = await written();
    const long = await remindUnits(u.office, { directiveId: A, note: "x".repeat(501) });
    expect(long).toMatchObject({ ok: false });
    expect(!long.ok && long.fieldErrors.note?.[0]).toBe("Quá dài: tối đa 500 ký tự.");
    expect(await remindUnits(u.office, { directiveId: A, status: "COMPLETED_ON_TIME" })).toMatchObject({ ok: false });
    expect(await remindUnits(u.office, { directiveId: "abc" })).toMatchObject({ ok: false });
    const notOwn = "Chỉ văn phòng của cơ quan ban hành văn bản mới đôn đốc được các đơn vị, khi văn bản đang có hiệu lực.";
    expect(await remindUnits(u.Q, { directiveId: A })).toMatchObject({ ok: false, message: notOwn });
    expect(await remindUnits(u.cell02, { directiveId: A })).toMatchObject({ ok: false, message: notOwn });
    expect(await remindUnits(u.office, { directiveId: A, q: "khong co don vi nay" })).toMatchObject({ ok: false, message: "Không có đơn vị nào đang thực hiện trong danh sách này để đôn đốc." });
    await expect(remindUnits(u.leader, { directiveId: A })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await written()).toEqual(before);
  });
});
