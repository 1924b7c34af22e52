"use client";
// Choosing the units a task goes to, in one role (lead or coordinating). Each choice is a rule:
// the unit itself, the units directly under it, the units of one kind below it, or its whole
// subtree; the rule is expanded into assignments only when the directive is issued.
import { useState } from "react";
import { format, messages } from "@/lib/i18n/messages";
import { ORGANIZATION_KINDS } from "@/lib/validation/directive";
import { Chip, SearchBox } from "./SearchBox";
import { assigneeLabel, type DraftAssignee, type OrganizationKind, type Role, type Selector, type UnitLabel } from "./useDraft";

const m = messages.editor;

interface UnitOption {
  id: number;
  name: string;
  kind: OrganizationKind;
  parentName: string | null;
  childCount: number;
  /** The author's own organisation: only a group under it can be chosen. */
  isIssuer?: boolean;
}

function pickUnits(json: unknown): UnitOption[] {
  const list = (json as { units?: unknown }).units;
  return Array.isArray(list) ? (list as UnitOption[]) : [];
}

type NewAssignee = Omit<DraftAssignee, "key">;

/** One search result: the unit itself, and for a unit with units under it, the group choices. */
function UnitResult({ unit, role, onChoose }: { unit: UnitOption; role: Role; onChoose: (a: NewAssignee, label: string) => void }) {
  const [kind, setKind] = useState<OrganizationKind>("UNIT");
  const units = { [unit.id]: { name: unit.name, kind: unit.kind } };
  const choose = (selector: Selector, organizationKind: OrganizationKind | null = null) => {
    const a = { role, selector, organizationId: unit.id, organizationKind };
    onChoose(a, assigneeLabel(a, units));
  };
  const kindLabel = assigneeLabel({ selector: "KIND_BELOW", organizationId: unit.id, organizationKind: kind }, units);
  const group = "rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-800 hover:bg-stone-50";
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline gap-x-2">
        {unit.isIssuer ? (
          <span className="px-1 py-1 text-sm font-medium text-stone-900">{unit.name}</span>
        ) : (
          <button type="button" onClick={() => choose("UNIT")} className="rounded px-1 py-1 text-left text-sm font-medium text-stone-900 hover:bg-stone-100 hover:underline">
            {unit.name}
          </button>
        )}
        <span className="px-1 text-xs text-stone-600">
          {messages.organizationKind[unit.kind]}
          {unit.parentName ? ` · ${unit.parentName}` : ""}
        </span>
      </div>
      {unit.childCount > 0 ? (
        <div className="flex flex-wrap items-center gap-1.5 pl-1">
          <span className="text-xs text-stone-600">{m.chooseGroup}</span>
          <button type="button" className={group} onClick={() => choose("CHILDREN")} aria-label={assigneeLabel({ selector: "CHILDREN", organizationId: unit.id, organizationKind: null }, units)}>
            {m.selectorChoice.CHILDREN}
          </button>
          <button type="button" className={group} onClick={() => choose("SUBTREE")} aria-label={assigneeLabel({ selector: "SUBTREE", organizationId: unit.id, organizationKind: null }, units)}>
            {m.selectorChoice.SUBTREE}
          </button>
          <span className="flex items-center gap-1">
            <select
              value={kind}
              onChange={(e) => setKind(e.target.value as OrganizationKind)}
              aria-label={format(m.kindOf, { name: unit.name })}
              className="h-7 rounded border border-stone-300 bg-white pl-1 pr-6 text-xs text-stone-800"
            >
              {ORGANIZATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {messages.organizationKind[k]}
                </option>
              ))}
            </select>
            <button type="button" className={group} onClick={() => choose("KIND_BELOW", kind)} aria-label={format(m.addKindNamed, { label: kindLabel })}>
              {m.addAssignee}
            </button>
          </span>
        </div>
      ) : null}
    </div>
  );
}

export function UnitPicker({
  id,
  role,
  assignees,
  units,
  errors,
  errorIndexes,
  required,
  onChoose,
  onRemove,
}: {
  id: string;
  role: Role;
  /** The task's assignees in this role, with their index among all the task's assignees. */
  assignees: { a: DraftAssignee; index: number }[];
  units: Record<number, UnitLabel>;
  errors: string[];
  /** Indexes (among all the task's assignees) the server refused. */
  errorIndexes: Set<number>;
  required?: boolean;
  onChoose: (a: NewAssignee, unit: { id: number; name: string; kind: string }) => void;
  onRemove: (key: string) => void;
}) {
  const label = role === "LEAD" ? m.leads : m.coordinators;
  const taken = (unit: UnitOption) => assignees.some(({ a }) => a.organizationId === unit.id && a.selector === "UNIT") && unit.childCount === 0;
  return (
    <SearchBox<UnitOption>
      id={id}
      label={label}
      required={required}
      errors={errors}
      endpoint="/api/to-chuc/tim"
      pick={pickUnits}
      placeholder={m.searchUnit}
      exclude={taken}
      itemKey={(u) => u.id}
      chosen={
        assignees.length ? (
          <ul className="mb-2 flex flex-wrap gap-1.5">
            {assignees.map(({ a, index }) => (
              <Chip key={a.key} label={assigneeLabel(a, units)} invalid={errorIndexes.has(index)} onRemove={() => onRemove(a.key)} />
            ))}
          </ul>
        ) : null
      }
      renderItem={(unit, done) => (
        <UnitResult
          unit={unit}
          role={role}
          onChoose={(a, chosenLabel) => {
            onChoose(a, { id: unit.id, name: unit.name, kind: unit.kind });
            done(chosenLabel);
          }}
        />
      )}
    />
  );
}
