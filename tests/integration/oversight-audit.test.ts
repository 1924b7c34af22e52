// The inspection commission (OVERSIGHT) reads everything of its subtree, secret directives
// included, changes nothing, and each read of a secret directive is audited. The audit log is read
// by administrators of the scope, filtered, with organisations under the name they bore then, and
// exported to Excel.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodContaining } from "@/lib/domain/period";
import { renameOrganization } from "@/lib/server/admin-organizations";
import { getAssignmentDetail } from "@/lib/server/assignment-detail";
import { auditSecretRead } from "@/lib/server/audit";
import { auditActionLabel, auditDetail, buildAuditWorkbook, listAuditEvents } from "@/lib/server/audit-log";
import { directiveVisibleSql, visibleDirectivesCte } from "@/lib/server/compliance";
import { dashboardHome, dashboardOverview, resolveDashboardScope } from "@/lib/server/dashboard";
import { db } from "@/lib/server/db";
import { saveDirective } from "@/lib/server/directive-editor";
import { getDirective, listDirectives } from "@/lib/server/directives";
import { submitReport } from "@/lib/server/reports";
import { ForbiddenError, type SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { directive, org, user } from "./helpers/world";

useTestDatabase();

const w = {} as Record<string, number>;
const d = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;

beforeAll(async () => {
  w.R = (await org("Tỉnh ủy R", null, { kind: "COMMITTEE" })).id;
  w.D1 = (await org("Huyện ủy D1", w.R, { kind: "COMMITTEE" })).id;
  w.D2 = (await org("Huyện ủy D2", w.R, { kind: "COMMITTEE" })).id;
  w.X1 = (await org("Xã X1", w.D1, { kind: "COMMITTEE" })).id;
  for (const k of ["R", "D1", "D2", "X1"]) await db().organization.update({ where: { id: w[k] }, data: { code: k } });
  d.N1 = (await directive(w.D1, { dueOn: "2026-03-31", assignments: [{ unitId: w.X1 }] })).id;
  d.S1 = (await directive(w.D2, { confidentiality: "SECRET", dueOn: "2026-03-31", assignments: [{ unitId: w.X1 }] })).id; // addressed into D1's subtree
  d.S2 = (await directive(w.X1, { confidentiality: "SECRET", status: "DRAFT" })).id; // a draft of X1
  d.S3 = (await directive(w.R, { confidentiality: "SECRET", dueOn: "2026-03-31", assignments: [{ unitId: w.D2 }] })).id; // outside D1
  d.S4 = (await directive(w.X1, { confidentiality: "SECRET", dueOn: "2026-03-31", assignments: [{ unitId: w.D2 }] })).id; // issued inside D1
  u.oversight = await user("OVERSIGHT", w.D1);
  u.leader = await user("LEADERSHIP", w.D1);
  u.admin = await user("ADMIN", w.R);
  u.scopedAdmin = await user("ADMIN", w.D1);
});

const names = (ids: number[]) => ids.map((id) => Object.keys(d).find((k) => d[k] === id)).sort();

describe("the inspection commission", () => {
  it("sees the secret directives issued in or addressed to its subtree, by all three twins of the rule", async () => {
    const expected = ["N1", "S1", "S4"];
    expect(names((await listDirectives(u.oversight, {})).rows.map((r) => r.id))).toEqual(expected);
    const sql = await db().$queryRaw<{ id: number }[]>(Prisma.sql`SELECT d.id FROM directive d WHERE ${directiveVisibleSql(u.oversight)}`);
    expect(names(sql.map((r) => r.id))).toEqual(expected);
    const cte = await db().$queryRaw<{ id: number }[]>(Prisma.sql`WITH ${visibleDirectivesCte(u.oversight)} SELECT id FROM visible_directive`);
    expect(names(cte.map((r) => r.id))).toEqual(expected);
    const large = await db().$queryRaw<{ id: number }[]>(Prisma.sql`WITH ${visibleDirectivesCte(u.oversight, 1)} SELECT id FROM visible_directive`);
    expect(names(large.map((r) => r.id))).toEqual(expected);
    // A leader of the same organisation sees only the ordinary one.
    expect(names((await listDirectives(u.leader, {})).rows.map((r) => r.id))).toEqual(["N1"]);
  });

  it("writes an audit event for each read of a secret directive, and none for an ordinary one", async () => {
    const before = await db().auditEvent.count({ where: { action: "directive.read_secret" } });
    expect(await getDirective(u.oversight, d.N1)).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "directive.read_secret" } })).toBe(before);
    expect((await getDirective(u.oversight, d.S1))?.secret).toBe(true);
    // The page loads it again for its title: within a minute, the same read.
    expect(await getDirective(u.oversight, d.S1)).not.toBeNull();
    const events = await db().auditEvent.findMany({ where: { action: "directive.read_secret", entityId: d.S1 }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: u.oversight.id, entityType: "directive", organizationId: w.D1, data: { via: "directive" } });
    const assignment = await db().assignment.findFirstOrThrow({ where: { directiveId: d.S1 }, select: { id: true } });
    expect(await getAssignmentDetail(u.oversight, assignment.id)).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "directive.read_secret", entityId: d.S1, data: { path: ["via"], equals: "assignment" } } })).toBe(1);
    // Read twice at once (a page's title and body render concurrently): still one read.
    await Promise.all([getDirective(u.oversight, d.S4), ...Array.from({ length: 4 }, () => auditSecretRead(u.oversight, { id: d.S4, confidentiality: "SECRET" }, "directive"))]);
    expect(await db().auditEvent.count({ where: { action: "directive.read_secret", entityId: d.S4 } })).toBe(1);
    // S4 was issued inside its subtree to a unit outside it (D2): the commission opens that unit's work
    // too — how its subtree's directives are carried out — and the read is audited; a leader could not.
    const outside = await db().assignment.findFirstOrThrow({ where: { directiveId: d.S4, unitId: w.D2 }, select: { id: true } });
    expect(await getAssignmentDetail(u.oversight, outside.id)).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "directive.read_secret", entityId: d.S4, data: { path: ["via"], equals: "assignment" } } })).toBe(1);
    const ordinaryOutside = await db().assignment.findFirstOrThrow({ where: { directiveId: d.N1 }, select: { id: true } });
    expect(await getAssignmentDetail(u.leader, ordinaryOutside.id)).not.toBeNull(); // X1 is in D1: the rule for everyone
    expect(await getAssignmentDetail(u.leader, outside.id)).toBeNull();
    // Outside its subtree nothing exists, and nothing is written.
    expect(await getDirective(u.oversight, d.S3)).toBeNull();
    expect(await getDirective(u.oversight, d.S2)).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "directive.read_secret", entityId: { in: [d.S2, d.S3] } } })).toBe(0);
  });

  it("counts the secret work of its subtree in its figures, which a leader's exclude", async () => {
    const period = periodContaining("YEAR", "2026-11-22");
    const mine = await dashboardOverview(u.oversight, w.D1, period);
    const leaders = await dashboardOverview(u.leader, w.D1, period);
    expect(mine.figures.total).toBe(2); // N1 and S1 to X1
    expect(leaders.figures.total).toBe(1);
  });

  it("opens its dashboards on the subtree it inspects, not on its own organisation", async () => {
    // A commission outside the tree it inspects (the Ủy ban Kiểm tra Trung ương inspects the party's tree).
    const commission = (await org("Ủy ban kiểm tra R", null, { kind: "COMMITTEE", scopeRootId: w.R })).id;
    const inspector = await user("OVERSIGHT", commission);
    expect(dashboardHome(inspector)).toBe(w.R);
    expect((await resolveDashboardScope(inspector))?.id).toBe(w.R);
    expect(dashboardHome(u.leader)).toBe(w.D1);
  });

  it("changes nothing", async () => {
    await expect(saveDirective(u.oversight, { type: "KE_HOACH", title: "X", tasks: [] })).rejects.toBeInstanceOf(ForbiddenError);
    const assignment = await db().assignment.findFirstOrThrow({ where: { directiveId: d.N1 }, select: { id: true } });
    await expect(submitReport(u.oversight, { assignmentId: assignment.id, content: "x", progressPercent: 10 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the audit log", () => {
  beforeAll(async () => {
    expect(await renameOrganization(u.admin, { id: w.X1, name: "Phường X1" })).toMatchObject({ ok: true });
  });

  it("says every action and its details in Vietnamese, never as a code or JSON", () => {
    expect(auditActionLabel("report.submit")).toBe("Gửi báo cáo");
    expect(auditActionLabel("demo.load")).toBe("Nạp dữ liệu mẫu");
    expect(auditDetail({ action: "report.submit", data: { assignmentId: 195, progressPercent: 60, requestsCompletion: false } })).toBe("Nhiệm vụ của đơn vị #195 · Tiến độ: 60 %");
    expect(auditDetail({ action: "extension.request", data: { assignmentId: 7, from: "2026-11-30", to: "2026-12-15" } })).toBe("Nhiệm vụ của đơn vị #7 · Từ: 30/11/2026 · Thành: 15/12/2026");
    expect(auditDetail({ action: "directive.read_secret", data: { via: "directive" } })).toBe("Qua: trang văn bản");
    expect(auditDetail({ action: "user.update", data: { from: { name: "A", role: "UNIT_HEAD" }, to: { name: "A", role: "LEADERSHIP" } } })).toBe(
      "Từ: Tên: A, Vai trò: Trưởng đơn vị · Thành: Tên: A, Vai trò: Lãnh đạo",
    );
    expect(auditDetail({ action: "organization.create", data: { code: "X9", name: "Chi bộ 9", kind: "CELL", parentId: 4 } })).toBe("Mã: X9 · Tên: Chi bộ 9 · Loại: Chi bộ · Cấp trên: #4");
    expect(auditDetail({ action: "organization.create", data: { code: "X9", parentId: 4 }, names: { parentId: "Huyện ủy D1" } })).toBe("Mã: X9 · Cấp trên: Huyện ủy D1");
    expect(auditDetail({ action: "directive.issue", data: { added: 12, removed: 0, updated: 0, blocked: 0 } })).toBe("Giao thêm 12 · Bỏ 0 · Cập nhật 0 · Không bỏ được 0 (đơn vị đã báo cáo)");
  });

  it("names an organisation as it was called at the time of each event", async () => {
    const reads = await listAuditEvents(u.admin, { hanhdong: "directive.read_secret", loai: "directive", ma: d.S1 });
    expect(reads.total).toBe(2);
    expect(reads.rows[0]).toMatchObject({ actorUsername: u.oversight.username, organizationName: "Huyện ủy D1" });
    const rename = await listAuditEvents(u.admin, { hanhdong: "organization.rename" });
    expect(rename.rows[0]).toMatchObject({ entityLabel: "Phường X1", data: { from: { name: "Xã X1" } } });
    // An event on X1 before the rename shows its old name.
    await db().auditEvent.create({ data: { at: new Date("2026-01-01T03:00:00Z"), actorId: u.admin.id, action: "organization.move", entityType: "organization", entityId: w.X1, organizationId: w.X1 } });
    const old = await listAuditEvents(u.admin, { hanhdong: "organization.move", loai: "organization", ma: w.X1 });
    expect(old.rows[0]).toMatchObject({ entityLabel: "Xã X1", organizationName: "Xã X1" });
    // An id the data holds is named too, as it was called then.
    await db().auditEvent.create({
      data: { at: new Date("2026-01-02T03:00:00Z"), actorId: u.admin.id, action: "organization.move", entityType: "organization", entityId: w.D2, organizationId: w.D2, data: { fromParentId: w.X1, toParentId: w.R } },
    });
    const moved = await listAuditEvents(u.admin, { hanhdong: "organization.move", loai: "organization", ma: w.D2 });
    expect(auditDetail(moved.rows[0])).toBe("Cấp trên mới: Tỉnh ủy R · Cấp trên cũ: Xã X1");
  });

  it("filters by who, what, when, which object and organisation", async () => {
    const who = await listAuditEvents(u.admin, { nguoi: u.oversight.username });
    expect(who.total).toBe(4);
    expect(who.rows.every((r) => r.actorUsername === u.oversight.username)).toBe(true);
    expect((await listAuditEvents(u.admin, { tu: "2026-01-01", den: "2026-01-01" })).rows.map((r) => r.action)).toEqual(["organization.move"]);
    expect((await listAuditEvents(u.admin, { tu: "2025-01-01", den: "2025-12-31" })).total).toBe(0);
    expect((await listAuditEvents(u.admin, { loai: "organization", ma: w.X1 })).total).toBe(2);
    expect((await listAuditEvents(u.admin, { donvi: "d2" })).total).toBe(1); // the move above
    expect((await listAuditEvents(u.admin, { donvi: "D1" })).total).toBe(6); // four reads by D1's commission, X1's rename and move
  });

  it("shows an administrator only the events of their scope, and refuses others", async () => {
    await db().auditEvent.create({ data: { actorId: u.admin.id, action: "organization.move", entityType: "organization", entityId: w.D2, organizationId: w.D2 } });
    const scoped = await listAuditEvents(u.scopedAdmin, {});
    expect(scoped.total).toBe(6);
    expect((await listAuditEvents(u.admin, {})).total).toBe(8);
    await expect(listAuditEvents(u.leader, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditEvents(u.oversight, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("exports the filtered events to a workbook that reads back", async () => {
    const bytes = await buildAuditWorkbook(u.admin, { hanhdong: "directive.read_secret", ma: d.S1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = book.worksheets[0];
    expect(ws.getRow(4).values).toEqual([undefined, "Thời điểm", "Người thực hiện", "Hành động", "Loại đối tượng", "Mã số đối tượng", "Đối tượng", "Đơn vị", "Chi tiết"]);
    const body = [5, 6].map((i) => ws.getRow(i).getCell(3).value);
    expect(body).toEqual(["Đọc văn bản mật", "Đọc văn bản mật"]);
    expect(ws.getRow(7).getCell(1).value).toBeNull();
    expect(String(ws.getRow(5).getCell(2).value)).toContain(u.oversight.username);
  });
});
