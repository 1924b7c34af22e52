import "server-only";
// The other leadership views over the same base set (dashboard.ts): progress by directive and down
// its cascade of plans, the units × directives heatmap, target coverage and the emulation ranking.
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentStatus } from "@/lib/domain/status";
import type { Period } from "@/lib/domain/period";
import { askedPage, pageWindow, type Paged } from "@/lib/domain/paging";
import { sharedPlaces } from "@/lib/domain/ranking";
import { baseCte, figures, options, totalFigures, withRate, type FigureRow, type Figures, type UnitRow } from "./dashboard";
import { db } from "./db";
import { assertCan, type SessionUser } from "./session-user";

export interface DirectiveRow extends Figures {
  directiveId: number;
  type: string;
  symbol: string | null;
  title: string;
  issuerName: string;
  units: number;
  /** Directives issued below as units' own plans for it (first level). */
  childPlans: number;
}

/** Whose work a by-directive list counts: the subtree's (default), or every unit's work of the directives the organisation issued. */
export interface DirectiveSource {
  issued?: boolean;
}

/** Each directive with work in the subtree and period: its figures across the subtree's units. */
export async function directiveProgress(user: SessionUser, rootId: number, period: Period, limit = 200, source: DirectiveSource = {}): Promise<DirectiveRow[]> {
  return (await directiveProgressRows(user, rootId, period, limit, 1, source)).rows;
}

/** How many directives one page of the by-directive view shows (each a card with its bar and counts). */
export const DIRECTIVE_PAGE_SIZE = 25;

/** One page of directiveProgress, with how many directives have work in the subtree and period. */
export async function directiveProgressPage(user: SessionUser, rootId: number, period: Period, asked?: number, source: DirectiveSource = {}, size = DIRECTIVE_PAGE_SIZE): Promise<Paged<DirectiveRow>> {
  const { rows, total } = await directiveProgressRows(user, rootId, period, size, askedPage(asked), source);
  const { page, pageCount } = pageWindow(total, size, asked);
  return { rows, total, page, pageCount };
}

/**
 * Page `page` of `size` directives, most overdue first; a page past the end is the last one (kept
 * in the statement, so an old link costs no second pass over the subtree).
 */
async function directiveProgressRows(user: SessionUser, rootId: number, period: Period, size: number, page: number, source: DirectiveSource) {
  assertCan(user, "read:dashboard");
  // Counted by directive over the narrow base rows first (hash aggregates, no sort of every
  // assignment with its titles: the whole party's year is 350,000 rows), then named and ranked;
  // the child plans are counted for the page's directives only.
  const rows = await db().$queryRaw<(FigureRow & Omit<DirectiveRow, keyof Figures> & { directives: number })[]>(Prisma.sql`
    WITH ${baseCte(user, { ...options(rootId, period), issued: source.issued })},
    agg AS (SELECT b.directive_id, ${figures(Prisma.sql`*`, "b")} FROM base b GROUP BY b.directive_id),
    reach AS (SELECT directive_id, count(*)::int AS units FROM (SELECT DISTINCT directive_id, unit_id FROM base) x GROUP BY directive_id),
    ranked AS (
      SELECT agg.*, r.units, d.type, d.symbol, d.title, o.name AS "issuerName", count(*) OVER ()::int AS directives,
        row_number() OVER (ORDER BY agg.overdue DESC, d.issued_on DESC NULLS LAST, d.id DESC) AS rn
      FROM agg JOIN reach r ON r.directive_id = agg.directive_id
        JOIN directive d ON d.id = agg.directive_id JOIN organization o ON o.id = d.issuer_id
    ),
    page AS (
      SELECT * FROM ranked
      WHERE rn > LEAST(${(page - 1) * size}, GREATEST(directives - 1, 0) / ${size} * ${size}) ORDER BY rn LIMIT ${size}
    )
    SELECT p.directive_id AS "directiveId", p.type, p.symbol, p.title, p."issuerName", p.units, p.directives,
      p.total, p."completedOnTime", p."completedLate", p.overdue, p."inProgress", p."rateDenominator",
      (SELECT count(*) FROM directive c JOIN assignment pa ON pa.id = c.source_assignment_id
        WHERE pa.directive_id = p.directive_id AND c.status = 'ISSUED')::int AS "childPlans"
    FROM page p ORDER BY p.rn`);
  return {
    total: rows[0]?.directives ?? 0,
    rows: rows.map((r) => ({ ...withRate(r), directiveId: r.directiveId, type: r.type, symbol: r.symbol, title: r.title, issuerName: r.issuerName, units: r.units, childPlans: r.childPlans })),
  };
}

export interface PlanNode extends Figures {
  directiveId: number;
  type: string;
  symbol: string | null;
  title: string;
  issuerName: string;
  depth: number;
  parentDirectiveId: number | null;
  /** This node and every plan below it. */
  rollup: Figures;
}

/**
 * A directive and the units' own plans below it, level by level, each with its own figures (its
 * assignments to units in the subtree, whatever their dates) and the roll-up of everything below.
 */
export async function directivePlanTree(user: SessionUser, rootId: number, directiveId: number): Promise<PlanNode[]> {
  assertCan(user, "read:dashboard");
  // Every date, and only the tree's directives: the subtree's other work is not read at all.
  const base = { ...options(rootId, null), only: Prisma.sql`a.directive_id IN (SELECT directive_id FROM tree)` };
  const rows = await db().$queryRaw<(FigureRow & { directiveId: number; type: string; symbol: string | null; title: string; issuerName: string; depth: number; parentDirectiveId: number | null; path: number[] })[]>(Prisma.sql`
    WITH RECURSIVE tree(directive_id, parent_directive_id, depth, path) AS (
      SELECT ${directiveId}::int, NULL::int, 0, ARRAY[${directiveId}::int]
      UNION ALL
      SELECT p.id, t.directive_id, t.depth + 1, t.path || p.id
      FROM tree t JOIN assignment a ON a.directive_id = t.directive_id
      JOIN directive p ON p.source_assignment_id = a.id AND p.status = 'ISSUED'
      WHERE t.depth < 6
    ),
    ${baseCte(user, base)}
    SELECT t.directive_id AS "directiveId", d.type, d.symbol, d.title, o.name AS "issuerName", t.depth,
      t.parent_directive_id AS "parentDirectiveId", t.path, ${figures(Prisma.sql`b.id`, "b")}
    FROM tree t JOIN directive d ON d.id = t.directive_id JOIN organization o ON o.id = d.issuer_id
    LEFT JOIN base b ON b.directive_id = t.directive_id
    GROUP BY t.directive_id, d.type, d.symbol, d.title, o.name, t.depth, t.parent_directive_id, t.path
    ORDER BY t.path`);
  return rows.map((r) => {
    const below = rows.filter((x) => x.path.slice(0, r.path.length).join(",") === r.path.join(","));
    return {
      ...withRate(r),
      directiveId: r.directiveId,
      type: r.type,
      symbol: r.symbol,
      title: r.title,
      issuerName: r.issuerName,
      depth: r.depth,
      parentDirectiveId: r.parentDirectiveId,
      rollup: totalFigures(below),
    };
  });
}

export interface HeatmapCell {
  /** The worst status among the unit's assignments for the directive: overdue, then in progress, late, on time. */
  status: AssignmentStatus;
  count: number;
  /** When the unit has exactly one assignment there: the page a click opens. */
  assignmentId: number | null;
}

export interface Heatmap {
  units: { id: number; name: string; childCount: number }[];
  directives: { id: number; type: string; symbol: string | null; title: string }[];
  /** cells[unitId][directiveId] */
  cells: Record<number, Record<number, HeatmapCell>>;
}

/** Units directly under X × the directives with most work in the period, each cell the worst status. */
export async function heatmap(user: SessionUser, rootId: number, period: Period, maxDirectives = 20): Promise<Heatmap> {
  assertCan(user, "read:dashboard");
  const rows = await db().$queryRaw<{ unit_id: number; directive_id: number; status: AssignmentStatus; n: number; one_id: number | null }[]>(Prisma.sql`
    WITH ${baseCte(user, options(rootId, period))},
    top AS (SELECT directive_id FROM base GROUP BY directive_id ORDER BY count(*) DESC, directive_id DESC LIMIT ${maxDirectives}),
    placed AS (
      SELECT COALESCE(ch.ancestor_id, ${rootId}) AS unit_id, b.directive_id, b.id, b.status
      FROM base b JOIN top ON top.directive_id = b.directive_id
      LEFT JOIN organization_closure ch ON ch.descendant_id = b.unit_id
        AND ch.ancestor_id IN (SELECT id FROM organization WHERE parent_id = ${rootId})
    )
    SELECT unit_id, directive_id,
      (ARRAY['OVERDUE', 'IN_PROGRESS', 'COMPLETED_LATE', 'COMPLETED_ON_TIME'])[min(
        CASE status WHEN 'OVERDUE' THEN 1 WHEN 'IN_PROGRESS' THEN 2 WHEN 'COMPLETED_LATE' THEN 3 ELSE 4 END)] AS status,
      count(*)::int AS n,
      CASE WHEN count(*) = 1 THEN min(id) END AS one_id
    FROM placed GROUP BY unit_id, directive_id`);
  const [units, directives] = await Promise.all([
    // Counted per row: a Prisma relation count groups the whole forest first (40–70 ms).
    db().$queryRaw<{ id: number; name: string; childCount: number }[]>(Prisma.sql`
      SELECT o.id, o.name, (SELECT count(*) FROM organization c WHERE c.parent_id = o.id)::int AS "childCount"
      FROM organization o WHERE o.parent_id = ${rootId} OR o.id = ${rootId} ORDER BY o.name`),
    db().directive.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.directive_id))] } },
      orderBy: [{ issuedOn: "desc" }, { id: "desc" }],
      select: { id: true, type: true, symbol: true, title: true },
    }),
  ]);
  const cells: Heatmap["cells"] = {};
  for (const r of rows) (cells[r.unit_id] ??= {})[r.directive_id] = { status: r.status, count: r.n, assignmentId: r.one_id };
  return {
    // The organisation's own row only when it has work of its own.
    units: units.filter((u) => u.id !== rootId || cells[rootId]),
    directives,
    cells,
  };
}

export interface CoverageRow {
  unitId: number;
  name: string;
  /** Assignments of tasks with a target in the unit's subtree, and how many have reported a value. */
  assignments: number;
  reported: number;
  achieved: number;
  denominator: number;
  /** Σ achieved ÷ Σ each unit's own denominator; null when nothing is reported. */
  coverage: number | null;
}

/**
 * Tasks with a target ("100 % of members study the resolution"): for each unit directly under X and in
 * total, Σ achieved ÷ Σ each unit's own denominator, from each assignment's latest report that carries
 * both values and was not returned.
 */
export async function targetCoverage(user: SessionUser, rootId: number, period: Period): Promise<{ rows: CoverageRow[]; total: CoverageRow }> {
  assertCan(user, "read:dashboard");
  const rows = await db().$queryRaw<(Omit<CoverageRow, "coverage"> & { own: boolean })[]>(Prisma.sql`
    WITH ${baseCte(user, { ...options(rootId, period), only: Prisma.sql`a.task_id IN (SELECT id FROM task WHERE target_value IS NOT NULL)` })},
    targeted AS (SELECT b.id, b.unit_id FROM base b),
    latest AS (
      SELECT DISTINCT ON (r.assignment_id) r.assignment_id, r.achieved_value, r.denominator
      FROM report r JOIN targeted g ON g.id = r.assignment_id
      WHERE r.status <> 'RETURNED' AND r.achieved_value IS NOT NULL AND r.denominator IS NOT NULL AND r.denominator > 0
      ORDER BY r.assignment_id, r.submitted_at DESC, r.id DESC
    ),
    placed AS (
      SELECT COALESCE(ch.ancestor_id, ${rootId}) AS unit_id, g.id, l.achieved_value, l.denominator
      FROM targeted g LEFT JOIN latest l ON l.assignment_id = g.id
      LEFT JOIN organization_closure ch ON ch.descendant_id = g.unit_id
        AND ch.ancestor_id IN (SELECT id FROM organization WHERE parent_id = ${rootId})
    )
    SELECT o.id AS "unitId", o.name, (o.id = ${rootId}) AS own, count(p.id)::int AS assignments,
      count(p.denominator)::int AS reported,
      COALESCE(sum(p.achieved_value), 0)::float8 AS achieved, COALESCE(sum(p.denominator), 0)::float8 AS denominator
    FROM placed p JOIN organization o ON o.id = p.unit_id
    GROUP BY o.id, o.name ORDER BY o.name`);
  const withCoverage = (r: Omit<CoverageRow, "coverage">): CoverageRow => ({ ...r, coverage: r.denominator > 0 ? r.achieved / r.denominator : null });
  const list = rows.map(({ own: _own, ...r }) => withCoverage(r));
  const total = withCoverage({
    unitId: rootId,
    name: "",
    assignments: list.reduce((s, r) => s + r.assignments, 0),
    reported: list.reduce((s, r) => s + r.reported, 0),
    achieved: list.reduce((s, r) => s + r.achieved, 0),
    denominator: list.reduce((s, r) => s + r.denominator, 0),
  });
  return { rows: list.sort((a, b) => (b.coverage ?? -1) - (a.coverage ?? -1)), total };
}

/**
 * The emulation score (điểm thi đua) of a unit for a period, 0–100, written on the page:
 *   70 × on-time rate + 30 × (1 − overdue ÷ assignments in the period).
 * A unit with nothing due or done yet in the period has no score.
 */
export function emulationScore(f: Figures): number | null {
  if (f.onTimeRate === null || f.total === 0) return null;
  return Math.round((70 * f.onTimeRate + 30 * (1 - f.overdue / f.total)) * 10) / 10;
}

/** A unit of the emulation ranking: its score and its place (null: no score, not ranked). */
export interface RankedUnit {
  row: UnitRow;
  score: number | null;
  rank: number | null;
}

/**
 * The units directly under the organisation (not its own work) by emulation score, highest first, ties
 * keeping the ranking's order (rate, then overdue) but sharing their place: 1, 2, 2, 4 — units with the
 * same score are not ranked apart on the page, the workbook or the printed report.
 */
export function emulationRanking(rows: UnitRow[]): RankedUnit[] {
  const scored = rows
    .filter((r) => !r.own)
    .map((row) => ({ row, score: emulationScore(row) }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const places = sharedPlaces(scored, (u) => u.score);
  return scored.map((u, i) => ({ ...u, rank: places[i] }));
}
