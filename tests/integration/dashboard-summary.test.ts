// The kept counts (subtree_stat, maintained by triggers) must always give the figures the
// assignments themselves give, through every kind of write: issuing, re-issuing with removals,
// reports accepted and returned, extensions, recall, and a directive turning secret and back.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/domain/clock";
import { parsePeriod } from "@/lib/domain/period";
import { overrideServerConfig, serverConfig } from "@/lib/server/config";
import { monthlyFigures, openDueCount } from "@/lib/server/dashboard-summary";
import { db } from "@/lib/server/db";
import { saveDirective } from "@/lib/server/directive-editor";
import { issueDirective, recallDirective } from "@/lib/server/directive-issue";
import { decideExtension, requestExtension } from "@/lib/server/extensions";
import { reviewReport, submitReport } from "@/lib/server/reports";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase({ today: "2026-05-20" });

const w = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;
const periods = ["2026", "2026-Q2", "2026-05", "2025-01-01..2027-12-31"].map((k) => parsePeriod(k)!);

beforeAll(async () => {
  w.R = (await org("Tỉnh ủy R", null, { kind: "COMMITTEE", abbreviation: "TU" })).id;
  w.D1 = (await org("Huyện 1", w.R, { kind: "COMMITTEE" })).id;
  w.D2 = (await org("Huyện 2", w.R, { kind: "COMMITTEE" })).id;
  for (const [name, parent] of [["Xã A", w.D1], ["Xã B", w.D1], ["Xã C", w.D2]] as const) w[name] = (await org(name, parent, { kind: "COMMITTEE" })).id;
  u.office = await user("OFFICE_STAFF", w.R);
  u.leader = await user("LEADERSHIP", w.R);
  u.headA = await user("UNIT_HEAD", w["Xã A"]);
  u.headC = await user("UNIT_HEAD", w["Xã C"]);
});

const sorted = (rows: Awaited<ReturnType<typeof monthlyFigures>>) =>
  rows.filter((r) => r.total > 0).sort((a, b) => a.orgId - b.orgId || a.month.localeCompare(b.month));

/** Every kept figure equals the one counted from the assignments, and the kept table equals a recount. */
async function agree(step: string) {
  const today = "2026-05-20";
  for (const period of periods) {
    for (const orgId of [w.R, w.D1, w.D2]) {
      const kept = await monthlyFigures(u.leader, [orgId], period, today, today);
      const counted = await monthlyFigures(u.leader, [orgId], period, today, today, { useSummary: false });
      // The kept path splits ordinary and secret rows; fold them per month before comparing.
      const fold = (rows: typeof kept) => {
        const map = new Map<string, (typeof rows)[number]>();
        for (const r of rows) {
          const m = map.get(r.month);
          map.set(r.month, m ? { ...m, total: m.total + r.total, completedOnTime: m.completedOnTime + r.completedOnTime, completedLate: m.completedLate + r.completedLate, overdue: m.overdue + r.overdue, inProgress: m.inProgress + r.inProgress, rateDenominator: m.rateDenominator + r.rateDenominator } : r);
        }
        return sorted([...map.values()]);
      };
      expect(fold(kept), `${step} · ${period.key} · ${orgId}`).toEqual(fold(counted));
    }
  }
  // "Due in the next 14 days": the kept count (R, D1, D2 are kept) equals a direct count; the
  // leader sits at R, the issuer, so R's secret directives count for them.
  for (const orgId of [w.R, w.D1, w.D2]) {
    const [direct] = await db().$queryRaw<{ n: number }[]>(Prisma.sql`
      SELECT count(*)::int AS n FROM assignment a JOIN organization_closure c ON c.descendant_id = a.unit_id AND c.ancestor_id = ${orgId}
      JOIN directive d ON d.id = a.directive_id
      WHERE a.state IN ('OPEN', 'SUBMITTED') AND a.due_on BETWEEN '2026-05-20' AND '2026-06-03' AND (d.confidentiality = 'NORMAL' OR d.issuer_id = ${w.R})`);
    expect(await openDueCount(u.leader, orgId, "2026-05-20", "2026-06-03"), `${step}: due soon`).toBe(direct.n);
  }
  const before = await db().$queryRaw<unknown[]>(Prisma.sql`SELECT org_id, day, bucket, n FROM subtree_stat WHERE n <> 0 ORDER BY 1, 2, 3`);
  await db().$executeRaw`SELECT subtree_stat_rebuild()`;
  const after = await db().$queryRaw<unknown[]>(Prisma.sql`SELECT org_id, day, bucket, n FROM subtree_stat WHERE n <> 0 ORDER BY 1, 2, 3`);
  expect(after, `${step}: kept counts equal a recount`).toEqual(before);
}

async function issue(number: string, tasks: { deadline: string; units: number[] }[], confidentiality: "NORMAL" | "SECRET" = "NORMAL") {
  const saved = await saveDirective(u.office, {
    type: "KE_HOACH",
    number,
    issuedOn: "01/03/2026",
    title: `Kế hoạch ${number}`,
    confidentiality,
    tasks: tasks.map((t, i) => ({
      title: `Việc ${i + 1}`,
      deadlineText: t.deadline,
      reportingCycle: t.deadline === "thường xuyên" ? "QUARTERLY" : "NONE",
      assignees: t.units.map((unit) => ({ role: "LEAD" as const, selector: "UNIT" as const, organizationId: unit })),
    })),
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const issued = await issueDirective(u.office, saved.value.id);
  if (!issued.ok) throw new Error(issued.message);
  return saved.value.id;
}

describe("kept dashboard counts", () => {
  it("stay equal to the counts from the assignments through every kind of write", async () => {
    overrideServerConfig({ ...serverConfig(), clock: fixedClock("2026-05-20") });
    const all = [w["Xã A"], w["Xã B"], w["Xã C"], w.D1];
    const k1 = await issue("1", [{ deadline: "30/04/2026", units: all }, { deadline: "Quý II/2026", units: all }, { deadline: "thường xuyên", units: [w["Xã A"], w["Xã C"]] }]);
    await agree("issued");

    const a = (await db().assignment.findFirstOrThrow({ where: { directiveId: k1, unitId: w["Xã A"], task: { ordinal: 2 } }, select: { id: true } })).id;
    await submitReport(u.headA, { assignmentId: a, content: "Xong", progressPercent: 100, requestsCompletion: "on" });
    const report = (await db().report.findFirstOrThrow({ where: { assignmentId: a }, select: { id: true } })).id;
    await reviewReport(u.office, { reportId: report, decision: "RETURN", note: "Bổ sung" });
    await agree("returned");
    await submitReport(u.headA, { assignmentId: a, content: "Đã bổ sung", progressPercent: 100, requestsCompletion: "on" });
    const again = (await db().report.findFirstOrThrow({ where: { assignmentId: a }, orderBy: { id: "desc" }, select: { id: true } })).id;
    await reviewReport(u.office, { reportId: again, decision: "ACCEPT" });
    await agree("accepted");

    const ongoing = (await db().assignment.findFirstOrThrow({ where: { directiveId: k1, unitId: w["Xã C"], task: { ordinal: 3 } }, select: { id: true } })).id;
    await submitReport(u.headC, { assignmentId: ongoing, content: "Quý II", progressPercent: 40, periodKey: "2026-Q2" });
    await agree("report slot fulfilled");

    const late = (await db().assignment.findFirstOrThrow({ where: { directiveId: k1, unitId: w["Xã C"], task: { ordinal: 2 } }, select: { id: true } })).id;
    await requestExtension(u.headC, { assignmentId: late, requestedDueOn: "31/07/2026", reason: "Chờ số liệu" });
    const ext = (await db().extensionRequest.findFirstOrThrow({ where: { assignmentId: late }, select: { id: true } })).id;
    await decideExtension(u.office, { extensionId: ext, grant: "true" });
    await agree("extension granted");

    const k2 = await issue("2", [{ deadline: "31/05/2026", units: all }]);
    await db().directive.update({ where: { id: k2 }, data: { confidentiality: "SECRET" } });
    await agree("turned secret");
    await db().directive.update({ where: { id: k2 }, data: { confidentiality: "NORMAL" } });
    await agree("turned ordinary");

    await recallDirective(u.office, k2, "Nhầm");
    await agree("recalled");

    await issue("3", [{ deadline: "15/06/2026", units: [w["Xã B"]] }], "SECRET");
    await agree("secret issued");

    // Re-issue removing units: DELETE statements.
    const tasks = await db().task.findMany({ where: { directiveId: k1 }, orderBy: { ordinal: "asc" }, select: { id: true } });
    await db().taskAssignee.deleteMany({ where: { taskId: tasks[0].id, organizationId: { in: [w["Xã B"], w.D1] } } });
    await issueDirective(u.office, k1);
    await agree("re-issued without two units");
  });
});
