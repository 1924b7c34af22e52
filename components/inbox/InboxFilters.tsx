// The inbox's filters: a plain GET form, so the view lives in the URL and works without JavaScript.
import { directiveLabel } from "@/components/directives/labels";
import { Field } from "@/components/ui/Field";
import { FilterActions } from "@/components/ui/FilterActions";
import { Select } from "@/components/ui/Select";
import { messages } from "@/lib/i18n/messages";
import { INBOX_PERIODS, INBOX_STATUSES } from "@/lib/server/inbox";
import type { InboxParams } from "./params";

export interface InboxFacetValues {
  directives: { id: number; type: string; symbol: string | null; title: string }[];
  issuers: { id: number; name: string }[];
}

export function InboxFilters({ params, facets }: { params: InboxParams; facets: InboxFacetValues }) {
  const m = messages.inbox;
  return (
    <form method="get" action="/" role="search" aria-label={m.filters} className="mb-4 grid grid-cols-2 gap-x-3 rounded-lg border border-stone-200 bg-white p-3 pb-1 sm:p-4 sm:pb-2 lg:grid-cols-4">
      <Field className="min-w-0" id="vb" label={m.directive}>
        <Select className="min-w-0" name="vb" defaultValue={params.vb ? String(params.vb) : ""}>
          <option value="">{m.all}</option>
          {facets.directives.map((d) => (
            <option key={d.id} value={d.id}>
              {directiveLabel(d)} — {d.title.length > 70 ? `${d.title.slice(0, 70)}…` : d.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="min-w-0" id="cq" label={m.issuer}>
        <Select className="min-w-0" name="cq" defaultValue={params.cq ? String(params.cq) : ""}>
          <option value="">{m.all}</option>
          {facets.issuers.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="min-w-0" id="tt" label={m.status}>
        <Select className="min-w-0" name="tt" defaultValue={params.tt ?? ""}>
          <option value="">{m.all}</option>
          {INBOX_STATUSES.map((s) => (
            <option key={s} value={s}>
              {m.statusOptions[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="min-w-0" id="han" label={m.period}>
        <Select className="min-w-0" name="han" defaultValue={params.han ?? ""}>
          <option value="">{m.all}</option>
          {INBOX_PERIODS.map((p) => (
            <option key={p} value={p}>
              {m.periodOptions[p]}
            </option>
          ))}
        </Select>
      </Field>
      <FilterActions applyLabel={m.apply} clearLabel={m.clear} clearHref="/" className="col-span-2 gap-4 pb-2 lg:col-span-4" />
    </form>
  );
}
