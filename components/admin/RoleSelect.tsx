// The roles an account may hold, in the catalogue's words. Passes the id and aria attributes a
// Field gives it on to the <select>.
import type { ComponentProps } from "react";
import { Select } from "@/components/ui/Select";
import { messages } from "@/lib/i18n/messages";
import { ROLES } from "@/lib/validation/admin";

export function RoleSelect({ all, defaultValue, ...props }: ComponentProps<typeof Select> & { all?: boolean }) {
  return (
    <Select defaultValue={defaultValue ?? (all ? "" : "UNIT_HEAD")} {...props}>
      {all ? <option value="">{messages.admin.all}</option> : null}
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {messages.role[r]}
        </option>
      ))}
    </Select>
  );
}
