import "server-only";
// Reading directives: the register and one directive with its tasks and assignments. Every
// query carries the person's scope; outside it a directive does not exist.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DirectiveStatus, DirectiveType } from "@/lib/generated/prisma/enums";
import { assignmentStatusAsOf } from "@/lib/domain/status";
import { assignmentFacts } from "./assignment-facts";
import { searchTokens } from "@/lib/domain/text";
import { todayIn } from "@/lib/domain/clock";
import { serverConfig } from "./config";
import { containsPattern } from "./sql";
import { db, isoDate } from "./db";
import { openableAssignments } from "./assignment-detail";
import { directiveVisibleTo } from "./scope";
import { taskStatusCounts, type UnitAssignment } from "./directive-units";
import { visibleDirectivesCte } from "./compliance";
import { assertCan, type SessionUser } from "./session-user";
import { auditSecretRead } from "./audit";
import { can } from "@/lib/auth/permissions";

export const REGISTER_PAGE_SIZE = 25;

export interface RegisterFilters {
  q?: string;
  type?: DirectiveType;
  status?: DirectiveStatus;
  year?: number;
  issuerId?: number;
  page?: number;
}

export interface RegisterRow {
  id: number;
  type: DirectiveType;
  symbol: string | null;
  title: string;
  issuerName: string;
  issuedOn: string | null;
  status: DirectiveStatus;
  secret: boolean;
  taskCount: number;
  assignmentCount: number;
}

/** The register's filters and search as SQL on directive `d`: each word must appear in the folded text. */
function registerFilterSql(f: RegisterFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  for (const token of searchTokens(f.q ?? "").slice(0, 8)) {
    parts.push(Prisma.sql`d.search_text LIKE ${containsPattern(token)}`);
  }
  if (f.type) parts.push(Prisma.sql`d.type = ${f.type}::"DirectiveType"`);
  if (f.status) parts.push(Prisma.sql`d.status = ${f.status}::"DirectiveStatus"`);
  if (f.year) parts.push(Prisma.sql`d.year = ${f.year}`);
  if (f.issuerId) parts.push(Prisma.sql`d.issuer_id = ${f.issuerId}`);
  return Prisma.join(parts, " AND ");
}

export async function listDirectives(user: SessionUser, filters: RegisterFilters) {
  assertCan(user, "read:directive");
  const requested = Math.max(1, filters.page ?? 1);
  const page = async (p: number) =>
    db().$queryRaw<(Omit<RegisterRow, "issuedOn" | "secret" | "taskCount" | "assignmentCount"> & { issuedOn: Date | null; confidentiality: string; total: number })[]>(Prisma.sql`
      WITH ${visibleDirectivesCte(user)}
      SELECT d.id, d.type, d.symbol, d.title, d.issued_on AS "issuedOn", d.status, d.confidentiality, count(*) OVER ()::int AS total
      FROM directive d JOIN visible_directive v ON v.id = d.id
      WHERE ${registerFilterSql(filters)}
      ORDER BY d.issued_on DESC NULLS FIRST, d.id DESC
      LIMIT ${REGISTER_PAGE_SIZE} OFFSET ${(p - 1) * REGISTER_PAGE_SIZE}`);
  let rows = await page(requested);
  // A page past the end (an old link) shows the last page rather than nothing.
  if (!rows.length && requested > 1) {
    const [probe] = await page(1);
    if (probe) rows = await page(Math.ceil(probe.total / REGISTER_PAGE_SIZE));
  }
  const total = rows[0]?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const ids = rows.map((r) => r.id);
  // Counted per row: a Prisma relation count groups every assignment in the country first (≈ 200 ms).
  const details = ids.length
    ? await db().$queryRaw<{ id: number; issuerName: string; tasks: number; assignments: number }[]>(Prisma.sql`
        SELECT d.id, o.name AS "issuerName",
          (SELECT count(*) FROM task t WHERE t.directive_id = d.id)::int AS tasks,
          (SELECT count(*) FROM assignment a WHERE a.directive_id = d.id)::int AS assignments
        FROM directive d JOIN organization o ON o.id = d.issuer_id WHERE d.id = ANY(${ids}::int[])`)
    : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  return {
    total,
    page: Math.min(requested, pageCount),
    pageCount,
    rows: rows.map(
      (d): RegisterRow => ({
        id: d.id,
        type: d.type,
        symbol: d.symbol,
        title: d.title,
        issuerName: byId.get(d.id)?.issuerName ?? "",
        issuedOn: isoDate(d.issuedOn),
        status: d.status,
        secret: d.confidentiality === "SECRET",
        taskCount: byId.get(d.id)?.tasks ?? 0,
        assignmentCount: byId.get(d.id)?.assignments ?? 0,
      }),
    ),
  };
}

/** The issuers and years a person can filter the register by. */
export async function registerFacets(user: SessionUser) {
  assertCan(user, "read:directive");
  const rows = await db().$queryRaw<{ issuer_id: number; name: string; year: number | null }[]>(Prisma.sql`
    WITH ${visibleDirectivesCte(user)},
    used AS (SELECT DISTINCT d.issuer_id, d.year FROM directive d JOIN visible_directive v ON v.id = d.id)
    SELECT u.issuer_id, o.name, u.year FROM used u JOIN organization o ON o.id = u.issuer_id`);
  const issuers = new Map<number, string>();
  const years = new Set<number>();
  for (const r of rows) {
    issuers.set(r.issuer_id, r.name);
    if (r.year !== null) years.add(r.year);
  }
  return {
    issuers: [...issuers].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "vi")).slice(0, 300),
    years: [...years].sort((a, b) => b - a),
  };
}

export interface DirectiveLink {
  id: number;
  type: DirectiveType;
  symbol: string | null;
  title: string | null;
  issuedOn: string | null;
  /** False when the person may not open it: only what the citing document itself says is shown. */
  openable: boolean;
}

export interface AssignmentView extends UnitAssignment {
  unitId: number;
  state: "OPEN" | "SUBMITTED" | "COMPLETED" | "CANCELLED";
}

const linkSelect = { id: true, type: true, symbol: true, title: true, issuedOn: true, confidentiality: true } as const;

async function toLinks(
  user: SessionUser,
  items: { id: number; type: DirectiveType; symbol: string | null; title: string; issuedOn: Date | null; confidentiality: string }[],
): Promise<DirectiveLink[]> {
  if (items.length === 0) return [];
  const openable = await db().directive.findMany({
    where: { AND: [directiveVisibleTo(user), { id: { in: items.map((i) => i.id) } }] },
    select: { id: true },
  });
  const ids = new Set(openable.map((o) => o.id));
  return items.map((d) => ({
    id: d.id,
    type: d.type,
    symbol: d.symbol,
    // A secret directive's subject is not repeated to someone who may not open it.
    title: ids.has(d.id) || d.confidentiality !== "SECRET" ? d.title : null,
    issuedOn: isoDate(d.issuedOn),
    openable: ids.has(d.id),
  }));
}

/** How many of a task's units the directive's page lists. */
export const TASK_UNITS_SHOWN = 20;

export async function getDirective(user: SessionUser, id: number) {
  assertCan(user, "read:directive");
  const directive = await db().directive.findFirst({
    where: { AND: [directiveVisibleTo(user), { id }] },
    select: {
      id: true,
      type: true,
      number: true,
      symbol: true,
      title: true,
      summary: true,
      body: true,
      status: true,
      confidentiality: true,
      issuedOn: true,
      issuedAt: true,
      recalledAt: true,
      issuer: { select: { id: true, name: true } },
      file: { select: { name: true, size: true } },
      parent: { select: linkSelect },
      children: { select: linkSelect, orderBy: { issuedOn: "asc" } },
      references: { select: { to: { select: linkSelect } } },
      referencedBy: { select: { from: { select: linkSelect } } },
      tasks: {
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          ordinal: true,
          title: true,
          description: true,
          deadlineKind: true,
          deadlineText: true,
          dueOn: true,
          reportingCycle: true,
          targetValue: true,
          targetUnit: true,
          requiresOwnPlan: true,
          // Who it goes to, as entered: what a draft shows before the cascade gives it to units.
          assignees: { orderBy: { id: "asc" }, select: { role: true, selector: true, organizationKind: true, organization: { select: { name: true } } } },
          // A national task has thousands of units: the page lists the first ones (lead units
          // first) with the count of all by status; /van-ban/:id/don-vi lists them all.
          assignments: {
            orderBy: [{ role: "asc" }, { unit: { name: "asc" } }],
            take: TASK_UNITS_SHOWN,
            select: {
              id: true,
              role: true,
              state: true,
              dueOn: true,
              completedOn: true,
              reportDueOn: true,
              progressPercent: true,
              unit: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!directive) return null;
  await auditSecretRead(user, directive, "directive");
  const today = todayIn(serverConfig().clock);
  const [parent, children, references, citedBy, openable, counts] = await Promise.all([
    directive.parent ? toLinks(user, [directive.parent]).then((l) => l[0]) : Promise.resolve(null),
    toLinks(user, directive.children),
    toLinks(user, directive.references.map((r) => r.to)),
    toLinks(user, directive.referencedBy.map((r) => r.from)),
    openableAssignments(
      user,
      directive.tasks.flatMap((t) => t.assignments.map((a) => a.id)),
    ),
    taskStatusCounts(directive.id, today),
  ]);
  return {
    id: directive.id,
    type: directive.type,
    symbol: directive.symbol,
    title: directive.title,
    summary: directive.summary,
    body: directive.body,
    status: directive.status,
    secret: directive.confidentiality === "SECRET",
    issuedOn: isoDate(directive.issuedOn),
    issuer: directive.issuer,
    file: directive.file,
    /** Whether the person may edit, issue and recall it: their organisation issued it. */
    own: directive.issuer.id === user.organizationId && can(user.role, "create:directive"),
    today,
    parent,
    // Children a person may not open are not listed: they belong to other units' work.
    children: children.filter((c) => c.openable),
    references,
    citedBy: citedBy.filter((c) => c.openable),
    tasks: directive.tasks.map((t) => ({
      id: t.id,
      ordinal: t.ordinal,
      title: t.title,
      description: t.description,
      deadlineKind: t.deadlineKind,
      deadlineText: t.deadlineText,
      dueOn: isoDate(t.dueOn),
      reportingCycle: t.reportingCycle,
      target: t.targetValue === null ? null : { value: Number(t.targetValue), unit: t.targetUnit ?? "" },
      requiresOwnPlan: t.requiresOwnPlan,
      rules: t.assignees.map((r) => ({ role: r.role, selector: r.selector, organizationName: r.organization.name, organizationKind: r.organizationKind })),
      /** Every assignment of the task by status (those listed are the first TASK_UNITS_SHOWN). */
      statusCounts: counts.get(t.id) ?? null,
      assignments: t.assignments.map(
        (a): AssignmentView => ({
          id: a.id,
          unitId: a.unit.id,
          unitName: a.unit.name,
          role: a.role,
          state: a.state,
          dueOn: isoDate(a.dueOn),
          completedOn: isoDate(a.completedOn),
          progressPercent: a.progressPercent,
          status: assignmentStatusAsOf(assignmentFacts(a, today), today),
          openable: openable.has(a.id),
          awaitingReview: a.state === "SUBMITTED",
        }),
      ),
    })),
  };
}

export type DirectiveDetail = NonNullable<Awaited<ReturnType<typeof getDirective>>>;

/** The signed document of a directive the person may open, or null. */
export async function getDirectiveFile(user: SessionUser, id: number) {
  assertCan(user, "read:directive");
  const d = await db().directive.findFirst({
    where: { AND: [directiveVisibleTo(user), { id }] },
    select: { id: true, confidentiality: true, file: { select: { name: true, contentType: true, size: true, storageKey: true } } },
  });
  if (d?.file) await auditSecretRead(user, d, "file");
  return d?.file ?? null;
}
