// The unit workflow: reports and their review, the status transitions they cause, report slots of
// ongoing work, extensions, own plans three levels deep with their roll-up, notifications, and
// every refusal of issue #4 — each leaving nothing changed.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/domain/clock";
import { getAssignmentDetail, ownPlanRollup } from "@/lib/server/assignment-detail";
import { dashboardFigures } from "@/lib/server/dashboard";
import { overrideServerConfig, serverConfig } from "@/lib/server/config";
import { db } from "@/lib/server/db";
import { ownPlanDraft, saveDirective } from "@/lib/server/directive-editor";
import { issueDirective, previewIssue, recallDirective } from "@/lib/server/directive-issue";
import { decideExtension, listExtensionQueue, requestExtension } from "@/lib/server/extensions";
import { checkUpload } from "@/lib/server/files";
import { listInbox } from "@/lib/server/inbox";
import { listNotifications, markNotificationsRead } from "@/lib/server/notifications";
import { acceptReports, listReviewQueue, REVIEW_PAGE_SIZE, reviewReport, submitReport } from "@/lib/server/reports";
import type { SessionUser } from "@/lib/server/session-user";
import type { DirectiveInput } from "@/lib/validation/directive";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase({ today: "2026-03-15" });

const w = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;
let n = 0;

function at(day: string) {
  overrideServerConfig({ ...serverConfig(), clock: fixedClock(day) });
}

beforeAll(async () => {
  w.M = (await org("Bộ M", null, { kind: "MINISTRY" })).id;
  w.I = (await org("Ban cán sự đảng M", null, { kind: "COMMITTEE", scopeRootId: w.M, abbreviation: "BCSĐ" })).id;
  w.U1 = (await org("Vụ U1", w.M, { abbreviation: "VU1" })).id;
  w.U2 = (await org("Vụ U2", w.M)).id;
  w.U1a = (await org("Phòng U1a", w.U1, { abbreviation: "PU1A" })).id;
  w.U1b = (await org("Phòng U1b", w.U1)).id;
  w.U1a1 = (await org("Tổ U1a1", w.U1a)).id;
  u.office = await user("OFFICE_STAFF", w.I);
  u.head1 = await user("UNIT_HEAD", w.U1);
  u.head1b = await user("UNIT_HEAD", w.U1);
  u.head2 = await user("UNIT_HEAD", w.U2);
  u.head1a = await user("UNIT_HEAD", w.U1a);
  u.head1a1 = await user("UNIT_HEAD", w.U1a1);
  u.leader = await user("LEADERSHIP", w.M);
});

beforeEach(() => at("2026-03-15"));

/** Issues a directive of the office with one task to U1 (lead) and U2 (coordinating); returns U1's assignment id. */
async function issued(task: Partial<NonNullable<DirectiveInput["tasks"]>[number]> = {}): Promise<{ directiveId: number; a1: number; a2: number }> {
  n += 1;
  const saved = await saveDirective(u.office, {
    type: "CONG_VAN",
    number: String(200 + n),
    issuedOn: "10/03/2026",
    title: `Công văn ${n}`,
    tasks: [
      {
        title: `Nhiệm vụ ${n}`,
        deadlineText: "30/04/2026",
        assignees: [
          { role: "LEAD", selector: "UNIT", organizationId: w.U1 },
          { role: "COORDINATE", selector: "UNIT", organizationId: w.U2 },
        ],
        ...task,
      },
    ],
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const result = await issueDirective(u.office, saved.value.id);
  if (!result.ok) throw new Error(result.message);
  const rows = await db().assignment.findMany({ where: { directiveId: saved.value.id }, select: { id: true, unitId: true } });
  return { directiveId: saved.value.id, a1: rows.find((r) => r.unitId === w.U1)!.id, a2: rows.find((r) => r.unitId === w.U2)!.id };
}

async function state(id: number) {
  return db().assignment.findUniqueOrThrow({ where: { id }, select: { state: true, completedOn: true, progressPercent: true, dueOn: true, reportDueOn: true } });
}

async function snapshot() {
  const [reports, assignments, audit, extensions] = await Promise.all([
    db().report.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true, content: true } }),
    db().assignment.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, progressPercent: true, dueOn: true } }),
    db().auditEvent.count(),
    db().extensionRequest.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
  ]);
  return { reports, assignments, audit, extensions };
}

async function reportId(assignmentId: number) {
  return (await db().report.findFirstOrThrow({ where: { assignmentId }, orderBy: { id: "desc" }, select: { id: true } })).id;
}

describe("reporting and review", () => {
  it("moves an assignment through progress, completion request, return, late resubmission and acceptance", async () => {
    const { a1 } = await issued();
    expect(await submitReport(u.head1, { assignmentId: a1, content: "Đã xây dựng dự thảo", progressPercent: 30 })).toMatchObject({ ok: true });
    expect(await state(a1)).toMatchObject({ state: "OPEN", progressPercent: 30 });
    expect((await listReviewQueue(u.office)).rows.map((r) => r.assignmentId)).toContain(a1);
    expect(await reviewReport(u.office, { reportId: await reportId(a1), decision: "ACCEPT" })).toMatchObject({ ok: true, value: { completedOn: null } });
    expect((await state(a1)).state).toBe("OPEN");

    at("2026-04-20");
    await submitReport(u.head1, { assignmentId: a1, content: "Đã hoàn thành", progressPercent: 100, requestsCompletion: "on" });
    expect((await state(a1)).state).toBe("SUBMITTED");
    expect(await reviewReport(u.office, { reportId: await reportId(a1), decision: "RETURN", note: "Thiếu phụ lục số liệu" })).toMatchObject({ ok: true });
    // The returned 100 % no longer speaks for the unit: its progress is the accepted 30 % again.
    expect(await state(a1)).toMatchObject({ state: "OPEN", progressPercent: 30 });
    const detail = await getAssignmentDetail(u.head1, a1);
    expect(detail?.reports[0]).toMatchObject({ status: "RETURNED", reviewNote: "Thiếu phụ lục số liệu" });

    // Resubmitted after the due date (30/04): completed on the resubmission's date, so late.
    at("2026-05-05");
    await submitReport(u.head1, { assignmentId: a1, content: "Đã bổ sung phụ lục", progressPercent: 100, requestsCompletion: "on" });
    expect(await reviewReport(u.office, { reportId: await reportId(a1), decision: "ACCEPT" })).toMatchObject({ ok: true, value: { completedOn: "2026-05-05" } });
    expect(await state(a1)).toMatchObject({ state: "COMPLETED", progressPercent: 100 });
    expect((await getAssignmentDetail(u.head1, a1))?.status).toBe("COMPLETED_LATE");
  });

  it("refuses, changing nothing: another unit's assignment, a percent out of range, a reviewer other than the issuer, accepting twice, returning without a reason", async () => {
    const { a1 } = await issued();
    const before = await snapshot();
    expect(await submitReport(u.head2, { assignmentId: a1, content: "Báo cáo hộ", progressPercent: 10 })).toMatchObject({ ok: false, message: expect.stringMatching(/Chỉ đơn vị được giao/) });
    expect(await submitReport(u.head1, { assignmentId: a1, content: "x", progressPercent: 150 })).toMatchObject({ ok: false, fieldErrors: { progressPercent: [expect.stringMatching(/0 đến 100/)] } });
    expect(await submitReport(u.head1, { assignmentId: a1, content: "x", progressPercent: -1 })).toMatchObject({ ok: false });
    expect(await submitReport(u.head1, { assignmentId: a1, content: "x", progressPercent: 10, achievedValue: "95", denominator: "92" })).toMatchObject({ ok: false, fieldErrors: { achievedValue: [expect.any(String)] } });
    expect(await submitReport(u.head1, { assignmentId: a1, content: "x", progressPercent: 10, links: "javascript:alert(1)" })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);

    await submitReport(u.head1, { assignmentId: a1, content: "Tiến độ", progressPercent: 40 });
    const rid = await reportId(a1);
    const middle = await snapshot();
    expect(await reviewReport(u.head1, { reportId: rid, decision: "ACCEPT" })).toMatchObject({ ok: false, message: expect.stringMatching(/Chỉ văn phòng/) });
    expect(await reviewReport(u.office, { reportId: rid, decision: "RETURN", note: "" })).toMatchObject({ ok: false, fieldErrors: { note: [expect.any(String)] } });
    expect(await snapshot()).toEqual(middle);
    expect(await reviewReport(u.office, { reportId: rid, decision: "ACCEPT" })).toMatchObject({ ok: true });
    const after = await snapshot();
    expect(await reviewReport(u.office, { reportId: rid, decision: "ACCEPT" })).toMatchObject({ ok: false, message: expect.stringMatching(/đã được duyệt/) });
    expect(await snapshot()).toEqual(after);
  });

  it("accepts the chosen reports together, all or none, and names nothing outside the office's queue", async () => {
    const { a1, a2 } = await issued();
    at("2026-03-20");
    await submitReport(u.head1, { assignmentId: a1, content: "Đã hoàn thành", progressPercent: 100, requestsCompletion: "on" });
    await submitReport(u.head2, { assignmentId: a2, content: "Đã phối hợp", progressPercent: 60 });
    const [r1, r2] = [await reportId(a1), await reportId(a2)];
    const { a1: done } = await issued();
    await submitReport(u.head1, { assignmentId: done, content: "Tiến độ", progressPercent: 50 });
    const reviewed = await reportId(done);
    expect(await reviewReport(u.office, { reportId: reviewed, decision: "ACCEPT" })).toMatchObject({ ok: true });
    at("2026-03-25");

    const before = await snapshot();
    // Nothing chosen, too many, a report that does not exist, one already decided, the wrong office:
    expect(await acceptReports(u.office, {})).toMatchObject({ ok: false, fieldErrors: { reportId: ["Hãy chọn ít nhất một báo cáo."] } });
    expect(await acceptReports(u.office, { reportId: Array.from({ length: 26 }, (_, i) => String(i + 1)) })).toMatchObject({ ok: false, fieldErrors: { reportId: [expect.stringMatching(/tối đa 25/)] } });
    expect(await acceptReports(u.office, { reportId: [String(r1), "999999"] })).toMatchObject({ ok: false, message: expect.stringMatching(/không còn trong danh sách/) });
    expect(await acceptReports(u.office, { reportId: [String(r1), String(r2), String(reviewed)] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Báo cáo của Vụ U1: Báo cáo này đã được duyệt\. Chưa báo cáo nào được chấp nhận/),
    });
    // A unit head is told nothing about reports that are not its own to decide.
    expect(await acceptReports(u.head1, { reportId: [String(r1)] })).toMatchObject({ ok: false, message: expect.stringMatching(/không còn trong danh sách/) });
    expect(await snapshot()).toEqual(before);

    // The two, chosen twice over: accepted once each; U1's completion request completes its assignment
    // on the day it asked.
    expect(await acceptReports(u.office, { reportId: [String(r2), String(r1), String(r1)] })).toMatchObject({
      ok: true,
      value: { accepted: 2, completed: 1 },
      message: "Đã chấp nhận 2 báo cáo. 1 nhiệm vụ được công nhận hoàn thành.",
    });
    expect(await state(a1)).toMatchObject({ state: "COMPLETED", progressPercent: 100 });
    expect((await state(a1)).completedOn?.toISOString().slice(0, 10)).toBe("2026-03-20");
    expect(await db().report.findMany({ where: { id: { in: [r1, r2] } }, select: { status: true } })).toEqual([{ status: "ACCEPTED" }, { status: "ACCEPTED" }]);
    expect(await db().auditEvent.count({ where: { action: "report.accept", entityId: { in: [r1, r2] } } })).toBe(2);
  });

  it("records two people of one unit reporting at once, and refuses saving over a report that changed meanwhile", async () => {
    const { a1 } = await issued();
    const [x, y] = await Promise.all([
      submitReport(u.head1, { assignmentId: a1, content: "Báo cáo của người thứ nhất", progressPercent: 20 }),
      submitReport(u.head1b, { assignmentId: a1, content: "Báo cáo của người thứ hai", progressPercent: 25 }),
    ]);
    expect(x.ok && y.ok).toBe(true);
    expect(await db().report.count({ where: { assignmentId: a1 } })).toBe(2);

    const rid = await reportId(a1);
    expect(await submitReport(u.head1, { assignmentId: a1, reportId: rid, version: 1, content: "Sửa lần 1", progressPercent: 30 })).toMatchObject({ ok: true });
    const before = await snapshot();
    const stale = await submitReport(u.head1b, { assignmentId: a1, reportId: rid, version: 1, content: "Sửa đè", progressPercent: 35 });
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/người khác sửa/) });
    expect(await snapshot()).toEqual(before);
    expect((await db().report.findUniqueOrThrow({ where: { id: rid } })).content).toBe("Sửa lần 1");
  });

  it("checks evidence files for size and type", () => {
    expect(checkUpload({ name: "bien-ban.pdf", type: "application/pdf", size: 1000 })).toEqual({ ok: true });
    expect(checkUpload({ name: "anh.PNG", type: "image/png", size: 1000 })).toEqual({ ok: true });
    expect(checkUpload({ name: "lon.pdf", type: "application/pdf", size: 21 * 1024 * 1024 })).toMatchObject({ ok: false, message: expect.stringMatching(/quá lớn/) });
    expect(checkUpload({ name: "virus.exe", type: "application/octet-stream", size: 10 })).toMatchObject({ ok: false, message: expect.stringMatching(/không được chấp nhận/) });
    expect(checkUpload({ name: "gia.pdf", type: "text/html", size: 10 })).toMatchObject({ ok: false });
  });
});

describe("report slots of ongoing work", () => {
  it("owe one report per quarter from the period the work was received; a missed slot makes the work overdue", async () => {
    const { a1 } = await issued({ deadlineText: "thường xuyên", reportingCycle: "QUARTERLY" });
    expect((await state(a1)).reportDueOn?.toISOString().slice(0, 10)).toBe("2026-03-31");
    expect((await getAssignmentDetail(u.head1, a1))?.status).toBe("IN_PROGRESS");
    at("2026-04-02");
    expect((await getAssignmentDetail(u.head1, a1))?.status).toBe("OVERDUE");
    expect((await dashboardFigures(u.leader, w.M, null, "2026-04-02")).overdue).toBeGreaterThan(0);

    expect(await submitReport(u.head1, { assignmentId: a1, content: "Quý I", progressPercent: 25 })).toMatchObject({ ok: false, fieldErrors: { periodKey: [expect.any(String)] } });
    expect(await submitReport(u.head1, { assignmentId: a1, content: "Quý III", progressPercent: 25, periodKey: "2026-Q3" })).toMatchObject({ ok: false, fieldErrors: { periodKey: [expect.any(String)] } });
    expect(await submitReport(u.head1, { assignmentId: a1, content: "Quý I", progressPercent: 25, periodKey: "2026-Q1" })).toMatchObject({ ok: true });
    expect((await state(a1)).reportDueOn?.toISOString().slice(0, 10)).toBe("2026-06-30");
    const detail = await getAssignmentDetail(u.head1, a1);
    expect(detail?.status).toBe("IN_PROGRESS");
    expect(detail?.slots.map((s) => [s.periodKey, s.state])).toEqual([["2026-Q1", "FULFILLED"], ["2026-Q2", "OPEN"]]);

    // A returned report leaves its period open again.
    await reviewReport(u.office, { reportId: await reportId(a1), decision: "RETURN", note: "Báo cáo chưa đủ số liệu" });
    expect((await state(a1)).reportDueOn?.toISOString().slice(0, 10)).toBe("2026-03-31");
  });
});

describe("extensions", () => {
  it("are asked with a reason for a later date, granted once, and survive a re-issue", async () => {
    const { directiveId, a1, a2 } = await issued();
    const before = await snapshot();
    expect(await requestExtension(u.head1, { assignmentId: a1, requestedDueOn: "20/04/2026", reason: "Chờ số liệu" })).toMatchObject({ ok: false, fieldErrors: { requestedDueOn: [expect.any(String)] } });
    expect(await requestExtension(u.head2, { assignmentId: a1, requestedDueOn: "31/05/2026", reason: "Hộ" })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
    expect(await requestExtension(u.head1, { assignmentId: a1, requestedDueOn: "31/05/2026", reason: "Chờ số liệu của các đơn vị" })).toMatchObject({ ok: true });
    expect(await requestExtension(u.head1, { assignmentId: a1, requestedDueOn: "15/06/2026", reason: "Thêm" })).toMatchObject({ ok: false, message: expect.stringMatching(/đang chờ/) });
    const ext = await db().extensionRequest.findFirstOrThrow({ where: { assignmentId: a1 }, select: { id: true } });
    expect(await decideExtension(u.head1, { extensionId: ext.id, grant: "true" })).toMatchObject({ ok: false });
    expect(await decideExtension(u.office, { extensionId: ext.id, grant: "true", note: "Đồng ý" })).toMatchObject({ ok: true, value: { dueOn: "2026-05-31" } });
    expect(await decideExtension(u.office, { extensionId: ext.id, grant: "false" })).toMatchObject({ ok: false });
    expect((await state(a1)).dueOn?.toISOString().slice(0, 10)).toBe("2026-05-31");

    // The office moves the task's deadline and issues again: the extended unit keeps its own date.
    await db().task.updateMany({ where: { directiveId }, data: { dueOn: new Date("2026-04-15T00:00:00Z") } });
    await issueDirective(u.office, directiveId);
    expect((await state(a1)).dueOn?.toISOString().slice(0, 10)).toBe("2026-05-31");
    expect((await state(a2)).dueOn?.toISOString().slice(0, 10)).toBe("2026-04-15");

    await requestExtension(u.head2, { assignmentId: a2, requestedDueOn: "30/06/2026", reason: "Xin thêm thời gian" });
    const other = await db().extensionRequest.findFirstOrThrow({ where: { assignmentId: a2 }, select: { id: true } });
    // Refusing says why, as returning a report does; without a reason nothing is decided.
    expect(await decideExtension(u.office, { extensionId: other.id, grant: "false", note: " " })).toMatchObject({ ok: false, fieldErrors: { note: [expect.stringMatching(/lý do không đồng ý/)] } });
    expect(await db().extensionRequest.findUniqueOrThrow({ where: { id: other.id }, select: { status: true } })).toEqual({ status: "PENDING" });
    expect(await decideExtension(u.office, { extensionId: other.id, grant: "false", note: "Không đủ lý do" })).toMatchObject({ ok: true, value: { dueOn: null } });
    expect((await state(a2)).dueOn?.toISOString().slice(0, 10)).toBe("2026-04-15");
  });
});

describe("own plans, three levels deep", () => {
  it("cascade a unit's plan to its sub-units, and again below, and roll the progress up to the first assignment", async () => {
    const { a1 } = await issued({ requiresOwnPlan: true });
    // Level 1: Vụ U1 plans for its assignment and gives the work to its two offices.
    const draft1 = await ownPlanDraft(u.head1, a1);
    expect(draft1?.input).toMatchObject({ type: "KE_HOACH", sourceAssignmentId: a1 });
    expect(await ownPlanDraft(u.head2, a1)).toBeNull();
    const plan1 = await saveDirective(u.head1, {
      ...draft1!.input,
      number: "5",
      issuedOn: "15/03/2026",
      tasks: [{ ...draft1!.input.tasks![0], requiresOwnPlan: true, assignees: [{ role: "LEAD", selector: "CHILDREN", organizationId: w.U1 }] }],
    });
    expect(plan1, JSON.stringify(plan1)).toMatchObject({ ok: true });
    if (!plan1.ok) return;
    // Its task is due when the unit's own is (30/04): nothing to warn about. A task due later is named.
    expect((await previewIssue(u.head1, plan1.value.id))?.lateForSource).toEqual([]);
    const late = await saveDirective(u.head1, {
      ...draft1!.input,
      number: "6",
      issuedOn: "15/03/2026",
      tasks: [{ ...draft1!.input.tasks![0], deadlineText: "31/05/2026", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: w.U1b }] }],
    });
    if (!late.ok) throw new Error(JSON.stringify(late));
    expect((await previewIssue(u.head1, late.value.id))?.lateForSource).toEqual([{ ordinal: 1, dueOn: "2026-05-31", sourceDueOn: "2026-04-30" }]);
    expect(await issueDirective(u.head1, plan1.value.id)).toMatchObject({ ok: true, value: { added: 2 } });

    // Level 2: Phòng U1a plans in turn for its tổ.
    const a1a = (await db().assignment.findFirstOrThrow({ where: { directiveId: plan1.value.id, unitId: w.U1a }, select: { id: true } })).id;
    const draft2 = await ownPlanDraft(u.head1a, a1a);
    const plan2 = await saveDirective(u.head1a, {
      ...draft2!.input,
      number: "2",
      issuedOn: "15/03/2026",
      tasks: [{ ...draft2!.input.tasks![0], assignees: [{ role: "LEAD", selector: "UNIT", organizationId: w.U1a1 }] }],
    });
    expect(plan2.ok).toBe(true);
    if (!plan2.ok) return;
    await issueDirective(u.head1a, plan2.value.id);

    let rollup = (await ownPlanRollup([a1], "2026-03-20")).get(a1);
    expect(rollup).toEqual({ total: 3, completed: 0, overdue: 0, levels: 2 });

    // The tổ reports completion; Phòng U1a, the issuer of that plan, accepts it.
    const a1a1 = (await db().assignment.findFirstOrThrow({ where: { directiveId: plan2.value.id }, select: { id: true } })).id;
    await submitReport(u.head1a1, { assignmentId: a1a1, content: "Xong", progressPercent: 100, requestsCompletion: "on" });
    expect(await reviewReport(u.head1a, { reportId: await reportId(a1a1), decision: "ACCEPT" })).toMatchObject({ ok: true });
    rollup = (await ownPlanRollup([a1], "2026-03-20")).get(a1);
    expect(rollup).toEqual({ total: 3, completed: 1, overdue: 0, levels: 2 });
    expect((await getAssignmentDetail(u.head1, a1))?.rollup).toEqual(rollup);
    // The office at the top may not review a report on a unit's own plan.
    await submitReport(u.head1a, { assignmentId: a1a, content: "Xong phần phòng", progressPercent: 100, requestsCompletion: "on" });
    expect(await reviewReport(u.office, { reportId: await reportId(a1a), decision: "ACCEPT" })).toMatchObject({ ok: false });
  });
});

describe("inbox and notifications", () => {
  it("orders the unit's work overdue first, then due soon, and counts it", async () => {
    const soon = await issued({ deadlineText: "20/03/2026" });
    const late = await issued({ deadlineText: "12/03/2026" });
    const later = await issued({ deadlineText: "30/06/2026" });
    const inbox = await listInbox(u.head1);
    const ids = inbox.rows.map((r) => r.id);
    expect(ids.indexOf(late.a1)).toBeLessThan(ids.indexOf(soon.a1));
    expect(ids.indexOf(soon.a1)).toBeLessThan(ids.indexOf(later.a1));
    expect(inbox.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(inbox.counts.dueSoon).toBeGreaterThanOrEqual(1);
    expect((await listInbox(u.head1, { status: "OVERDUE" })).rows.every((r) => r.status === "OVERDUE")).toBe(true);
    expect((await listInbox(u.head2)).rows.every((r) => r.role === "COORDINATE")).toBe(true);
  });

  it("keeps the counts when the page is empty: a filter that matches nothing, a page past the end", async () => {
    const all = await listInbox(u.head1);
    expect(all.rows.length).toBeGreaterThan(0);
    for (const empty of [await listInbox(u.head1, { directiveId: 2_000_000_000 }), await listInbox(u.head1, { page: 999 })]) {
      expect(empty.rows).toEqual([]);
      expect(empty.counts).toEqual(all.counts);
    }
  });

  it("derives notifications from the data and remembers what was read", async () => {
    const { a1 } = await issued({ deadlineText: "18/03/2026" });
    let mine = await listNotifications(u.head1);
    expect(mine.items.filter((i) => i.assignmentId === a1).map((i) => i.kind).sort()).toEqual(["ASSIGNED", "DUE_SOON"]);
    await submitReport(u.head1, { assignmentId: a1, content: "Đã xong", progressPercent: 100, requestsCompletion: "on" });
    expect((await listNotifications(u.office)).items.some((i) => i.kind === "TO_REVIEW" && i.assignmentId === a1)).toBe(true);
    await reviewReport(u.office, { reportId: await reportId(a1), decision: "RETURN", note: "Bổ sung" });
    mine = await listNotifications(u.head1);
    expect(mine.items.some((i) => i.kind === "RETURNED" && i.assignmentId === a1)).toBe(true);

    const unread = mine.unread;
    const key = mine.items.find((i) => i.kind === "RETURNED" && i.assignmentId === a1)!.key;
    expect(await markNotificationsRead(u.head1, [key, "not-mine:1"])).toBe(1);
    expect((await listNotifications(u.head1)).unread).toBe(unread - 1);
    await markNotificationsRead(u.head1, "all");
    expect((await listNotifications(u.head1)).unread).toBe(0);
    // Another person's marks are their own.
    expect((await listNotifications(u.head1b)).unread).toBeGreaterThan(0);
  });
});

// Last: it leaves 26 reports waiting, which the tests above would find in their queue and inbox.
describe("the review queue", () => {
  it("shows 25 reports a page, oldest first, and counts every report that waits", async () => {
    const before = await listReviewQueue(u.office);
    const sent: number[] = [];
    for (let i = 0; i < REVIEW_PAGE_SIZE + 1; i += 1) {
      const { a1 } = await issued();
      expect(await submitReport(u.head1, { assignmentId: a1, content: `Báo cáo ${i}`, progressPercent: 10 })).toMatchObject({ ok: true });
      sent.push(await reportId(a1));
    }
    const first = await listReviewQueue(u.office);
    expect(first.total).toBe(before.total + sent.length);
    expect(first.rows).toHaveLength(REVIEW_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / REVIEW_PAGE_SIZE));
    // Every report on exactly one page, in the order they were sent.
    const all: number[] = [];
    for (let page = 1; page <= first.pageCount; page += 1) all.push(...(await listReviewQueue(u.office, page)).rows.map((r) => r.reportId));
    expect(all).toHaveLength(first.total);
    expect(all.slice(-sent.length)).toEqual(sent);
    // A page past the end (the last items were just decided) shows the last page.
    expect((await listReviewQueue(u.office, 999)).page).toBe(first.pageCount);
    // Another office sees none of them.
    expect((await listReviewQueue(await user("OFFICE_STAFF", w.U2))).total).toBe(0);
  });
});

describe("a recalled directive", () => {
  it("leaves nothing to decide: its waiting reports and extension requests leave the queues and cannot be accepted; the unit is told", async () => {
    const { directiveId, a1, a2 } = await issued();
    expect(await submitReport(u.head1, { assignmentId: a1, content: "Xong", progressPercent: 100, requestsCompletion: true })).toMatchObject({ ok: true });
    expect(await requestExtension(u.head2, { assignmentId: a2, requestedDueOn: "31/05/2026", reason: "Chờ số liệu" })).toMatchObject({ ok: true });
    const report = await reportId(a1);
    const extension = (await db().extensionRequest.findFirstOrThrow({ where: { assignmentId: a2 }, select: { id: true } })).id;
    const waiting = { reports: (await listReviewQueue(u.office)).total, extensions: (await listExtensionQueue(u.office)).total };

    expect(await recallDirective(u.office, directiveId, "Ban hành nhầm")).toMatchObject({ ok: true });
    expect((await listReviewQueue(u.office)).total).toBe(waiting.reports - 1);
    expect((await listExtensionQueue(u.office)).total).toBe(waiting.extensions - 1);
    const before = await snapshot();
    expect(await reviewReport(u.office, { reportId: report, decision: "ACCEPT" })).toMatchObject({ ok: false, message: expect.stringContaining("đã bị hủy") });
    expect(await acceptReports(u.office, { reportId: [report] })).toMatchObject({ ok: false });
    expect(await decideExtension(u.office, { extensionId: extension, grant: true })).toMatchObject({ ok: false, message: expect.stringContaining("đã bị hủy") });
    expect(await snapshot()).toEqual(before);
    expect(await state(a1)).toMatchObject({ state: "CANCELLED", completedOn: null });

    const notices = await listNotifications(u.head1);
    expect(notices.items.filter((i) => i.assignmentId === a1).map((i) => i.kind)).toContain("CANCELLED");
    const officeNotices = await listNotifications(u.office);
    expect(officeNotices.items.filter((i) => i.assignmentId === a1 || i.assignmentId === a2)).toEqual([]);
  });
});
