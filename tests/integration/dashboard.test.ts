// Every dashboard figure on a small hand-made dataset whose answers were worked out by hand
// (in the comments), as of 2026-11-22, for the year 2026.
import { beforeAll, describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/domain/period";
import { dashboardOverview, resolveDashboardScope, unitRanking, withRate } from "@/lib/server/dashboard";
import { directivePlanTree, directiveProgress, directiveProgressPage, emulationRanking, emulationScore, heatmap, targetCoverage } from "@/lib/server/dashboard-views";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { directive, org, user } from "./helpers/world";

useTestDatabase({ today: "2026-11-22" });

const w = {} as Record<string, number>;
const d = {} as Record<string, number>;
const a = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;
const year = parsePeriod("2026")!;

async function assignmentId(directiveId: number, unitId: number) {
  return (await db().assignment.findFirstOrThrow({ where: { directiveId, unitId }, select: { id: true } })).id;
}

beforeAll(async () => {
  w.R = (await org("Tỉnh ủy R", null, { kind: "COMMITTEE" })).id;
  w.D1 = (await org("Huyện Một", w.R, { kind: "COMMITTEE" })).id;
  w.D2 = (await org("Huyện Hai", w.R, { kind: "COMMITTEE" })).id;
  w.X1 = (await org("Xã X1", w.D1, { kind: "COMMITTEE" })).id;
  w.X2 = (await org("Xã X2", w.D1, { kind: "COMMITTEE" })).id;
  w.X3 = (await org("Xã X3", w.D2, { kind: "COMMITTEE" })).id;
  w.Y1 = (await org("Chi bộ Y1", w.X1, { kind: "CELL" })).id;
  w.Q = (await org("Cơ quan Q", null)).id;

  // A: due 30/06/2026 to X1 (done 20/06, on time), X2 (done 05/07, late), X3 (open, overdue), D1 (open, overdue).
  d.A = (await directive(w.R, { dueOn: "2026-06-30", assignments: [
    { unitId: w.X1, state: "COMPLETED", completedOn: "2026-06-20" },
    { unitId: w.X2, state: "COMPLETED", completedOn: "2026-07-05" },
    { unitId: w.X3 },
    { unitId: w.D1 },
  ] })).id;
  // B: due 10/12/2026 to X1 (open, in progress) and X3 (done 01/11, on time); its task has a 100 % target.
  const b = await directive(w.R, { dueOn: "2026-12-10", assignments: [{ unitId: w.X1 }, { unitId: w.X3, state: "COMPLETED", completedOn: "2026-11-01" }] });
  d.B = b.id;
  await db().task.update({ where: { id: b.taskId }, data: { targetValue: 100, targetUnit: "%" } });
  // C: due in 2025, outside the period.
  d.C = (await directive(w.R, { dueOn: "2025-06-30", assignments: [{ unitId: w.X1 }] })).id;
  // P: X1's own plan for its assignment of A, to its cell Y1 (due 31/05, done 20/05, on time).
  d.P = (await directive(w.X1, { dueOn: "2026-05-31", assignments: [{ unitId: w.Y1, state: "COMPLETED", completedOn: "2026-05-20" }] })).id;
  a.AX1 = await assignmentId(d.A, w.X1);
  await db().directive.update({ where: { id: d.P }, data: { parentId: d.A, sourceAssignmentId: a.AX1 } });
  // S: secret, from outside R, to X3 (due 01/03/2026, open).
  d.S = (await directive(w.Q, { confidentiality: "SECRET", dueOn: "2026-03-01", assignments: [{ unitId: w.X3 }] })).id;

  a.BX1 = await assignmentId(d.B, w.X1);
  a.BX3 = await assignmentId(d.B, w.X3);
  a.AX3 = await assignmentId(d.A, w.X3);
  a.PY1 = await assignmentId(d.P, w.Y1);
  await db().report.createMany({
    data: [
      { assignmentId: a.BX1, content: "45/50 đảng viên", progressPercent: 90, achievedValue: 45, denominator: 50, status: "SUBMITTED" },
      { assignmentId: a.BX3, content: "30/40", progressPercent: 75, achievedValue: 30, denominator: 40, status: "ACCEPTED", submittedAt: new Date("2026-10-01T03:00:00Z") },
      // A later report that was returned does not count.
      { assignmentId: a.BX3, content: "40/40", progressPercent: 100, achievedValue: 40, denominator: 40, status: "RETURNED", submittedAt: new Date("2026-10-20T03:00:00Z") },
    ],
  });

  u.R = await user("LEADERSHIP", w.R);
  u.D2 = await user("LEADERSHIP", w.D2);
  u.X3 = await user("LEADERSHIP", w.X3);
  u.head = await user("UNIT_HEAD", w.X1);
});

describe("overview", () => {
  it("counts the province's 2026 work exactly", async () => {
    // A×4, B×2, P×1 (C is 2025; S is secret and not R's): on time A/X1, B/X3, P/Y1; late A/X2;
    // overdue A/X3, A/D1; in progress B/X1. Rate = 3 on time ÷ 6 due or done (all but B/X1) = 0,5.
    const o = await dashboardOverview(u.R, w.R, year);
    expect(o.figures).toEqual({ total: 7, completedOnTime: 3, completedLate: 1, overdue: 2, inProgress: 1, rateDenominator: 6, onTimeRate: 0.5 });
    // By due month: June holds A (X1 on time, X2 late, X3 and D1 overdue); May holds P; December holds B.
    expect(o.trend.find((t) => t.month === "2026-06")).toEqual({ month: "2026-06", completed: 2, completedLate: 1, becameOverdue: 3 });
    expect(o.trend.find((t) => t.month === "2026-05")).toEqual({ month: "2026-05", completed: 1, completedLate: 0, becameOverdue: 0 });
    expect(o.trend.find((t) => t.month === "2026-12")).toEqual({ month: "2026-12", completed: 1, completedLate: 0, becameOverdue: 0 });
    expect(o.trend.find((t) => t.month === "2026-07")).toEqual({ month: "2026-07", completed: 0, completedLate: 0, becameOverdue: 0 });
    expect(o.trend).toHaveLength(12);
    // Due in the next 14 days (to 06/12): nothing; B is due 10/12.
    expect(o.upcomingCount).toBe(0);
  });

  it("counts a secret directive only for those who may open it", async () => {
    expect((await dashboardOverview(u.D2, w.D2, year)).figures).toMatchObject({ total: 2, overdue: 1, completedOnTime: 1 });
    expect((await dashboardOverview(u.X3, w.X3, year)).figures).toMatchObject({ total: 3, overdue: 2, completedOnTime: 1 });
  });

  it("keeps to the period: 2025 holds only C", async () => {
    expect((await dashboardOverview(u.R, w.R, parsePeriod("2025")!)).figures).toMatchObject({ total: 1, overdue: 1, onTimeRate: 0 });
    expect((await dashboardOverview(u.R, w.R, parsePeriod("2026-Q4")!)).figures).toMatchObject({ total: 2, completedOnTime: 1, inProgress: 1, onTimeRate: 1 });
  });

  it("opens only organisations in the person's scope", async () => {
    expect(await resolveDashboardScope(u.D2, w.D1)).toBeNull();
    expect(await resolveDashboardScope(u.R, w.X1)).toMatchObject({ id: w.X1, path: [{ id: w.R }, { id: w.D1 }] });
    await expect(resolveDashboardScope(u.head, w.X1)).rejects.toThrow("FORBIDDEN");
  });
});

describe("due in the next 14 days (22/11 to 06/12)", () => {
  const t = {} as Record<string, number>;
  let leader: SessionUser;
  beforeAll(async () => {
    t.T = (await org("Tỉnh ủy T", null, { kind: "COMMITTEE" })).id;
    t.T1 = (await org("Huyện T1", t.T, { kind: "COMMITTEE" })).id;
    t.T2 = (await org("Huyện T2", t.T, { kind: "COMMITTEE" })).id;
    t.T3 = (await org("Huyện T3", t.T, { kind: "COMMITTEE" })).id;
    // E: due 01/12 to T1 (open), T2 (open, extended to 04/12), T3 (done): one task, two units due.
    const e = await directive(t.T, { dueOn: "2026-12-01", assignments: [
      { unitId: t.T1 },
      { unitId: t.T2, dueOn: "2026-12-04", state: "SUBMITTED" },
      { unitId: t.T3, state: "COMPLETED", completedOn: "2026-11-20" },
    ] });
    t.E = e.id;
    t.ETask = e.taskId;
    // F: due 25/11 to T1 only; G: due 20/12, outside the window; S: secret, from another tree, to T2.
    const f = await directive(t.T, { dueOn: "2026-11-25", assignments: [{ unitId: t.T1 }] });
    t.F = f.id;
    t.FTask = f.taskId;
    t.FT1 = await assignmentId(f.id, t.T1);
    await directive(t.T, { dueOn: "2026-12-20", assignments: [{ unitId: t.T1 }] });
    await directive(w.Q, { confidentiality: "SECRET", dueOn: "2026-11-30", assignments: [{ unitId: t.T2 }] });
    leader = await user("LEADERSHIP", t.T);
  });

  it("lists each task once, earliest first: one unit opens its assignment, several are counted", async () => {
    const o = await dashboardOverview(leader, t.T, year);
    // F/T1, E/T1, E/T2 (E/T3 is done, G is later, the secret one is not the leader's to see).
    expect(o.upcomingCount).toBe(3);
    expect(o.upcomingTasks).toBe(2);
    expect(o.upcoming).toEqual([
      { taskId: t.FTask, taskTitle: "Nhiệm vụ", directive: expect.objectContaining({ id: t.F }), firstDueOn: "2026-11-25", lastDueOn: "2026-11-25", assignments: 1, only: { assignmentId: t.FT1, unitName: "Huyện T1" } },
      { taskId: t.ETask, taskTitle: "Nhiệm vụ", directive: expect.objectContaining({ id: t.E }), firstDueOn: "2026-12-01", lastDueOn: "2026-12-04", assignments: 2, only: null },
    ]);
  });

  it("counts a unit's own window the same way", async () => {
    const o = await dashboardOverview(leader, t.T2, year);
    expect(o.upcomingCount).toBe(1);
    expect(o.upcoming).toEqual([expect.objectContaining({ taskId: t.ETask, firstDueOn: "2026-12-04", assignments: 1, only: expect.objectContaining({ unitName: "Huyện T2" }) })]);
  });
});

describe("by unit", () => {
  it("ranks the units directly under R by on-time rate, then overdue, then name", async () => {
    // D1: A/X1, A/X2, A/D1, B/X1, P/Y1 → on time 2, late 1, overdue 1, in progress 1; rate 2/4.
    // D2: A/X3 overdue, B/X3 on time → rate 1/2. Tie on rate and overdue: by name, Hai before Một.
    const rows = await unitRanking(u.R, w.R, year);
    expect(rows.map((r) => [r.name, r.total, r.completedOnTime, r.completedLate, r.overdue, r.inProgress, r.onTimeRate])).toEqual([
      ["Huyện Hai", 2, 1, 0, 1, 0, 0.5],
      ["Huyện Một", 5, 2, 1, 1, 1, 0.5],
    ]);
    // Drilling into D1: X1 (A/X1, B/X1, and P/Y1 below it), X2, and D1's own assignment.
    const d1 = await unitRanking(u.R, w.D1, year);
    expect(Object.fromEntries(d1.map((r) => [r.name, [r.total, r.onTimeRate, r.own]]))).toEqual({
      "Xã X1": [3, 1, false],
      "Xã X2": [1, 0, false],
      "Huyện Một": [1, 0, true],
    });
  });

  it("scores emulation as written on the page", async () => {
    const rows = await unitRanking(u.R, w.R, year);
    // D1: 70 × 0,5 + 30 × (1 − 1/5) = 59; D2: 70 × 0,5 + 30 × (1 − 1/2) = 50.
    expect(rows.map((r) => [r.name, emulationScore(r)])).toEqual([["Huyện Hai", 50], ["Huyện Một", 59]]);
    expect(emulationRanking(rows).map((x) => [x.row.name, x.rank])).toEqual([["Huyện Một", 1], ["Huyện Hai", 2]]);
  });

  it("gives units with the same score the same place, and none to a unit without a score", async () => {
    const unit = (name: string, onTime: number, overdue: number, total: number) => ({
      ...withRate({ total, completedOnTime: onTime, completedLate: 0, overdue, inProgress: total - onTime - overdue, rateDenominator: onTime + overdue }),
      unitId: name.length, name, childCount: 0, own: false,
    });
    // A and B: 70 × 1 + 30 = 100; C: 70 × 0,5 + 30 × (1 − 1/2) = 50; D: nothing due yet.
    const ranked = emulationRanking([unit("A", 2, 0, 2), unit("Bb", 3, 0, 3), unit("Ccc", 1, 1, 2), unit("Dddd", 0, 0, 1)]);
    expect(ranked.map((x) => [x.row.name, x.score, x.rank])).toEqual([["A", 100, 1], ["Bb", 100, 1], ["Ccc", 50, 3], ["Dddd", null, null]]);
  });
});

describe("by directive and down the cascade", () => {
  it("gives each directive's figures across the units", async () => {
    const rows = await directiveProgress(u.R, w.R, year);
    const byId = Object.fromEntries(rows.map((r) => [r.directiveId, r]));
    expect(byId[d.A]).toMatchObject({ units: 4, total: 4, completedOnTime: 1, completedLate: 1, overdue: 2, childPlans: 1 });
    expect(byId[d.B]).toMatchObject({ units: 2, total: 2, completedOnTime: 1, inProgress: 1 });
    expect(byId[d.C]).toBeUndefined();
  });

  it("pages the list, counting every directive with work, and keeps an old page link on the last page", async () => {
    const all = await directiveProgress(u.R, w.R, year);
    const first = await directiveProgressPage(u.R, w.R, year);
    expect(first).toMatchObject({ total: all.length, page: 1, pageCount: 1 });
    expect(first.rows).toEqual(all);
    const past = await directiveProgressPage(u.R, w.R, year, 7);
    expect(past).toMatchObject({ total: all.length, page: 1, pageCount: 1 });
    expect(past.rows).toEqual(all);
  });

  it("rolls the units' own plans up into the directive", async () => {
    const tree = await directivePlanTree(u.R, w.R, d.A);
    expect(tree.map((n) => [n.directiveId, n.depth, n.total, n.rollup.total, n.rollup.completedOnTime])).toEqual([
      [d.A, 0, 4, 5, 2],
      [d.P, 1, 1, 1, 1],
    ]);
  });
});

describe("heatmap", () => {
  it("colours each unit × directive by its worst status, and links a single assignment", async () => {
    const h = await heatmap(u.R, w.R, year);
    expect(h.units.map((x) => x.name)).toEqual(["Huyện Hai", "Huyện Một"]);
    expect(h.cells[w.D1][d.A]).toEqual({ status: "OVERDUE", count: 3, assignmentId: null });
    expect(h.cells[w.D1][d.B]).toEqual({ status: "IN_PROGRESS", count: 1, assignmentId: a.BX1 });
    expect(h.cells[w.D1][d.P]).toEqual({ status: "COMPLETED_ON_TIME", count: 1, assignmentId: a.PY1 });
    expect(h.cells[w.D2][d.A]).toEqual({ status: "OVERDUE", count: 1, assignmentId: a.AX3 });
    expect(h.cells[w.D2][d.B]).toEqual({ status: "COMPLETED_ON_TIME", count: 1, assignmentId: a.BX3 });
  });
});

describe("targets", () => {
  it("covers Σ achieved ÷ Σ each unit's own denominator, from the latest report not returned", async () => {
    // D1: X1 reported 45 of 50. D2: X3's accepted 30 of 40 (its returned 40/40 does not count). Total 75/90.
    const t = await targetCoverage(u.R, w.R, year);
    expect(t.rows.map((r) => [r.name, r.assignments, r.reported, r.achieved, r.denominator, r.coverage])).toEqual([
      ["Huyện Một", 1, 1, 45, 50, 0.9],
      ["Huyện Hai", 1, 1, 30, 40, 0.75],
    ]);
    expect(t.total).toMatchObject({ assignments: 2, reported: 2, achieved: 75, denominator: 90 });
    expect(t.total.coverage).toBeCloseTo(75 / 90, 10);
  });
});

describe("exports", () => {
  it("write each table to a workbook that reads back with Vietnamese headers and the same figures", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { buildWorkbook } = await import("@/lib/server/dashboard-export");
    const scope = (await resolveDashboardScope(u.R, w.R))!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildWorkbook(u.R, "don-vi", scope, year)) as never);
    const ws = book.worksheets[0];
    expect(ws.name).toBe("Theo đơn vị");
    expect(ws.getCell("A1").value).toBe("Theo đơn vị");
    expect(String(ws.getCell("A2").value)).toBe("Tỉnh ủy R · Năm 2026 · tình trạng tính đến ngày 22/11/2026");
    // The page's columns in its order; the two districts tie (same rate, same overdue) and share first place.
    expect(ws.getRow(4).values).toEqual([undefined, "Hạng", "Đơn vị", "Tỷ lệ đúng hạn", "Quá hạn", "Nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện"]);
    expect(ws.getRow(5).values).toEqual([undefined, 1, "Huyện Hai", 0.5, 1, 2, 1, 0, 0]);
    expect(ws.getRow(6).values).toEqual([undefined, 1, "Huyện Một", 0.5, 1, 5, 2, 1, 1]);
    expect(ws.getCell("C5").numFmt).toBe("0.0%");
    // The rows end with the subtree's total, the overview's figures (worked out by hand above).
    const totalRow = ws.getRows(5, ws.rowCount - 4)!.find((r) => r.getCell(2).value === "Tổng cộng");
    expect(totalRow?.values).toEqual([undefined, undefined, "Tổng cộng", 0.5, 2, 7, 3, 1, 1]);

    const targets = new ExcelJS.Workbook();
    await targets.xlsx.load((await buildWorkbook(u.R, "chi-tieu", scope, year)) as never);
    const t = targets.worksheets[0];
    expect(t.getRow(7).values).toEqual([undefined, "Tổng cộng", 2, 2, 75, 90, 75 / 90]);

    for (const table of ["tong-quan", "van-ban", "ban-do-nhiet", "thi-dua"] as const) {
      const other = new ExcelJS.Workbook();
      await other.xlsx.load((await buildWorkbook(u.R, table, scope, year)) as never);
      expect(other.worksheets.length).toBeGreaterThan(0);
      expect(String(other.worksheets[0].getCell("A2").value)).toContain("Năm 2026");
    }
  });
});
