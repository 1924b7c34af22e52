// The register's search and filters: a plain GET form, so the view lives in the URL and works
// without JavaScript.
import { Field } from "@/components/ui/Field";
import { FilterActions } from "@/components/ui/FilterActions";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { DIRECTIVE_TYPES } from "@/lib/domain/directive-type";
import { messages } from "@/lib/i18n/messages";
import type { RegisterParams } from "@/lib/validation/register";

export function RegisterFilters({
  params,
  facets,
}: {
  params: RegisterParams;
  facets: { issuers: { id: number; name: string }[]; years: number[] };
}) {
  const m = messages.register;
  return (
    <form method="get" action="/van-ban" role="search" aria-label={m.search} className="mb-4 grid grid-cols-2 gap-x-3 gap-y-1 rounded-lg border border-stone-200 bg-white p-3 sm:p-4 md:grid-cols-6 md:gap-y-3">
      <div className="col-span-2">
        <Field id="q" label={m.search}>
          <Input id="q" name="q" type="search" defaultValue={params.q ?? ""} placeholder={m.searchPlaceholder} />
        </Field>
      </div>
      <Field className="min-w-0" id="loai" label={m.type}>
        <Select className="min-w-0" id="loai" name="loai" defaultValue={params.loai ?? ""}>
          <option value="">{m.all}</option>
          {DIRECTIVE_TYPES.map((t) => (
            <option key={t} value={t}>
              {messages.directiveType[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="min-w-0" id="coquan" label={m.issuer}>
        <Select className="min-w-0" id="coquan" name="coquan" defaultValue={params.coquan ? String(params.coquan) : ""}>
          <option value="">{m.all}</option>
          {facets.issuers.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="min-w-0" id="nam" label={m.year}>
        <Select className="min-w-0" id="nam" name="nam" defaultValue={params.nam ? String(params.nam) : ""}>
          <option value="">{m.all}</option>
          {facets.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="min-w-0" id="trangthai" label={m.status}>
        <Select className="min-w-0" id="trangthai" name="trangthai" defaultValue={params.trangthai ?? ""}>
          <option value="">{m.all}</option>
          {(["ISSUED", "DRAFT", "RECALLED"] as const).map((s) => (
            <option key={s} value={s}>
              {messages.directiveStatus[s]}
            </option>
          ))}
        </Select>
      </Field>
      <FilterActions applyLabel={m.apply} clearLabel={m.clear} clearHref="/van-ban" className="col-span-2 md:col-span-6" />
    </form>
  );
}
