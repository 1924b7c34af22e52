import "server-only";
// A unit's assignments, most urgent first: overdue, then due soonest, then ongoing work.
import { assignmentStatusAsOf, type AssignmentStatus } from "@/lib/domain/status";
import { assignmentFacts } from "./assignment-facts";
import { todayIn } from "@/lib/domain/clock";
import { serverConfig } from "./config";
import { db, isoDate } from "./db";
import { directiveVisibleTo } from "./scope";
import { assertCan, type SessionUser } from "./session-user";

export interface UnitAssignmentRow {
  id: number;
  role: "LEAD" | "COORDINATE";
  taskTitle: string;
  directive: { id: number; type: string; symbol: string | null; title: string };
  dueOn: string | null;
  status: AssignmentStatus;
}

const URGENCY: Record<AssignmentStatus, number> = { OVERDUE: 0, IN_PROGRESS: 1, COMPLETED_LATE: 2, COMPLETED_ON_TIME: 2, CANCELLED: 3 };

/** The open work of the person's own unit (the full inbox with filters comes with the unit workflow). */
export async function listUnitAssignments(user: SessionUser, limit = 50): Promise<{ today: string; rows: UnitAssignmentRow[] }> {
  assertCan(user, "read:assignment");
  const today = todayIn(serverConfig().clock);
  const rows = await db().assignment.findMany({
    where: { unitId: user.organizationId, state: { in: ["OPEN", "SUBMITTED"] }, directive: directiveVisibleTo(user) },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      role: true,
      state: true,
      dueOn: true,
      completedOn: true,
      reportDueOn: true,
      task: { select: { title: true } },
      directive: { select: { id: true, type: true, symbol: true, title: true } },
    },
  });
  const mapped = rows.map(
    (a): UnitAssignmentRow => ({
      id: a.id,
      role: a.role,
      taskTitle: a.task.title,
      directive: a.directive,
      dueOn: isoDate(a.dueOn),
      status: assignmentStatusAsOf(assignmentFacts(a, today), today),
    }),
  );
  mapped.sort((x, y) => URGENCY[x.status] - URGENCY[y.status]);
  return { today, rows: mapped };
}
