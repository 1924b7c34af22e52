"use client";
// Choosing directives the person may open: the one this directive implements (single) or the
// ones it cites (multiple). Searches /api/van-ban/tim; names of chosen ones come from the
// server when editing and from the search results when added.
import { directiveLabel } from "@/components/directives/labels";
import { formatDate } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import { Chip, SearchBox } from "./SearchBox";

export interface DirectiveOption {
  id: number;
  type: string;
  symbol: string | null;
  title: string;
  issuedOn: string | null;
  issuerName: string;
}

export interface ChosenDirective {
  id: number;
  label: string;
  title: string;
}

function pickDirectives(json: unknown): DirectiveOption[] {
  const list = (json as { directives?: unknown }).directives;
  return Array.isArray(list) ? (list as DirectiveOption[]) : [];
}

export function DirectivePicker({
  id,
  label,
  hint,
  chosen,
  known,
  excludeId,
  errors,
  onChoose,
  onRemove,
}: {
  id: string;
  label: string;
  hint?: string;
  /** Ids chosen, in order. */
  chosen: number[];
  /** What is known of them: their label ("Kế hoạch số 04-KH/BTCTW") and title. */
  known: Record<number, ChosenDirective>;
  /** The directive being edited, which cannot cite itself. */
  excludeId?: number;
  errors?: string[];
  onChoose: (d: ChosenDirective) => void;
  onRemove: (id: number) => void;
}) {
  return (
    <SearchBox<DirectiveOption>
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      endpoint="/api/van-ban/tim"
      pick={pickDirectives}
      placeholder={messages.editor.searchDirective}
      exclude={(d) => d.id === excludeId || chosen.includes(d.id)}
      itemKey={(d) => d.id}
      chosen={
        chosen.length ? (
          <ul className="mb-2 flex flex-col gap-1.5">
            {chosen.map((cid) => {
              const d = known[cid] ?? { id: cid, label: `#${cid}`, title: "" };
              return <Chip key={cid} label={d.label} detail={d.title} invalid={Boolean(errors?.length)} onRemove={() => onRemove(cid)} />;
            })}
          </ul>
        ) : null
      }
      renderItem={(d, done) => {
        const itemLabel = directiveLabel(d);
        // Named by its label alone ("Kế hoạch số 04-KH/BTCTW"); the title, which may cite other
        // symbols, is its description.
        const optionId = `${id}-option-${d.id}`;
        return (
          <button
            type="button"
            aria-labelledby={`${optionId}-label`}
            aria-describedby={`${optionId}-detail`}
            className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100 focus-visible:bg-stone-100"
            onClick={() => {
              onChoose({ id: d.id, label: itemLabel, title: d.title });
              done(itemLabel);
            }}
          >
            <span id={`${optionId}-label`} className="block font-medium text-stone-900">
              {itemLabel}
            </span>
            <span id={`${optionId}-detail`} className="line-clamp-2 block text-stone-700">
              {d.title}
            </span>
            <span className="block text-xs text-stone-600">
              {d.issuerName}
              {d.issuedOn ? ` · ${formatDate(d.issuedOn)}` : ""}
            </span>
          </button>
        );
      }}
    />
  );
}
