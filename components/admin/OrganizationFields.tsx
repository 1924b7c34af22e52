// The fields of a new organisation, shared by the create form (server-rendered inside ActionForm).
import { ActionField } from "@/components/admin/ActionForm";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { ORGANIZATION_KINDS } from "@/lib/domain/organization-code";
import { messages } from "@/lib/i18n/messages";

export function OrganizationFields() {
  const m = messages.adminOrg;
  return (
    <div className="grid gap-x-4 sm:grid-cols-2">
      <ActionField name="code" label={m.code} required>
        <Input name="code" autoComplete="off" maxLength={40} />
      </ActionField>
      <ActionField name="name" label={m.name} required>
        <Input name="name" autoComplete="off" maxLength={300} />
      </ActionField>
      <ActionField name="kind" label={m.kind} required>
        <Select name="kind" defaultValue="UNIT">
          {ORGANIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {messages.organizationKind[k]}
            </option>
          ))}
        </Select>
      </ActionField>
      <ActionField name="parentCode" label={m.parent} hint={m.parentHint}>
        <Input name="parentCode" autoComplete="off" maxLength={40} />
      </ActionField>
      <ActionField name="abbreviation" label={m.abbreviation} hint={m.abbreviationHint}>
        <Input name="abbreviation" autoComplete="off" maxLength={40} />
      </ActionField>
      <ActionField name="symbolFamily" label={m.symbolFamily}>
        <Select name="symbolFamily" defaultValue="PARTY">
          <option value="PARTY">{m.symbolFamilies.PARTY}</option>
          <option value="STATE">{m.symbolFamilies.STATE}</option>
        </Select>
      </ActionField>
      <ActionField name="activeFrom" label={m.activeFrom}>
        <Input name="activeFrom" placeholder="dd/mm/yyyy" autoComplete="off" className="sm:max-w-48" />
      </ActionField>
    </div>
  );
}
