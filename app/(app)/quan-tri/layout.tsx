// The administration's frame: its sections as tabs, for the permissions the person holds. Each
// page checks its own permission again, and the data layer checks it a third time.
import { NavLinks } from "@/components/layout/NavLinks";
import { can } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n/messages";
import { requireUser } from "@/lib/server/session";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const m = messages.admin;
  const tabs = [
    ...(can(user.role, "manage:organization") ? [{ href: "/quan-tri/to-chuc", label: m.organizations }, { href: "/quan-tri/to-chuc/nhap", label: m.import }] : []),
    ...(can(user.role, "manage:user") ? [{ href: "/quan-tri/nguoi-dung", label: m.users }] : []),
    ...(can(user.role, "read:audit") ? [{ href: "/quan-tri/nhat-ky", label: m.audit }] : []),
  ];
  return (
    <>
      {tabs.length ? (
        <nav aria-label={m.sections} className="-mt-2 mb-5 border-b border-stone-200">
          <NavLinks items={tabs} variant="bar" />
        </nav>
      ) : null}
      {children}
    </>
  );
}
