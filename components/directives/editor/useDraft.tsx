"use client";
// The directive form's working copy: what the person edits (text as typed, stable keys for
// React and for field ids), how it becomes the DirectiveInput JSON the action receives, and
// where each error path of that JSON is shown.
import { useCallback, useRef, useState } from "react";
import { formatSymbol } from "@/lib/domain/symbol";
import type { DirectiveType } from "@/lib/domain/directive-type";
import type { ReportingCycle } from "@/lib/domain/deadline";
import { messages } from "@/lib/i18n/messages";
import { assigneeRuleLabel } from "@/components/directives/labels";
import type { ASSIGNEE_SELECTORS, DirectiveInput, ORGANIZATION_KINDS } from "@/lib/validation/directive";

export type Role = "LEAD" | "COORDINATE";
export type Selector = (typeof ASSIGNEE_SELECTORS)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface IssuerView {
  id: number;
  name: string;
  abbreviation: string | null;
  symbolFamily: "PARTY" | "STATE";
}

export interface DraftAssignee {
  key: string;
  role: Role;
  selector: Selector;
  organizationId: number;
  organizationKind: OrganizationKind | null;
}

export interface DraftTask {
  key: string;
  id?: number;
  title: string;
  description: string;
  deadlineText: string;
  reportingCycle: ReportingCycle;
  /** As typed: "100", "99,5"; turned into a number when sent. */
  targetValue: string;
  targetUnit: string;
  requiresOwnPlan: boolean;
  assignees: DraftAssignee[];
}

export interface Draft {
  id?: number;
  type: DirectiveType;
  symbolMode: "AUTO" | "MANUAL";
  number: string;
  symbol: string;
  /** dd/MM/yyyy as typed. */
  issuedOn: string;
  title: string;
  summary: string;
  body: string;
  parentId: number | null;
  referenceIds: number[];
  confidentiality: "NORMAL" | "SECRET";
  /** For a unit's own plan: the assignment it answers; kept through every save. */
  sourceAssignmentId: number | null;
  /** Keys of loaded items are positional ("k0", "k0-1"), so server and browser render the same
   *  ids; items added in the browser get "n0", "n1"… */
  tasks: DraftTask[];
}

export type DraftField = Exclude<keyof Draft, "tasks" | "id">;
export type TaskField = Exclude<keyof DraftTask, "key" | "id" | "assignees">;

/** The shape getDirectiveForEdit returns as `input`, or a blank one for a new directive. */
export interface InitialInput {
  id?: number;
  type: DirectiveType;
  symbolMode: "AUTO" | "MANUAL";
  number: string;
  symbol: string;
  issuedOn: string;
  title: string;
  summary: string;
  body: string;
  parentId: number | null;
  referenceIds: number[];
  confidentiality: "NORMAL" | "SECRET";
  sourceAssignmentId?: number | null;
  tasks: {
    id?: number;
    title: string;
    description: string;
    deadlineText: string;
    reportingCycle: ReportingCycle;
    targetValue: number | null;
    targetUnit: string;
    requiresOwnPlan: boolean;
    assignees: { role: Role; selector: Selector; organizationId: number; organizationKind: OrganizationKind | null }[];
  }[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function draftFromInput(input: InitialInput): Draft {
  return {
    ...input,
    sourceAssignmentId: input.sourceAssignmentId ?? null,
    issuedOn: ISO.test(input.issuedOn) ? input.issuedOn.split("-").reverse().join("/") : input.issuedOn,
    tasks: input.tasks.map((t, i) => ({
      ...t,
      key: `k${i}`,
      targetValue: t.targetValue === null ? "" : String(t.targetValue).replace(".", ","),
      assignees: t.assignees.map((a, j) => ({ ...a, key: `k${i}-${j}` })),
    })),
  };
}

export function blankTask(key: string): DraftTask {
  return { key, title: "", description: "", deadlineText: "", reportingCycle: "NONE", targetValue: "", targetUnit: "", requiresOwnPlan: false, assignees: [] };
}

/** "100" → 100, "99,5" → 99.5, "" → null; anything else is sent as typed so the server names the error. */
function targetNumber(text: string): number | null | string {
  const t = text.trim();
  if (!t) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : t;
}

export function toPayload(d: Draft): DirectiveInput {
  return {
    ...(d.id ? { id: d.id } : {}),
    type: d.type,
    symbolMode: d.symbolMode,
    number: d.symbolMode === "AUTO" ? d.number.trim() : "",
    symbol: d.symbolMode === "MANUAL" ? d.symbol.trim() : "",
    issuedOn: d.issuedOn.trim(),
    title: d.title,
    summary: d.summary,
    body: d.body,
    parentId: d.parentId,
    referenceIds: d.referenceIds,
    confidentiality: d.confidentiality,
    sourceAssignmentId: d.sourceAssignmentId,
    tasks: d.tasks.map((t) => ({
      ...(t.id ? { id: t.id } : {}),
      title: t.title,
      description: t.description,
      deadlineText: t.deadlineText,
      reportingCycle: t.reportingCycle,
      targetValue: targetNumber(t.targetValue) as number | null,
      targetUnit: t.targetUnit,
      requiresOwnPlan: t.requiresOwnPlan,
      assignees: t.assignees.map((a) => ({
        role: a.role,
        selector: a.selector,
        organizationId: a.organizationId,
        organizationKind: a.selector === "KIND_BELOW" ? a.organizationKind : null,
      })),
    })),
  };
}

/** The symbol AUTO mode will form, as the server's symbolFor does: a symbol, none, or an error. */
export function autoSymbol(d: Pick<Draft, "number" | "type">, issuer: IssuerView): { symbol: string | null; error?: string } {
  const numberText = d.number.trim();
  if (!numberText) return { symbol: null };
  if (!/^\d+$/.test(numberText)) return { symbol: null, error: messages.validation.badNumber };
  if (!issuer.abbreviation) return { symbol: null, error: messages.validation.noAbbreviation };
  try {
    const family = issuer.symbolFamily === "STATE" ? "state" : "party";
    return { symbol: formatSymbol({ family, numberText, type: d.type, issuerCodes: [issuer.abbreviation] }) };
  } catch {
    return { symbol: null, error: messages.validation.cannotFormSymbol };
  }
}

export interface UnitLabel {
  name: string;
  kind: string;
}

/** "Văn phòng Bộ", "Các đơn vị trực thuộc Bộ Nội vụ", "Các chi bộ thuộc Đảng ủy Bộ"… */
export function assigneeLabel(a: Pick<DraftAssignee, "selector" | "organizationId" | "organizationKind">, units: Record<number, UnitLabel>): string {
  return assigneeRuleLabel(a.selector, units[a.organizationId]?.name ?? `#${a.organizationId}`, a.organizationKind ?? null);
}

export function taskControlId(task: Pick<DraftTask, "key">, field: string): string {
  return `task-${task.key}-${field}`;
}

/** The working copy and the edits the form makes to it. */
export function useDraft(initial: InitialInput) {
  const [draft, setDraft] = useState(() => draftFromInput(initial));
  const seq = useRef(0);

  const setField = useCallback(<K extends DraftField>(field: K, value: Draft[K]) => setDraft((d) => ({ ...d, [field]: value })), []);

  const setTask = useCallback(
    <K extends TaskField>(key: string, field: K, value: DraftTask[K]) =>
      setDraft((d) => ({ ...d, tasks: d.tasks.map((t) => (t.key === key ? { ...t, [field]: value } : t)) })),
    [],
  );

  /** Adds an empty task at the end and returns its key. */
  const addTask = useCallback(() => {
    const key = `n${seq.current++}`;
    setDraft((d) => ({ ...d, tasks: [...d.tasks, blankTask(key)] }));
    return key;
  }, []);

  const removeTask = useCallback((key: string) => setDraft((d) => ({ ...d, tasks: d.tasks.filter((t) => t.key !== key) })), []);

  const moveTask = useCallback(
    (key: string, by: -1 | 1) =>
      setDraft((d) => {
        const from = d.tasks.findIndex((t) => t.key === key);
        const to = from + by;
        if (from < 0 || to < 0 || to >= d.tasks.length) return d;
        const tasks = [...d.tasks];
        [tasks[from], tasks[to]] = [tasks[to], tasks[from]];
        return { ...d, tasks };
      }),
    [],
  );

  const addAssignee = useCallback(
    (taskKey: string, a: Omit<DraftAssignee, "key">) => {
      const key = `n${seq.current++}`;
      setDraft((d) => ({
        ...d,
        tasks: d.tasks.map((t) => {
          if (t.key !== taskKey) return t;
          const same = t.assignees.some(
            (x) => x.role === a.role && x.selector === a.selector && x.organizationId === a.organizationId && x.organizationKind === a.organizationKind,
          );
          return same ? t : { ...t, assignees: [...t.assignees, { ...a, key }] };
        }),
      }));
    },
    [],
  );

  const removeAssignee = useCallback(
    (taskKey: string, key: string) =>
      setDraft((d) => ({
        ...d,
        tasks: d.tasks.map((t) => (t.key === taskKey ? { ...t, assignees: t.assignees.filter((a) => a.key !== key) } : t)),
      })),
    [],
  );

  return { draft, setField, setTask, addTask, removeTask, moveTask, addAssignee, removeAssignee };
}

export type DraftApi = ReturnType<typeof useDraft>;
