import "server-only";
// Entering and editing a directive of the person's own organisation: every rule of the form is
// checked (those of lib/validation and those that need the database) before one transaction
// writes the directive, its links, its tasks and their assignee rules, and an audit event.
import { Prisma } from "@/lib/generated/prisma/client";
import { todayIn } from "@/lib/domain/clock";
import { formatSymbol, normalizeSymbol } from "@/lib/domain/symbol";
import { fold } from "@/lib/domain/text";
import { format, messages } from "@/lib/i18n/messages";
import { validateDirectiveInput, type DirectiveInput, type ResolvedDirective } from "@/lib/validation/directive";
import { addFieldError, type FieldErrors } from "@/lib/validation/errors";
import { fail, UserFacingError, type ActionResult } from "./action-result";
import { writeAudit } from "./audit";
import { serverConfig } from "./config";
import { dateValue, db, type Tx } from "./db";
import { directiveVisibleTo } from "./scope";
import { assertCan, type SessionUser } from "./session-user";
import { storeFileRow, type SavedFile } from "./files";

const v = messages.validation;

export interface Issuer {
  id: number;
  name: string;
  abbreviation: string | null;
  symbolFamily: "PARTY" | "STATE";
  scopeRootId: number | null;
}

export async function issuerOf(user: SessionUser): Promise<Issuer> {
  return db().organization.findUniqueOrThrow({
    where: { id: user.organizationId },
    select: { id: true, name: true, abbreviation: true, symbolFamily: true, scopeRootId: true },
  });
}

/** The symbol the directive will carry, or a field error. */
export function symbolFor(d: ResolvedDirective, issuer: Issuer): { symbol: string | null; error?: string } {
  if (d.symbolMode === "MANUAL") return { symbol: d.symbol ? normalizeSymbol(d.symbol) : null };
  if (!d.number) return { symbol: null };
  if (!issuer.abbreviation) return { symbol: null, error: v.noAbbreviation };
  try {
    const family = issuer.symbolFamily === "STATE" ? "state" : "party";
    return { symbol: formatSymbol({ family, numberText: d.number, type: d.type, issuerCodes: [issuer.abbreviation] }) };
  } catch {
    return { symbol: null, error: v.cannotFormSymbol };
  }
}

export function directiveSearchText(type: string, symbol: string | null, title: string, issuerName: string): string {
  const typeName = messages.directiveType[type as keyof typeof messages.directiveType] ?? "";
  return fold([typeName, symbol ? `số ${symbol}` : "", title, issuerName].join(" "));
}

/**
 * Units the issuer may give work to: below it, and the subtree it directs. A group (its direct
 * units, those of a kind, its subtree) may also be anchored on the issuer itself — "every unit
 * directly under us" — since the cascade never gives the issuer its own work.
 */
async function checkUnits(d: ResolvedDirective, issuer: Issuer, errors: FieldErrors): Promise<void> {
  const ids = [...new Set(d.tasks.flatMap((t) => t.assignees.map((a) => a.organizationId)))];
  if (!ids.length) return;
  const rows = await db().$queryRaw<{ id: number; name: string; in_scope: boolean }[]>(Prisma.sql`
    SELECT o.id, o.name, EXISTS (
      SELECT 1 FROM organization_closure c WHERE c.descendant_id = o.id
        AND ((c.ancestor_id = ${issuer.id} AND c.depth > 0) OR c.ancestor_id = ${issuer.scopeRootId ?? -1}))
    AS in_scope
    FROM organization o WHERE o.id = ANY(${ids}::int[])`);
  const found = new Map(rows.map((r) => [r.id, r]));
  d.tasks.forEach((t, i) =>
    t.assignees.forEach((a, j) => {
      const unit = found.get(a.organizationId);
      const anchoredOnIssuer = a.organizationId === issuer.id && a.selector !== "UNIT";
      if (!unit) addFieldError(errors, `tasks.${i}.assignees.${j}`, v.unknownUnit);
      else if (!unit.in_scope && !anchoredOnIssuer) addFieldError(errors, `tasks.${i}.assignees.${j}`, format(v.unitOutOfScope, { name: unit.name }));
    }),
  );
}

async function checkLinks(user: SessionUser, d: ResolvedDirective, errors: FieldErrors): Promise<void> {
  const linked = [...new Set([...(d.parentId ? [d.parentId] : []), ...d.referenceIds])];
  if (!linked.length) return;
  if (d.id && d.parentId === d.id) addFieldError(errors, "parentId", v.parentSelf);
  // Links the directive already has stay acceptable even when this person may not open them
  // (26-CV/BCSĐ cites 05-CT/TW, which its office does not hold); new ones must be visible.
  const current = d.id
    ? await db().directive.findUnique({ where: { id: d.id }, select: { parentId: true, references: { select: { toId: true } } } })
    : null;
  const kept = new Set([...(current?.parentId ? [current.parentId] : []), ...(current?.references.map((r) => r.toId) ?? [])]);
  const visible = await db().directive.findMany({
    where: { AND: [directiveVisibleTo(user), { id: { in: linked } }] },
    select: { id: true },
  });
  const ids = new Set([...visible.map((x) => x.id), ...kept]);
  if (d.parentId && !ids.has(d.parentId)) addFieldError(errors, "parentId", v.unknownDirective);
  if (d.referenceIds.some((r) => !ids.has(r) || r === d.id)) addFieldError(errors, "referenceIds", v.unknownDirective);
  if (d.id && d.parentId && d.parentId !== d.id) {
    // Walking up from the new parent must never reach this directive.
    const [cycle] = await db().$queryRaw<{ found: boolean }[]>(Prisma.sql`
      WITH RECURSIVE up(id, parent_id, depth) AS (
        SELECT id, parent_id, 0 FROM directive WHERE id = ${d.parentId}
        UNION ALL SELECT p.id, p.parent_id, up.depth + 1 FROM directive p JOIN up ON p.id = up.parent_id WHERE up.depth < 100
      ) SELECT EXISTS (SELECT 1 FROM up WHERE id = ${d.id}) AS found`);
    if (cycle?.found) addFieldError(errors, "parentId", v.parentCycle);
  }
}

async function writeTasks(tx: Tx, directiveId: number, d: ResolvedDirective): Promise<void> {
  const existing = await tx.task.findMany({ where: { directiveId }, select: { id: true, ordinal: true } });
  const kept = new Set(d.tasks.flatMap((t) => (t.id ? [t.id] : [])));
  if ([...kept].some((id) => !existing.some((e) => e.id === id))) throw new UserFacingError(v.badInput);
  const removed = existing.filter((e) => !kept.has(e.id));
  if (removed.length) {
    const reported = await tx.report.findFirst({
      where: { assignment: { taskId: { in: removed.map((r) => r.id) } } },
      select: { assignment: { select: { task: { select: { ordinal: true } } } } },
    });
    if (reported) throw new UserFacingError(format(v.cannotRemoveTask, { ordinal: reported.assignment.task.ordinal }));
    await tx.assignment.deleteMany({ where: { taskId: { in: removed.map((r) => r.id) } } });
    await tx.task.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
  }
  // Ordinals are unique per directive: move the kept ones out of the way before renumbering.
  await tx.$executeRaw`UPDATE task SET ordinal = -ordinal WHERE directive_id = ${directiveId}`;
  for (const t of d.tasks) {
    const data = {
      ordinal: t.ordinal,
      title: t.title,
      description: t.description || null,
      deadlineKind: t.deadlineKind,
      deadlineText: t.deadlineText,
      dueOn: dateValue(t.dueOn),
      reportingCycle: t.reportingCycle,
      targetValue: t.targetValue === null ? null : new Prisma.Decimal(t.targetValue),
      targetUnit: t.targetValue === null ? null : t.targetUnit || null,
      requiresOwnPlan: t.requiresOwnPlan,
    };
    const taskId = t.id
      ? (await tx.task.update({ where: { id: t.id }, data, select: { id: true } })).id
      : (await tx.task.create({ data: { ...data, directiveId }, select: { id: true } })).id;
    await tx.taskAssignee.deleteMany({ where: { taskId } });
    await tx.taskAssignee.createMany({
      data: t.assignees.map((a) => ({
        taskId,
        role: a.role,
        selector: a.selector,
        organizationId: a.organizationId,
        organizationKind: a.selector === "KIND_BELOW" ? a.organizationKind : null,
      })),
    });
  }
}

/** Creates (no id) or updates a directive of the person's organisation. Issuing is a separate step. */
export async function saveDirective(user: SessionUser, raw: unknown, file: SavedFile | null = null): Promise<ActionResult<{ id: number }>> {
  assertCan(user, "create:directive");
  const today = todayIn(serverConfig().clock);
  const validated = validateDirectiveInput(raw, today);
  if (!validated.ok) return fail(messages.editor.formError, validated.fieldErrors);
  const d = validated.value;
  const issuer = await issuerOf(user);

  if (d.id) {
    const current = await db().directive.findFirst({ where: { id: d.id, issuerId: issuer.id }, select: { status: true } });
    if (!current) return fail(v.notFound);
    if (current.status === "RECALLED") return fail(v.notEditable);
  }

  const errors: FieldErrors = {};
  const { symbol, error: symbolError } = symbolFor(d, issuer);
  if (symbolError) addFieldError(errors, d.symbolMode === "MANUAL" ? "symbol" : "number", symbolError);
  const year = d.issuedOn ? Number(d.issuedOn.slice(0, 4)) : null;
  if (symbol && year) {
    const taken = await db().directive.findFirst({
      where: { issuerId: issuer.id, year, symbol, ...(d.id ? { id: { not: d.id } } : {}) },
      select: { id: true },
    });
    if (taken) addFieldError(errors, d.symbolMode === "MANUAL" ? "symbol" : "number", format(v.symbolTaken, { year }));
  }
  await checkLinks(user, d, errors);
  await checkUnits(d, issuer, errors);
  if (d.sourceAssignmentId) {
    // Only the unit given the work plans it, and its plan implements the directive that gave it.
    const source = await db().assignment.findUnique({ where: { id: d.sourceAssignmentId }, select: { unitId: true, directiveId: true } });
    if (!source || source.unitId !== issuer.id) addFieldError(errors, "form", messages.workErrors.ownPlanNotAllowed);
    else if (d.parentId !== source.directiveId) addFieldError(errors, "parentId", v.unknownDirective);
  }
  if (Object.keys(errors).length) return fail(messages.editor.formError, errors);

  const fields = {
    type: d.type,
    number: d.symbolMode === "AUTO" ? d.number || null : (symbol?.match(/^\d+/)?.[0] ?? null),
    symbol,
    issuedOn: dateValue(d.issuedOn),
    year,
    title: d.title,
    summary: d.summary || null,
    body: d.body || null,
    confidentiality: d.confidentiality,
    parentId: d.parentId,
    sourceAssignmentId: d.sourceAssignmentId,
    searchText: directiveSearchText(d.type, symbol, d.title, issuer.name),
  };
  try {
    const id = await db().$transaction(
      async (tx) => {
        const fileId = file
          ? (await storeFileRow(tx, file, user.id))
          : undefined;
        const directive = d.id
          ? await tx.directive.update({ where: { id: d.id }, data: { ...fields, ...(fileId ? { fileId } : {}) }, select: { id: true } })
          : await tx.directive.create({ data: { ...fields, issuerId: issuer.id, createdById: user.id, fileId }, select: { id: true } });
        await tx.directiveReference.deleteMany({ where: { fromId: directive.id } });
        if (d.referenceIds.length) {
          await tx.directiveReference.createMany({ data: d.referenceIds.map((toId) => ({ fromId: directive.id, toId })) });
        }
        await writeTasks(tx, directive.id, d);
        await writeAudit(tx, {
          actorId: user.id,
          action: d.id ? "directive.update" : "directive.create",
          entityType: "directive",
          entityId: directive.id,
          organizationId: issuer.id,
          data: { symbol, tasks: d.tasks.length },
        });
        return directive.id;
      },
      { maxWait: 20_000, timeout: 60_000 },
    );
    return { ok: true, value: { id }, message: messages.editor.saved };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail(messages.editor.formError, { [d.symbolMode === "MANUAL" ? "symbol" : "number"]: [format(v.symbolTaken, { year: year ?? "" })] });
    }
    throw error;
  }
}

export interface EditorLabels {
  parent: { id: number; label: string; title: string } | null;
  references: { id: number; label: string; title: string }[];
  units: Record<number, { name: string; kind: string }>;
}

function label(d: { type: string; symbol: string | null }): string {
  const typeName = messages.directiveType[d.type as keyof typeof messages.directiveType] ?? d.type;
  return d.symbol ? `${typeName} số ${d.symbol}` : typeName;
}

/** A directive of the person's organisation as the form edits it, with the names the form shows. */
export async function getDirectiveForEdit(user: SessionUser, id: number) {
  assertCan(user, "create:directive");
  const d = await db().directive.findFirst({
    where: { id, issuerId: user.organizationId },
    select: {
      id: true,
      type: true,
      number: true,
      symbol: true,
      issuedOn: true,
      title: true,
      summary: true,
      body: true,
      status: true,
      confidentiality: true,
      sourceAssignmentId: true,
      parent: { select: { id: true, type: true, symbol: true, title: true } },
      references: { select: { to: { select: { id: true, type: true, symbol: true, title: true } } } },
      file: { select: { name: true } },
      tasks: {
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          title: true,
          description: true,
          deadlineText: true,
          dueOn: true,
          reportingCycle: true,
          targetValue: true,
          targetUnit: true,
          requiresOwnPlan: true,
          assignees: {
            orderBy: { id: "asc" },
            select: { role: true, selector: true, organizationKind: true, organization: { select: { id: true, name: true, kind: true } } },
          },
        },
      },
    },
  });
  if (!d) return null;
  const issuer = await issuerOf(user);
  const units: EditorLabels["units"] = {};
  for (const t of d.tasks) for (const a of t.assignees) units[a.organization.id] = { name: a.organization.name, kind: a.organization.kind };
  // A symbol this form would form by itself from the number is shown that way; anything else as written.
  const autoSymbol = d.number ? symbolFor({ symbolMode: "AUTO", number: d.number, type: d.type } as ResolvedDirective, issuer).symbol : null;
  const manual = Boolean(d.symbol) && d.symbol !== autoSymbol;
  const issuedOn = d.issuedOn ? d.issuedOn.toISOString().slice(0, 10) : "";
  return {
    status: d.status,
    issuer,
    fileName: d.file?.name ?? null,
    labels: {
      parent: d.parent ? { id: d.parent.id, label: label(d.parent), title: d.parent.title } : null,
      references: d.references.map((r) => ({ id: r.to.id, label: label(r.to), title: r.to.title })),
      units,
    } satisfies EditorLabels,
    input: {
      id: d.id,
      type: d.type,
      symbolMode: manual ? ("MANUAL" as const) : ("AUTO" as const),
      number: manual ? "" : (d.number ?? ""),
      symbol: manual ? (d.symbol ?? "") : "",
      issuedOn,
      title: d.title,
      summary: d.summary ?? "",
      body: d.body ?? "",
      parentId: d.parent?.id ?? null,
      referenceIds: d.references.map((r) => r.to.id),
      confidentiality: d.confidentiality,
      sourceAssignmentId: d.sourceAssignmentId,
      tasks: d.tasks.map((t) => ({
        id: t.id,
        title: t.title,
        description: t.description ?? "",
        // A deadline entered as a date is shown back as one, so it resolves to the same day.
        deadlineText: t.deadlineText ?? (t.dueOn ? t.dueOn.toISOString().slice(0, 10).split("-").reverse().join("/") : ""),
        reportingCycle: t.reportingCycle,
        targetValue: t.targetValue === null ? null : Number(t.targetValue),
        targetUnit: t.targetUnit ?? "",
        requiresOwnPlan: t.requiresOwnPlan,
        assignees: t.assignees.map((a) => ({
          role: a.role,
          selector: a.selector,
          organizationId: a.organization.id,
          organizationKind: a.organizationKind,
        })),
      })),
    },
  };
}

export type DirectiveForEdit = NonNullable<Awaited<ReturnType<typeof getDirectiveForEdit>>>;

/** A unit's own plan for one of its assignments, prefilled: a Kế hoạch implementing the directive that gave the work, with the received task as a start. */
export async function ownPlanDraft(user: SessionUser, assignmentId: number): Promise<{ input: DirectiveInput; parent: EditorLabels["parent"] } | null> {
  assertCan(user, "create:directive");
  const a = await db().assignment.findFirst({
    where: { id: assignmentId, unitId: user.organizationId, state: { in: ["OPEN", "SUBMITTED"] }, directive: { status: "ISSUED" } },
    select: {
      dueOn: true,
      directive: { select: { id: true, type: true, symbol: true, title: true } },
      task: { select: { title: true, description: true, deadlineText: true, dueOn: true, reportingCycle: true } },
    },
  });
  if (!a) return null;
  return {
    parent: { id: a.directive.id, label: label(a.directive), title: a.directive.title },
    input: {
      type: "KE_HOACH",
      symbolMode: "AUTO",
      number: "",
      issuedOn: "",
      title: `Kế hoạch thực hiện ${label(a.directive)}`,
      parentId: a.directive.id,
      sourceAssignmentId: assignmentId,
      referenceIds: [],
      confidentiality: "NORMAL",
      tasks: [
        {
          title: a.task.title,
          description: a.task.description ?? "",
          // The unit's own due date (extended, perhaps), not the task's original wording.
          deadlineText: a.dueOn ? a.dueOn.toISOString().slice(0, 10).split("-").reverse().join("/") : (a.task.deadlineText ?? ""),
          reportingCycle: a.task.reportingCycle,
          assignees: [],
        },
      ],
    },
  };
}
