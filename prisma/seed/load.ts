// Loads the demo data into an empty database in one transaction: the organisation forest, the
// demo users, the historic directives of the sources and the current year's directives around
// `today`. The data files name things by code, key and username; this file resolves them to ids,
// resolves deadline phrases with parseDeadline and checks the data's own consistency first, so a
// mistake in the data fails before anything is written.
import { addDays, isIsoDate, vietnamMidnight, type IsoDate } from "@/lib/domain/calendar";
import { parseDeadline } from "@/lib/domain/deadline";
import { normalizeSymbol, parseSymbol } from "@/lib/domain/symbol";
import { fold } from "@/lib/domain/text";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DeadlineKind, ReportingCycle } from "@/lib/generated/prisma/enums";
import { domain } from "@/lib/i18n/vi/domain";
import { dateValue, type Tx } from "@/lib/server/db";
import { insertOrganization } from "@/lib/server/organization-tree";
import { refreshReportDue } from "@/lib/server/report-due";
import { currentYearDirectives } from "./current-year";
import { HISTORIC_DIRECTIVES } from "./historic-directives";
import { ORGANIZATIONS, organizationByCode } from "./organizations";
import type { DirectiveSeed, TaskSeed } from "./types";
import { authorFor, DEMO_PASSWORD, reviewerFor, USERS } from "./users";

// A type alias rather than an interface, so callers may pass it where a plain record is expected.
export type DemoCounts = {
  organizations: number;
  directives: number;
  tasks: number;
  assignments: number;
  reports: number;
  users: number;
};

const HOUR = 3_600_000;
/** A moment on a Vietnam calendar day, so timestamps show on the intended day in the app. */
const at = (iso: IsoDate, hours: number) => new Date(vietnamMidnight(iso).getTime() + hours * HOUR);

export interface ResolvedTask extends TaskSeed {
  deadlineKind: DeadlineKind;
  dueOn: IsoDate | null;
  reportingCycle: ReportingCycle;
}

function fail(where: string, message: string): never {
  throw new Error(`Demo data, ${where}: ${message}`);
}

function resolveTask(d: DirectiveSeed, t: TaskSeed, ordinal: number): ResolvedTask {
  const where = `${d.key} task ${ordinal}`;
  if (t.title.length > 300) fail(where, "title longer than 300 characters");
  if (t.deadlineText === null) return { ...t, deadlineKind: "ONGOING", dueOn: null, reportingCycle: "NONE" };
  const parsed = parseDeadline(t.deadlineText, d.issuedOn ? { referenceDate: d.issuedOn } : undefined);
  if (!parsed) fail(where, `deadline "${t.deadlineText}" does not parse`);
  return { ...t, deadlineKind: parsed.kind, dueOn: parsed.dueOn, reportingCycle: parsed.reportingCycle };
}

/** Checks the links and the story of every directive; returns the tasks with their deadlines resolved. */
function prepare(directives: readonly DirectiveSeed[], today: IsoDate): Map<string, ResolvedTask[]> {
  const keys = new Set<string>();
  for (const d of directives) {
    if (keys.has(d.key)) fail(d.key, "duplicate key");
    keys.add(d.key);
  }
  const out = new Map<string, ResolvedTask[]>();
  for (const d of directives) {
    organizationByCode(d.issuer);
    if (d.symbol !== null && normalizeSymbol(d.symbol) !== d.symbol) fail(d.key, `symbol ${d.symbol} is not canonical`);
    if ((d.status === "DRAFT") !== (d.issuedOn === null)) fail(d.key, "a draft has no issue date and an issued directive has one");
    for (const k of [...(d.parent ? [d.parent] : []), ...(d.references ?? [])]) if (!keys.has(k)) fail(d.key, `unknown linked directive ${k}`);
    const tasks = d.tasks.map((t, i) => resolveTask(d, t, i + 1));
    for (const [i, t] of tasks.entries()) {
      const where = `${d.key} task ${i + 1}`;
      if (d.status === "DRAFT" && t.assignments.length > 0) fail(where, "a draft has no assignments");
      const units = new Set<string>();
      for (const a of t.assignments) {
        organizationByCode(a.unit);
        if (units.has(a.unit)) fail(where, `${a.unit} assigned twice`);
        units.add(a.unit);
        if ((a.state === "COMPLETED") !== (a.completedOn !== undefined)) fail(where, `${a.unit}: completedOn goes with COMPLETED`);
        if (a.completedOn && a.completedOn > today) fail(where, `${a.unit} completed after today`);
        for (const r of a.reports) {
          if (d.issuedOn && r.submittedOn < d.issuedOn) fail(where, `${a.unit} reported before the directive was issued`);
          if (r.submittedOn > today || (r.reviewedOn && r.reviewedOn > today)) fail(where, `${a.unit} has a report dated after today`);
          if (r.reviewedOn && r.reviewedOn < r.submittedOn) fail(where, `${a.unit} has a report reviewed before it was submitted`);
        }
      }
    }
    out.set(d.key, tasks);
  }
  return out;
}

/**
 * The directives to load for `today`, checked, with each task's deadline resolved. Pure: tests use
 * it to check the data for every day of a year without a database.
 */
export function prepareDemoData(today: IsoDate): { directives: DirectiveSeed[]; tasksByKey: Map<string, ResolvedTask[]> } {
  const directives = [...HISTORIC_DIRECTIVES, ...currentYearDirectives(today)];
  return { directives, tasksByKey: prepare(directives, today) };
}

function searchText(d: DirectiveSeed): string {
  const parts = [domain.directiveType[d.type], d.symbol ? `số ${d.symbol}` : "", d.title, organizationByCode(d.issuer).name];
  return fold(parts.filter(Boolean).join(" "));
}

/**
 * Inserts the demo data. Refuses a database that already has organisations: whether to seed is
 * the caller's decision, and loading over real data must never happen by accident.
 */
export async function loadDemoData(
  prisma: PrismaClient,
  opts: { today: string; hashPassword(p: string): Promise<string> },
): Promise<DemoCounts> {
  const today = opts.today;
  if (!isIsoDate(today)) throw new RangeError(`loadDemoData: today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  const { directives, tasksByKey } = prepareDemoData(today);
  // Hashing is slow by design; it happens before the transaction so the transaction stays short.
  const hashes = new Map<string, string>();
  for (const u of USERS) hashes.set(u.username, await opts.hashPassword(DEMO_PASSWORD));

  return prisma.$transaction(
    async (tx) => {
      if ((await tx.organization.count()) > 0) {
        throw new Error("loadDemoData: the database already has organisations; demo data is loaded only into an empty database");
      }
      const orgId = await insertOrganizations(tx);
      const userId = new Map<string, number>();
      for (const u of USERS) {
        const created = await tx.user.create({
          data: { username: u.username, name: u.name, role: u.role, organizationId: orgId(u.organization), passwordHash: hashes.get(u.username)! },
          select: { id: true },
        });
        userId.set(u.username, created.id);
      }
      const userOf = (username: string | null) => (username ? (userId.get(username) ?? null) : null);

      const directiveId = new Map<string, number>();
      for (const d of directives) {
        const parsed = d.symbol ? parseSymbol(d.symbol) : null;
        const created = await tx.directive.create({
          data: {
            type: d.type,
            number: parsed?.ok ? parsed.value.numberText : null,
            symbol: d.symbol,
            issuerId: orgId(d.issuer),
            issuedOn: dateValue(d.issuedOn),
            year: d.issuedOn ? Number(d.issuedOn.slice(0, 4)) : null,
            title: d.title,
            summary: d.summary ?? null,
            status: d.status,
            confidentiality: d.confidentiality ?? "NORMAL",
            searchText: searchText(d),
            createdById: userOf(reviewerFor(d.issuer)),
            issuedAt: d.issuedOn ? at(d.issuedOn, 16) : null,
            createdAt: at(d.issuedOn ?? addDays(today, -2), 8),
          },
          select: { id: true },
        });
        directiveId.set(d.key, created.id);
      }
      const idOf = (key: string) => directiveId.get(key)!;
      for (const d of directives) {
        if (d.parent) await tx.directive.update({ where: { id: idOf(d.key) }, data: { parentId: idOf(d.parent) } });
      }
      const references = directives.flatMap((d) => (d.references ?? []).map((r) => ({ fromId: idOf(d.key), toId: idOf(r) })));
      await tx.directiveReference.createMany({ data: references });

      let tasks = 0;
      let assignments = 0;
      let reports = 0;
      for (const d of directives) {
        const resolved = tasksByKey.get(d.key)!;
        if (resolved.length === 0) continue;
        const id = idOf(d.key);
        const createdTasks = await tx.task.createManyAndReturn({
          data: resolved.map((t, i) => ({
            directiveId: id,
            ordinal: i + 1,
            title: t.title,
            description: t.description,
            deadlineKind: t.deadlineKind,
            deadlineText: t.deadlineText,
            dueOn: dateValue(t.dueOn),
            reportingCycle: t.reportingCycle,
            targetValue: t.targetValue ?? null,
            targetUnit: t.targetUnit ?? null,
            requiresOwnPlan: t.requiresOwnPlan ?? false,
          })),
          select: { id: true, ordinal: true },
        });
        tasks += createdTasks.length;
        const taskId = new Map(createdTasks.map((t) => [t.ordinal, t.id]));
        const rows = resolved.flatMap((t, i) => t.assignments.map((a) => ({ task: t, ordinal: i + 1, a })));
        if (rows.length === 0) continue;
        const createdAssignments = await tx.assignment.createManyAndReturn({
          data: rows.map(({ task, ordinal, a }) => ({
            taskId: taskId.get(ordinal)!,
            directiveId: id,
            unitId: orgId(a.unit),
            role: a.role,
            state: a.state,
            dueOn: dateValue(task.dueOn),
            completedOn: dateValue(a.completedOn),
            progressPercent: a.progressPercent,
          })),
          select: { id: true, taskId: true, unitId: true },
        });
        assignments += createdAssignments.length;
        // Matched on (task, unit), the assignment's unique key, rather than on RETURNING order.
        const assignmentId = new Map(createdAssignments.map((a) => [`${a.taskId}:${a.unitId}`, a.id]));
        const reviewer = userOf(reviewerFor(d.issuer));
        const reportRows = rows.flatMap(({ ordinal, a }) =>
          a.reports.map((r, n) => ({
            assignmentId: assignmentId.get(`${taskId.get(ordinal)}:${orgId(a.unit)}`)!,
            authorId: userOf(authorFor(a.unit)),
            periodKey: r.periodKey ?? null,
            content: r.content,
            progressPercent: r.progressPercent,
            achievedValue: r.achievedValue ?? null,
            denominator: r.denominator ?? null,
            requestsCompletion: r.requestsCompletion,
            status: r.status,
            // Mornings for submissions, afternoons for reviews: a same-day review still comes after.
            submittedAt: at(r.submittedOn, 8 + ((n * 3 + ordinal) % 4)),
            reviewedById: r.reviewedOn ? reviewer : null,
            reviewedAt: r.reviewedOn ? at(r.reviewedOn, 14 + (n % 3)) : null,
            reviewNote: r.reviewNote ?? null,
          })),
        );
        if (reportRows.length) reports += (await tx.report.createMany({ data: reportRows })).count;
      }

      // The demo's assignments were written unit by unit; record them as the tasks' assignee
      // rules too, so editing and re-issuing a demo directive starts from what it already gave.
      await tx.$executeRawUnsafe(
        `INSERT INTO task_assignee (task_id, role, selector, organization_id)
         SELECT task_id, role, 'UNIT', unit_id FROM assignment ORDER BY task_id, role, unit_id`,
      );

      // Each unit received its work the day the directive was issued; ongoing tasks with a reporting
      // cycle then owe one report per period from that day, so their next report date follows.
      await tx.$executeRawUnsafe(
        `UPDATE assignment a SET created_at = (d.issued_on + time '03:00')::timestamptz
         FROM directive d WHERE d.id = a.directive_id AND d.issued_on IS NOT NULL`,
      );
      const ongoing = await tx.assignment.findMany({
        where: { dueOn: null, task: { reportingCycle: { not: "NONE" } } },
        select: { id: true },
      });
      for (const a of ongoing) await refreshReportDue(tx, a.id);

      const counts: DemoCounts = {
        organizations: ORGANIZATIONS.length,
        directives: directives.length,
        tasks,
        assignments,
        reports,
        users: USERS.length,
      };
      await tx.auditEvent.create({
        data: { actorId: null, action: "demo.load", entityType: "system", data: { today, ...counts } },
      });
      return counts;
    },
    { timeout: 120_000 },
  );
}

/**
 * The party signs `04-KH/BTCTW`, the state `12/CT-TTg`. Everything under Trung ương Đảng is party;
 * under Chính phủ the ministries and their departments are state, while the party bodies inside a
 * ministry (đảng ủy, chi bộ, the offices of the Ban Cán sự đảng and the Đảng ủy) sign as the party.
 */
function symbolFamilyOf(o: (typeof ORGANIZATIONS)[number]): "PARTY" | "STATE" {
  let root = o;
  while (root.parent) root = organizationByCode(root.parent);
  if (root.code === "TW") return "PARTY";
  if (o.kind === "COMMITTEE" || o.kind === "CELL") return "PARTY";
  if (o.kind === "ADVISORY_BOARD" && /Đảng|đảng/.test(o.name)) return "PARTY";
  return "STATE";
}

/** Inserts the forest through insertOrganization (closure rows included), then the scope links, which may point forward. */
async function insertOrganizations(tx: Tx): Promise<(code: string) => number> {
  const ids = new Map<string, number>();
  const idOf = (code: string) => ids.get(code) ?? fail(code, "organisation not inserted yet");
  for (const o of ORGANIZATIONS) {
    const { id } = await insertOrganization(tx, {
      code: o.code,
      name: o.name,
      abbreviation: o.abbreviation,
      kind: o.kind,
      symbolFamily: symbolFamilyOf(o),
      parentId: o.parent ? idOf(o.parent) : null,
    });
    ids.set(o.code, id);
  }
  for (const o of ORGANIZATIONS) {
    if (o.scopeRoot) await tx.organization.update({ where: { id: idOf(o.code) }, data: { scopeRootId: idOf(o.scopeRoot) } });
  }
  return idOf;
}
