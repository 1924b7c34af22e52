// The period picker: a GET form (the period lives in the URL) with the usual periods around today,
// and a second form for a custom range of dates, which the page turns into its canonical key.
// No state of its own: it renders the same on the server and in the dashboard's tabs.
import Form from "next/form";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/buttonClasses";
import { Select } from "@/components/ui/Select";
import { controlClasses } from "@/components/ui/Input";
import type { IsoDate } from "@/lib/domain/calendar";
import type { Period, PeriodKind } from "@/lib/domain/period";
import { dashboard } from "@/lib/i18n/vi/dashboard";
import { ORG_PARAM, PERIOD_PARAM, periodOptions } from "./views";

const m = dashboard.dashboard.picker;

function Hidden({ values }: { values: Record<string, string | number | null | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) =>
        value === null || value === undefined || value === "" ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
      )}
    </>
  );
}

export interface PeriodPickerProps {
  /** The page the forms go to (the current view). */
  action: string;
  orgId: number;
  period: Period;
  today: IsoDate;
  kinds: PeriodKind[];
  /** Shown as an error under the range form, opened. */
  rangeInvalid?: boolean;
  /** Fields placed before the period select in the main form (the print page's table). */
  extra?: ReactNode;
  /** Hidden fields of the range form only. */
  rangeHidden?: Record<string, string>;
  /** The dates last typed, kept when they did not make a range. */
  typed?: { from?: string; to?: string };
}

/** One end of the date range; an invalid range points both fields at its one error message. */
function DateField({ name, label, invalid, defaultValue }: { name: string; label: string; invalid: boolean; defaultValue?: string }) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="date"
        required
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "range-error" : undefined}
        className={controlClasses(invalid, "h-10 w-44")}
      />
    </div>
  );
}

export function PeriodPicker({ action, orgId, period, today, kinds, rangeInvalid = false, extra, rangeHidden = {}, typed = {} }: PeriodPickerProps) {
  const groups = periodOptions(today, kinds.filter((k) => k !== "RANGE" || period.kind === "RANGE"), period);
  const showRange = kinds.includes("RANGE");
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-end lg:gap-6">
      <Form action={action} aria-label={m.label} className="flex flex-wrap items-end gap-2">
        <Hidden values={{ [ORG_PARAM]: orgId }} />
        {extra}
        <div className="min-w-0 grow sm:grow-0">
          <label htmlFor="ky" className="mb-1 block text-sm font-medium text-stone-800">
            {m.period}
          </label>
          <Select id="ky" name={PERIOD_PARAM} defaultValue={period.key} className="min-w-52">
            {groups.map((g) => (
              <optgroup key={g.kind} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClasses("primary", "md")}>
          {m.apply}
        </button>
      </Form>
      {showRange ? (
        <details className="group" open={period.kind === "RANGE" || rangeInvalid}>
          <summary className="inline-flex h-10 cursor-pointer items-center gap-1.5 rounded-md px-1 text-sm font-medium link">
            <svg viewBox="0 0 12 12" className="size-3 transition-transform group-open:rotate-90" fill="none" stroke="currentColor" strokeWidth="1.75" aria-hidden="true">
              <path d="M4.5 2.5 8 6l-3.5 3.5" />
            </svg>
            {m.range}
          </summary>
          <Form action={action} aria-label={m.rangeLabel} className="mt-2 flex flex-wrap items-end gap-2">
            <Hidden values={{ [ORG_PARAM]: orgId, ...rangeHidden }} />
            <DateField name="tu" label={m.from} invalid={rangeInvalid} defaultValue={rangeInvalid ? typed.from : period.kind === "RANGE" ? period.from : undefined} />
            <DateField name="den" label={m.to} invalid={rangeInvalid} defaultValue={rangeInvalid ? typed.to : period.kind === "RANGE" ? period.to : undefined} />
            <button type="submit" className={buttonClasses("secondary", "md")}>
              {m.rangeApply}
            </button>
            {rangeInvalid ? (
              <p id="range-error" role="alert" className="basis-full text-sm text-red-700">
                {m.rangeInvalid}
              </p>
            ) : null}
          </Form>
        </details>
      ) : null}
    </div>
  );
}
