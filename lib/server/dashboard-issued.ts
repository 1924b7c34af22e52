import "server-only";
// Văn bản ban hành: the directives an organisation itself issued, followed across every unit they
// assign, wherever that unit sits in the forest — what its office chases. A Ban Cán sự đảng directs
// the ministry's units, which are not below it: its subtree's figures are all zero while its own
// directives run late. The same base set, status and figures as every other view (dashboard.ts),
// with the issuer in place of the subtree; read from the assignments (the kept counts are by subtree).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Period } from "@/lib/domain/period";
import { baseCte, figures, options, withRate, type FigureRow, type Figures } from "./dashboard";
import { openableAssignments } from "./assignment-detail";
import { db, isoDate } from "./db";
import { assertCan, type SessionUser } from "./session-user";

/** A unit given work by the organisation's directives, with its figures over that work alone. */
export interface IssuedUnit extends Figures {
  unitId: number;
  name: string;
}

export interface IssuedOverview {
  /** Every unit's work of the directives the organisation issued, due in the period. */
  figures: Figures;
  /** How many units hold overdue work of them, and the most overdue of those (`lateLimit`), most overdue first. */
  lateUnitCount: number;
  lateUnits: IssuedUnit[];
}

/** How many of the most overdue units the view names. */
export const LATE_UNITS_SHOWN = 10;

export async function issuedOverview(user: SessionUser, issuerId: number, period: Period, lateLimit = LATE_UNITS_SHOWN): Promise<IssuedOverview> {
  assertCan(user, "read:dashboard");
  // One pass: counted by unit, then the total and the most overdue units from those counts.
  const rows = await db().$queryRaw<(FigureRow & { unitId: number | null; name: string | null; lateUnits: number })[]>(Prisma.sql`
    WITH ${baseCte(user, { ...options(issuerId, period), issued: true })},
    per_unit AS (SELECT b.unit_id, ${figures(Prisma.sql`*`, "b")} FROM base b GROUP BY b.unit_id),
    late AS (SELECT * FROM per_unit WHERE overdue > 0 ORDER BY overdue DESC, total DESC, unit_id LIMIT ${lateLimit})
    SELECT NULL::int AS "unitId", NULL::text AS name,
      COALESCE(sum(total), 0)::int AS total, COALESCE(sum("completedOnTime"), 0)::int AS "completedOnTime",
      COALESCE(sum("completedLate"), 0)::int AS "completedLate", COALESCE(sum(overdue), 0)::int AS overdue,
      COALESCE(sum("inProgress"), 0)::int AS "inProgress", COALESCE(sum("rateDenominator"), 0)::int AS "rateDenominator",
      count(*) FILTER (WHERE overdue > 0)::int AS "lateUnits"
    FROM per_unit
    UNION ALL
    SELECT l.unit_id, o.name, l.total, l."completedOnTime", l."completedLate", l.overdue, l."inProgress", l."rateDenominator", 0
    FROM late l JOIN organization o ON o.id = l.unit_id`);
  const counts = ({ unitId: _id, name: _name, lateUnits: _late, ...figureRow }: (typeof rows)[number]) => withRate(figureRow);
  const total = rows.find((r) => r.unitId === null);
  const lateUnits = rows
    .filter((r) => r.unitId !== null)
    .map((r) => ({ ...counts(r), unitId: r.unitId as number, name: r.name as string }))
    .sort((a, b) => b.overdue - a.overdue || b.total - a.total || a.name.localeCompare(b.name, "vi"));
  return { figures: total ? counts(total) : withRate(undefined), lateUnitCount: total?.lateUnits ?? 0, lateUnits };
}

/** One overdue assignment of a late unit, as the view lists it under the unit. */
export interface OverdueWork {
  assignmentId: number;
  taskTitle: string;
  directive: { id: number; type: string; symbol: string | null };
  dueOn: string;
  /** Whether the person may open the assignment (the issuing office may; a leader above the issuer not always). */
  openable: boolean;
}

/** How many of a late unit's overdue assignments the view lists under it (its count says how many in all). */
export const OVERDUE_WORK_SHOWN = 5;

/**
 * The overdue assignments of the organisation's own directives held by each of `unitIds`, earliest
 * due first, at most OVERDUE_WORK_SHOWN a unit: the same base set, narrowed to those units.
 */
export async function overdueWorkOf(user: SessionUser, issuerId: number, period: Period, unitIds: number[]): Promise<Map<number, OverdueWork[]>> {
  assertCan(user, "read:dashboard");
  const byUnit = new Map<number, OverdueWork[]>();
  if (!unitIds.length) return byUnit;
  const rows = await db().$queryRaw<{ id: number; unit_id: number; due_on: Date; title: string; directive_id: number; type: string; symbol: string | null }[]>(Prisma.sql`
    WITH ${baseCte(user, { ...options(issuerId, period), issued: true, only: Prisma.sql`a.unit_id = ANY(${unitIds}::int[])` })},
    ranked AS (
      SELECT b.id, b.unit_id, b.due_on, b.task_id, b.directive_id,
        row_number() OVER (PARTITION BY b.unit_id ORDER BY b.due_on, b.id) AS n
      FROM base b WHERE b.status = 'OVERDUE'
    )
    SELECT r.id, r.unit_id, r.due_on, t.title, r.directive_id, d.type, d.symbol
    FROM ranked r JOIN task t ON t.id = r.task_id JOIN directive d ON d.id = r.directive_id
    WHERE r.n <= ${OVERDUE_WORK_SHOWN}
    ORDER BY r.unit_id, r.n`);
  const openable = await openableAssignments(user, rows.map((r) => r.id));
  for (const r of rows) {
    const list = byUnit.get(r.unit_id) ?? [];
    list.push({
      assignmentId: r.id,
      taskTitle: r.title,
      directive: { id: r.directive_id, type: r.type, symbol: r.symbol },
      dueOn: isoDate(r.due_on) as string,
      openable: openable.has(r.id),
    });
    byUnit.set(r.unit_id, list);
  }
  return byUnit;
}
