// A task given to hundreds of units: the assignment page lists the first of the other units, lead
// units first, and says how many more there are — it never loads them all.
import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentDetail, OTHER_UNITS_SHOWN } from "@/lib/server/assignment-detail";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { directive, org, user } from "./helpers/world";

useTestDatabase();

const UNITS = OTHER_UNITS_SHOWN + 12;
let head: SessionUser;
let mine = 0;

beforeAll(async () => {
  const ministry = (await org("Bộ Thử", null, { kind: "MINISTRY" })).id;
  const units: number[] = [];
  for (let i = 0; i < UNITS; i++) units.push((await org(`Đơn vị ${String(i).padStart(2, "0")}`, ministry)).id);
  // The last two units lead; everyone else coordinates.
  const d = await directive(ministry, {
    dueOn: "2026-12-31",
    assignments: units.map((unitId, i) => ({ unitId, role: i >= UNITS - 2 ? "LEAD" : "COORDINATE" })),
  });
  head = await user("UNIT_HEAD", units[0]);
  mine = (await db().assignment.findFirstOrThrow({ where: { directiveId: d.id, unitId: units[0] }, select: { id: true } })).id;
});

describe("the other units on a task", () => {
  it("lists the first ones, lead units first, and counts the rest", async () => {
    const detail = await getAssignmentDetail(head, mine);
    expect(detail?.others).toHaveLength(OTHER_UNITS_SHOWN);
    expect(detail?.othersTotal).toBe(UNITS - 1);
    expect(detail?.others.slice(0, 2).map((o) => o.role)).toEqual(["LEAD", "LEAD"]);
    expect(detail?.others.map((o) => o.id)).not.toContain(mine);
    expect(detail?.others[2].unitName).toBe("Đơn vị 01");
  });
});
