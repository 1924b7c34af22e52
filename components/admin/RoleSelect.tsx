// The roles an account may hold, in the catalogue's words.
import { Select } from "@/components/ui/Select";
import { messages } from "@/lib/i18n/messages";
import { ROLES } from "@/lib/validation/admin";

export function RoleSelect({ name, defaultValue, all }: { name: string; defaultValue?: string; all?: boolean }) {
  return (
    <Select name={name} defaultValue={defaultValue ?? (all ? "" : "UNIT_HEAD")}>
      {all ? <option value="">{messages.admin.all}</option> : null}
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {messages.role[r]}
        </option>
      ))}
    </Select>
  );
}
