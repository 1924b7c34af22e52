import "server-only";
// Văn bản ban hành: the directives an organisation itself issued, followed across every unit they
// assign, wherever that unit sits in the forest — what its office chases. A Ban Cán sự đảng directs
// the ministry's units, which are not below it: its subtree's figures are all zero while its own
// directives run late. The same base set, status and figures as every other view (dashboard.ts),
// with the issuer in place of the subtree; read from the assignments (the kept counts are by subtree).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Period } from "@/lib/domain/period";
import { baseCte, figures, options, withRate, type FigureRow, type Figures } from "./dashboard";
import { db } from "./db";
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
