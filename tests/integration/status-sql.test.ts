// The SQL status of an assignment must be the domain's status, case by case, and the summary
// figures must be exactly what lib/domain/status.ts computes from the same rows.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { assignmentStatusAsOf, summarize } from "@/lib/domain/status";
import { inRateSql, statusSql } from "@/lib/server/compliance";
import { dashboardFigures } from "@/lib/server/dashboard";
import { db } from "@/lib/server/db";
import { assignmentFacts } from "@/lib/server/assignment-facts";
import type { SessionUser } from "@/lib/server/session";
import { useTestDatabase } from "./helpers/database";
import { directive, org, user, type AssignmentSpec } from "./helpers/world";

useTestDatabase();

// Every combination that matters around the boundaries, for as-of dates before, on and after.
const due = "2026-06-30";
const cases: Omit<AssignmentSpec, "unitId">[] = [
  { state: "OPEN", dueOn: due },
  { state: "OPEN", dueOn: null },
  { state: "SUBMITTED", dueOn: due },
  { state: "COMPLETED", dueOn: due, completedOn: "2026-06-30" },
  { state: "COMPLETED", dueOn: due, completedOn: "2026-06-10" },
  { state: "COMPLETED", dueOn: due, completedOn: "2026-07-01" },
  { state: "COMPLETED", dueOn: null, completedOn: "2026-05-01" },
  { state: "CANCELLED", dueOn: due },
  { state: "CANCELLED", dueOn: "2026-01-01", completedOn: null },
  // Ongoing work with a reporting cycle: overdue once its earliest open report slot is.
  { state: "OPEN", dueOn: null, reportDueOn: "2026-06-30" },
  { state: "COMPLETED", dueOn: null, completedOn: "2026-07-15", reportDueOn: "2026-06-30" },
];
const asOfDates = ["2026-05-01", "2026-06-10", "2026-06-30", "2026-07-01", "2026-12-31"];

let leader: SessionUser;
let rootId = 0;

beforeAll(async () => {
  const root = await org("Tỉnh ủy thử", null, { kind: "COMMITTEE" });
  rootId = root.id;
  const units: { id: number }[] = [];
  for (let i = 0; i < cases.length; i++) units.push(await org(`Đơn vị ${i}`, root.id));
  await directive(root.id, { assignments: cases.map((c, i) => ({ ...c, unitId: units[i].id })) });
  leader = await user("LEADERSHIP", root.id);
});

async function rows() {
  return db().assignment.findMany({ select: { id: true, state: true, dueOn: true, completedOn: true, reportDueOn: true }, orderBy: { id: "asc" } });
}

function facts(a: Awaited<ReturnType<typeof rows>>[number], asOf: string) {
  return assignmentFacts(a, asOf);
}

describe("status in SQL", () => {
  it.each(asOfDates)("agrees with the domain for every case as of %s", async (asOf) => {
    const asOfSql = Prisma.sql`${asOf}::date`;
    const sqlRows = await db().$queryRaw<{ id: number; status: string; in_rate: boolean }[]>(
      Prisma.sql`SELECT a.id, ${statusSql(asOfSql)} AS status, ${inRateSql(asOfSql)} AS in_rate FROM assignment a ORDER BY a.id`,
    );
    const all = await rows();
    expect(sqlRows.map((r) => r.status)).toEqual(all.map((a) => assignmentStatusAsOf(facts(a, asOf), asOf)));
    // The rate's denominator: due by D, or completed by D; cancelled never.
    expect(sqlRows.map((r) => r.in_rate)).toEqual(
      all.map((a) => {
        const f = facts(a, asOf);
        return !f.cancelled && ((f.dueOn !== null && f.dueOn <= asOf) || (f.completedOn !== null && f.completedOn <= asOf));
      }),
    );
  });

  it.each(asOfDates)("gives the summary the domain computes as of %s", async (asOf) => {
    const summary = await dashboardFigures(leader, rootId, null, asOf);
    const expected = summarize((await rows()).map((a) => facts(a, asOf)), asOf);
    expect(summary).toMatchObject({
      total: expected.total - expected.cancelled,
      completedOnTime: expected.completedOnTime,
      completedLate: expected.completedLate,
      overdue: expected.overdue,
      inProgress: expected.inProgress,
      rateDenominator: expected.rateDenominator,
      onTimeRate: expected.onTimeRate,
    });
  });

  it("counts by hand on one day", async () => {
    // As of 2026-07-01: on time = completed 06-30, 06-10, and the ongoing one done 05-01 (3);
    // late = completed 07-01 (1); overdue = OPEN and SUBMITTED due 06-30, and both ongoing ones whose
    // 06-30 report slot is open — the one completed on 07-15 was not yet completed on 07-01 (4);
    // in progress = the ongoing one with no cycle (1); denominator = the 6 due by then or completed
    // by then → 3 / 6.
    const s = await dashboardFigures(leader, rootId, null, "2026-07-01");
    expect(s).toMatchObject({ total: 9, completedOnTime: 3, completedLate: 1, overdue: 4, inProgress: 1, rateDenominator: 6, onTimeRate: 0.5 });
  });
});
