// Văn bản ban hành: an organisation's own directives followed across every unit they assign, wherever
// the unit sits in the forest — on a hand-made dataset whose answers were worked out by hand (in the
// comments), as of 2026-11-22, for the year 2026.
import { beforeAll, describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/domain/period";
import { dashboardOverview } from "@/lib/server/dashboard";
import { issuedOverview, overdueWorkOf } from "@/lib/server/dashboard-issued";
import { directiveProgressPage } from "@/lib/server/dashboard-views";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { directive, org, user } from "./helpers/world";

useTestDatabase({ today: "2026-11-22" });

const w = {} as Record<string, number>;
const d = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;
const year = parsePeriod("2026")!;

beforeAll(async () => {
  // T over two branches: the Ban Cán sự đảng B (no units of its own, under a bloc K) and the ministry M with its units.
  w.T = (await org("Trung ương T", null, { kind: "COMMITTEE" })).id;
  w.K = (await org("Khối K", w.T, { kind: "COMMITTEE" })).id;
  w.B = (await org("Ban Cán sự đảng B", w.K, { kind: "COMMITTEE" })).id;
  w.M = (await org("Bộ M", w.T)).id;
  w.U1 = (await org("Vụ Một", w.M)).id;
  w.U2 = (await org("Vụ Hai", w.M)).id;
  w.U3 = (await org("Vụ Ba", w.M)).id;

  // E: due 30/06/2026 to U1 (done 20/06, on time), U2 (done 05/07, late), U3 (open: overdue).
  d.E = (await directive(w.B, { dueOn: "2026-06-30", assignments: [
    { unitId: w.U1, state: "COMPLETED", completedOn: "2026-06-20" },
    { unitId: w.U2, state: "COMPLETED", completedOn: "2026-07-05" },
    { unitId: w.U3 },
  ] })).id;
  // F: due 10/12/2026 to U1 and U2 (open: in progress), and U3 (cancelled: not counted).
  d.F = (await directive(w.B, { dueOn: "2026-12-10", assignments: [{ unitId: w.U1 }, { unitId: w.U2 }, { unitId: w.U3, state: "CANCELLED" }] })).id;
  // G: due in 2025, outside the period. Draft K: never counted. M's own directive to U1: not B's.
  d.G = (await directive(w.B, { dueOn: "2025-06-30", assignments: [{ unitId: w.U2 }] })).id;
  d.K = (await directive(w.B, { status: "DRAFT", dueOn: "2026-06-30", assignments: [{ unitId: w.U1 }] })).id;
  d.N = (await directive(w.M, { dueOn: "2026-03-31", assignments: [{ unitId: w.U1 }] })).id;
  // H: secret, from B to U3, due 01/03/2026, open (overdue): B's people count it, T's leader does not.
  d.H = (await directive(w.B, { confidentiality: "SECRET", dueOn: "2026-03-01", assignments: [{ unitId: w.U3 }] })).id;

  u.office = await user("OFFICE_STAFF", w.B);
  u.top = await user("LEADERSHIP", w.T);
  u.bloc = await user("LEADERSHIP", w.K);
  u.ministry = await user("LEADERSHIP", w.M);
  u.head = await user("UNIT_HEAD", w.U1);
});

describe("the directives an organisation issued", () => {
  it("counts every unit's work of them, though none of those units is below the issuer", async () => {
    // E×3, F×2, H×1: on time E/U1; late E/U2; overdue E/U3, H/U3; in progress F/U1, F/U2.
    // Rate = 1 on time ÷ 4 due or done (E×3, H) = 0,25.
    const o = await issuedOverview(u.office, w.B, year);
    expect(o.figures).toEqual({ total: 6, completedOnTime: 1, completedLate: 1, overdue: 2, inProgress: 2, rateDenominator: 4, onTimeRate: 0.25 });
    // One unit holds overdue work: U3, twice.
    expect(o.lateUnitCount).toBe(1);
    expect(o.lateUnits).toEqual([{ unitId: w.U3, name: "Vụ Ba", total: 2, completedOnTime: 0, completedLate: 0, overdue: 2, inProgress: 0, rateDenominator: 2, onTimeRate: 0 }]);
    // The subtree's figures of the same organisation: nothing, which is why this view exists.
    expect((await dashboardOverview(u.office, w.B, year)).figures.total).toBe(0);
  });

  it("lists each directive with its figures across all its units, most overdue first", async () => {
    const list = await directiveProgressPage(u.office, w.B, year, undefined, { issued: true });
    expect(list.total).toBe(3);
    // E and H have one overdue each (same issue date: the later one first), then F.
    expect(list.rows.map((r) => r.directiveId)).toEqual([d.H, d.E, d.F]);
    expect(list.rows.find((r) => r.directiveId === d.E)).toMatchObject({ units: 3, total: 3, completedOnTime: 1, completedLate: 1, overdue: 1, inProgress: 0, onTimeRate: 1 / 3 });
    expect(list.rows.find((r) => r.directiveId === d.F)).toMatchObject({ units: 2, total: 2, inProgress: 2, onTimeRate: null });
    // The subtree's list of the same organisation is empty.
    expect((await directiveProgressPage(u.office, w.B, year)).total).toBe(0);
  });

  it("keeps to the period: 2025 holds only G", async () => {
    const o = await issuedOverview(u.office, w.B, parsePeriod("2025")!);
    expect(o.figures).toMatchObject({ total: 1, overdue: 1, onTimeRate: 0 });
    expect(o.lateUnits.map((x) => x.unitId)).toEqual([w.U2]);
  });

  it("counts a secret directive only for those who may open it", async () => {
    // T's leader may look at B (it is below T) but not at B's secret letter: E×3 and F×2.
    const o = await issuedOverview(u.top, w.B, year);
    expect(o.figures).toMatchObject({ total: 5, overdue: 1, inProgress: 2, rateDenominator: 3 });
    expect(o.lateUnits).toMatchObject([{ unitId: w.U3, overdue: 1 }]);
    expect((await directiveProgressPage(u.top, w.B, year, undefined, { issued: true })).rows.map((r) => r.directiveId)).toEqual([d.E, d.F]);
  });

  it("reads only the organisation's own directives, not its units'", async () => {
    // M issued N; the ministry's units' work of B's directives is not M's.
    const o = await issuedOverview(u.ministry, w.M, year);
    expect(o.figures).toMatchObject({ total: 1, overdue: 1 });
    expect((await directiveProgressPage(u.ministry, w.M, year, undefined, { issued: true })).rows.map((r) => r.directiveId)).toEqual([d.N]);
  });

  it("exports its figures, its directives and every late unit to a workbook that reads back", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { buildWorkbook } = await import("@/lib/server/dashboard-export");
    const { resolveDashboardScope } = await import("@/lib/server/dashboard");
    const scope = (await resolveDashboardScope(u.office, w.B))!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildWorkbook(u.office, "ban-hanh", scope, year)) as never);
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Văn bản đã ban hành", "Theo văn bản", "Đơn vị quá hạn"]);
    const [figuresSheet, directivesSheet, unitsSheet] = book.worksheets;
    expect(String(figuresSheet.getCell("A2").value)).toBe("Văn bản do Ban Cán sự đảng B ban hành, mọi đơn vị được giao · Năm 2026 · tình trạng tính đến ngày 22/11/2026");
    expect(figuresSheet.getRow(5).values).toEqual([undefined, 6, 1, 1, 2, 2, 0.25]);
    expect(directivesSheet.getRow(4).values).toEqual([undefined, "Văn bản", "Số đơn vị", "Kế hoạch của đơn vị", "Nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn", "Đang thực hiện", "Tỷ lệ đúng hạn"]);
    expect(directivesSheet.getRow(6).values).toEqual([undefined, expect.stringContaining("Kế hoạch"), 3, 0, 3, 1, 1, 1, 0, 1 / 3]);
    expect(directivesSheet.getCell("I6").numFmt).toBe("0.0%");
    expect(unitsSheet.getRow(5).values).toEqual([undefined, "Vụ Ba", 2, 0, 0, 2, 0, 0]);
    expect(unitsSheet.getRow(6).values).toEqual([]);
  });

  it("lists each late unit's overdue work, earliest first, linked where the person may open it", async () => {
    const list = await overdueWorkOf(u.office, w.B, year, [w.U3]);
    // H (due 01/03) before E (due 30/06); the issuing office opens both.
    expect(list.get(w.U3)).toEqual([
      { assignmentId: expect.any(Number), taskTitle: expect.any(String), directive: expect.objectContaining({ id: d.H }), dueOn: "2026-03-01", openable: true },
      { assignmentId: expect.any(Number), taskTitle: expect.any(String), directive: expect.objectContaining({ id: d.E }), dueOn: "2026-06-30", openable: true },
    ]);
    // T's leader is above U3: E opens (H is secret and not listed). K's leader may look at B, not at U3's work.
    expect((await overdueWorkOf(u.top, w.B, year, [w.U3])).get(w.U3)).toMatchObject([{ directive: { id: d.E }, openable: true }]);
    expect((await overdueWorkOf(u.bloc, w.B, year, [w.U3])).get(w.U3)).toMatchObject([{ directive: { id: d.E }, openable: false }]);
    // A unit with nothing overdue has no list; none asked, none read.
    expect((await overdueWorkOf(u.office, w.B, year, [w.U1])).size).toBe(0);
    expect((await overdueWorkOf(u.office, w.B, year, [])).size).toBe(0);
  });

  it("is for those who read dashboards", async () => {
    await expect(issuedOverview(u.head, w.U1, year)).rejects.toThrow("FORBIDDEN");
  });
});
