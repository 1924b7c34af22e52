import "server-only";
// A draft directive from pasted text: the pure parser reads it, then its units are matched to the
// organisations this office may give work to and its cited symbols to the register this person can
// open. Nothing is written: the draft only fills the form, which the person checks and saves.
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { parseDirectiveText } from "@/lib/domain/parser/draft";
import { MAX_PARSE_CHARS } from "@/lib/domain/parser/input";
import { matchOrganization, type OrgEntry } from "@/lib/domain/parser/org-match";
import type { ProposedTask } from "@/lib/domain/parser/types";
import { format, messages } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/validation/directive";
import { fail, type ActionResult } from "./action-result";
import { db } from "./db";
import { issuerOf } from "./directive-editor";
import { assignableTo } from "./pickers";
import { directiveVisibleTo } from "./scope";
import { assertCan, type SessionUser } from "./session-user";

const m = messages.parser;
// A scope larger than this is matched on the first units only; the person picks the rest.
const MAX_UNITS = 20_000;

interface UnitRow extends OrgEntry {
  id: number;
  kind: OrganizationKind;
}

export interface DraftAssigneeOut {
  role: "LEAD" | "COORDINATE";
  selector: "UNIT" | "CHILDREN";
  organizationId: number;
  organizationKind: null;
}

export interface TextDraft {
  input: {
    type: string;
    symbolMode: "AUTO" | "MANUAL";
    number: string;
    symbol: string;
    issuedOn: string;
    title: string;
    summary: string;
    body: string;
    parentId: number | null;
    referenceIds: number[];
    confidentiality: "NORMAL";
    tasks: {
      title: string;
      description: string;
      deadlineText: string;
      reportingCycle: "NONE" | "MONTHLY" | "QUARTERLY" | "HALF_YEARLY" | "YEARLY";
      targetValue: null;
      targetUnit: string;
      requiresOwnPlan: boolean;
      assignees: DraftAssigneeOut[];
    }[];
  };
  /** Names for the chosen directives and units, as the form shows them. */
  labels: { parent: { id: number; label: string; title: string } | null; references: { id: number; label: string; title: string }[]; units: Record<number, { name: string; kind: string }> };
  /** The words each proposed field came from, keyed by the form's field path ("symbol", "tasks.0.deadlineText"). */
  sources: Record<string, string>;
  /** What could not be matched: units not in the list, directives not in the register. */
  notes: string[];
  /** Symbols to offer for creation. */
  missingDirectives: string[];
  counts: { tasks: number; units: number };
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

function typeLabel(type: string): string {
  return messages.directiveType[type as keyof typeof messages.directiveType] ?? type;
}

/** Group mentions ("các đơn vị thuộc, trực thuộc Bộ", "các đảng ủy, chi ủy trực thuộc") go to every unit directly under the body the office directs. */
function groupAnchor(issuer: { id: number; scopeRootId: number | null }, units: UnitRow[]): UnitRow | null {
  return units.find((u) => u.id === issuer.id) ?? units.find((u) => u.id === issuer.scopeRootId) ?? null;
}

function assigneesOf(task: ProposedTask, issuer: { id: number; scopeRootId: number | null; name: string }, units: UnitRow[], context: string[], notes: Set<string>, known: Record<number, { name: string; kind: string }>): DraftAssigneeOut[] {
  const out: DraftAssigneeOut[] = [];
  for (const a of task.assignments) {
    const role = a.role === "coordinate" ? "COORDINATE" : "LEAD";
    let unit: UnitRow | null;
    let selector: DraftAssigneeOut["selector"] = "UNIT";
    if (a.unit.group) {
      unit = groupAnchor(issuer, units);
      selector = "CHILDREN";
    } else {
      unit = matchOrganization(a.unit.name, units, { context })?.org ?? null;
    }
    if (!unit || (unit.id === issuer.id && selector === "UNIT")) {
      notes.add(format(m.unknownUnit, { name: a.unit.name }));
      continue;
    }
    known[unit.id] = { name: unit.name, kind: unit.kind };
    if (!out.some((x) => x.organizationId === unit.id && x.selector === selector)) out.push({ role, selector, organizationId: unit.id, organizationKind: null });
  }
  return out;
}

export async function draftFromText(user: SessionUser, raw: unknown): Promise<ActionResult<TextDraft>> {
  assertCan(user, "create:directive");
  if (typeof raw === "string" && raw.length > MAX_PARSE_CHARS) return fail(m.errors.TOO_LARGE, { text: [m.errors.TOO_LARGE] });
  const parsed = parseDirectiveText(raw);
  if (!parsed.ok) return fail(m.errors[parsed.error], { text: [m.errors[parsed.error]] });
  const d = parsed.draft;
  const issuer = await issuerOf(user);
  const units = await db().$queryRaw<UnitRow[]>(Prisma.sql`
    SELECT o.id, o.code, o.name, o.abbreviation, o.kind, p.name AS "parentName"
    FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
    WHERE ${assignableTo(issuer)}
    ORDER BY o.depth, o.id LIMIT ${MAX_UNITS}`);
  const scopeRoot = units.find((u) => u.id === issuer.scopeRootId);
  const context = [issuer.name, ...(scopeRoot ? [scopeRoot.name] : []), ...(d.issuer ? [d.issuer.value] : [])];

  const symbols = [...new Set([...d.implements, ...d.references].map((l) => l.symbol))];
  const found = symbols.length
    ? await db().directive.findMany({
        where: { AND: [directiveVisibleTo(user), { symbol: { in: symbols } }] },
        orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }],
        select: { id: true, type: true, symbol: true, title: true },
      })
    : [];
  const bySymbol = new Map<string, (typeof found)[number]>();
  for (const x of found) if (x.symbol && !bySymbol.has(x.symbol)) bySymbol.set(x.symbol, x);
  const chosen = (symbol: string) => {
    const x = bySymbol.get(symbol);
    return x ? { id: x.id, label: `${typeLabel(x.type)} số ${x.symbol}`, title: x.title } : null;
  };
  const notes = new Set<string>();
  const missingDirectives = symbols.filter((s) => !bySymbol.has(s));
  for (const s of missingDirectives) notes.add(format(m.unknownDirective, { symbol: s }));

  const linked = d.implements.map((l) => chosen(l.symbol)).filter((x) => x !== null);
  const parent = linked[0] ?? null;
  const references = [...linked.slice(1), ...d.references.map((l) => chosen(l.symbol)).filter((x) => x !== null)]
    .filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i && x.id !== parent?.id)
    .slice(0, LIMITS.references);

  const sources: Record<string, string> = {};
  if (d.symbol) sources.symbol = d.symbol.span.text;
  if (d.type) sources.type = d.type.span.text;
  if (d.issuedOn) sources.issuedOn = d.issuedOn.span.text;
  if (d.title) sources.title = clip(d.title.span.text, 300);
  if (d.implements[0]) sources.parentId = d.implements[0].span.text;
  if (d.references.length) sources.referenceIds = d.references.map((l) => l.span.text).join("; ");

  const knownUnits: Record<number, { name: string; kind: string }> = {};
  const tasks = d.tasks.slice(0, LIMITS.tasks).map((t, i) => {
    const assignees = assigneesOf(t, issuer, units, context, notes, knownUnits);
    sources[`tasks.${i}.title`] = clip(t.span.text, 300);
    if (t.deadline) sources[`tasks.${i}.deadlineText`] = t.deadline.span.text;
    sources[`tasks.${i}.assignees`] = t.assignments.map((a) => a.unit.span.text).join("; ");
    if (assignees.length && !assignees.some((a) => a.role === "LEAD")) assignees.forEach((a) => (a.role = "LEAD"));
    if (!assignees.length) notes.add(format(m.noLead, { ordinal: i + 1 }));
    return {
      title: clip(t.text, 300),
      description: clip(t.span.text, LIMITS.taskDescription),
      deadlineText: t.deadline ? clip(t.deadline.text, LIMITS.deadlineText) : "",
      reportingCycle: t.deadline?.reportingCycle ?? "NONE",
      targetValue: null,
      targetUnit: "",
      requiresOwnPlan: /xây dựng (?:kế hoạch|chương trình)/iu.test(t.text),
      assignees,
    };
  });

  return {
    ok: true,
    value: {
      input: {
        type: d.type?.value ?? "CONG_VAN",
        symbolMode: d.symbol ? "MANUAL" : issuer.abbreviation ? "AUTO" : "MANUAL",
        number: "",
        symbol: d.symbol?.value ?? "",
        issuedOn: d.issuedOn?.value ?? "",
        title: d.title ? clip(d.title.value, LIMITS.title) : "",
        summary: "",
        body: clip(d.text, LIMITS.body),
        parentId: parent?.id ?? null,
        referenceIds: references.map((r) => r.id),
        confidentiality: "NORMAL",
        tasks,
      },
      labels: { parent, references, units: knownUnits },
      sources,
      notes: [...notes],
      missingDirectives,
      counts: { tasks: tasks.length, units: new Set(tasks.flatMap((t) => t.assignees.map((a) => a.organizationId))).size },
    },
  };
}
