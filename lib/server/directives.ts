import "server-only";
// Reading directives: the register and one directive with its tasks and assignments. Every
// query carries the person's scope; outside it a directive does not exist.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DirectiveStatus, DirectiveType } from "@/lib/generated/prisma/enums";
import { assignmentStatusAsOf, type AssignmentStatus } from "@/lib/domain/status";
import { searchTokens } from "@/lib/domain/text";
import { todayIn } from "@/lib/domain/clock";
import { serverConfig } from "./config";
import { db, isoDate } from "./db";
import { directiveVisibleTo } from "./scope";
import { assertCan, type SessionUser } from "./session-user";
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

function registerWhere(user: SessionUser, f: RegisterFilters): Prisma.DirectiveWhereInput {
  const and: Prisma.DirectiveWhereInput[] = [directiveVisibleTo(user)];
  // Each word must appear in the folded text (type name, symbol, title, issuer): "chi thi 01".
  for (const token of searchTokens(f.q ?? "").slice(0, 8)) and.push({ searchText: { contains: token } });
  if (f.type) and.push({ type: f.type });
  if (f.status) and.push({ status: f.status });
  if (f.year) and.push({ year: f.year });
  if (f.issuerId) and.push({ issuerId: f.issuerId });
  return { AND: and };
}

export async function listDirectives(user: SessionUser, filters: RegisterFilters) {
  assertCan(user, "read:directive");
  const where = registerWhere(user, filters);
  const total = await db().directive.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rows = await db().directive.findMany({
    where,
    orderBy: [{ issuedOn: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    skip: (page - 1) * REGISTER_PAGE_SIZE,
    take: REGISTER_PAGE_SIZE,
    select: {
      id: true,
      type: true,
      symbol: true,
      title: true,
      issuedOn: true,
      status: true,
      confidentiality: true,
      issuer: { select: { name: true } },
      _count: { select: { tasks: true, assignments: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    rows: rows.map(
      (d): RegisterRow => ({
        id: d.id,
        type: d.type,
        symbol: d.symbol,
        title: d.title,
        issuerName: d.issuer.name,
        issuedOn: isoDate(d.issuedOn),
        status: d.status,
        secret: d.confidentiality === "SECRET",
        taskCount: d._count.tasks,
        assignmentCount: d._count.assignments,
      }),
    ),
  };
}

/** The issuers and years a person can filter the register by. */
export async function registerFacets(user: SessionUser) {
  assertCan(user, "read:directive");
  const visible = directiveVisibleTo(user);
  const [issuers, years] = await Promise.all([
    db().organization.findMany({
      where: { issued: { some: visible } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 200,
    }),
    db().directive.findMany({
      where: { AND: [visible, { year: { not: null } }] },
      distinct: ["year"],
      select: { year: true },
      orderBy: { year: "desc" },
      take: 50,
    }),
  ]);
  return { issuers, years: years.map((y) => y.year as number) };
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

export interface AssignmentView {
  id: number;
  unitId: number;
  unitName: string;
  role: "LEAD" | "COORDINATE";
  dueOn: string | null;
  completedOn: string | null;
  progressPercent: number;
  state: "OPEN" | "SUBMITTED" | "COMPLETED" | "CANCELLED";
  status: AssignmentStatus;
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
          assignments: {
            orderBy: [{ role: "asc" }, { unit: { name: "asc" } }],
            select: {
              id: true,
              role: true,
              state: true,
              dueOn: true,
              completedOn: true,
              progressPercent: true,
              unit: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!directive) return null;
  const today = todayIn(serverConfig().clock);
  const [parent, children, references, citedBy] = await Promise.all([
    directive.parent ? toLinks(user, [directive.parent]).then((l) => l[0]) : Promise.resolve(null),
    toLinks(user, directive.children),
    toLinks(user, directive.references.map((r) => r.to)),
    toLinks(user, directive.referencedBy.map((r) => r.from)),
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
          status: assignmentStatusAsOf(
            { dueOn: isoDate(a.dueOn), completedOn: a.state === "COMPLETED" ? isoDate(a.completedOn) : null, cancelled: a.state === "CANCELLED" },
            today,
          ),
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
    select: { file: { select: { name: true, contentType: true, size: true, storageKey: true } } },
  });
  return d?.file ?? null;
}
