// Who may do what: permissions are verbs on things, and this one table says which role holds
// which. Scope (which organisations) is decided separately, in the data layer's queries.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "read:directive",
  "create:directive",
  "issue:directive",
  "read:assignment",
  "report:assignment",
  "review:report",
  "read:dashboard",
  "read:organization",
  "manage:organization",
  "manage:user",
  "read:audit",
  // Secret (mật) directives of the whole subtree, not only the person's own organisation's: the
  // inspection commission's right. Every such read is audited.
  "read:secret_directive",
  "change:own_password",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Văn phòng cấp ủy: enters, issues and recalls its organisation's directives; reviews reports on them.
  OFFICE_STAFF: ["read:directive", "create:directive", "issue:directive", "read:assignment", "review:report", "read:dashboard", "read:organization", "change:own_password"],
  // Trưởng đơn vị: works and reports on the unit's assignments; issues the unit's own plans and
  // reviews the reports its sub-units send on them.
  UNIT_HEAD: ["read:directive", "read:assignment", "report:assignment", "create:directive", "issue:directive", "review:report", "read:organization", "change:own_password"],
  // Lãnh đạo: reads everything of its subtree, changes nothing.
  LEADERSHIP: ["read:directive", "read:assignment", "read:dashboard", "read:organization", "change:own_password"],
  // Quản trị: keeps the forest and the users; reads no directive.
  ADMIN: ["read:organization", "manage:organization", "manage:user", "read:audit", "change:own_password"],
  // Ủy ban kiểm tra: reads everything of its subtree, secret directives included; changes nothing.
  OVERSIGHT: ["read:directive", "read:assignment", "read:dashboard", "read:organization", "read:secret_directive", "change:own_password"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
