"use client";
// The period a report of ongoing work answers: the open and overdue report slots.
import { Field } from "@/components/ui/Field";
import { Select } from "@/components/ui/Select";
import { formatDate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { periodLabel } from "./text";

export interface PeriodOption {
  periodKey: string;
  dueOn: string;
  state: "FULFILLED" | "OPEN" | "OVERDUE" | "UPCOMING";
}

export function PeriodField({
  periods,
  extra,
  value,
  error,
  onChange,
}: {
  periods: PeriodOption[];
  /** The period of the report being edited, offered even when its slot is no longer open. */
  extra: string | null;
  value: string;
  error?: string[];
  onChange: (value: string) => void;
}) {
  const m = messages.report;
  const missing = extra && !periods.some((p) => p.periodKey === extra);
  return (
    <Field id="report-period" label={m.period} required error={error}>
      <Select name="periodKey" value={value} onChange={(e) => onChange(e.target.value)}>
        {missing ? <option value={extra}>{periodLabel(extra)}</option> : null}
        {periods.map((p) => (
          <option key={p.periodKey} value={p.periodKey}>
            {format(m.periodOption, { period: periodLabel(p.periodKey), date: formatDate(p.dueOn), state: messages.assignment.slotState[p.state].toLowerCase() })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
