import { AppShell } from "@/components/layout/AppShell";
import { can } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n/messages";
import { unreadNotificationCount } from "@/lib/server/notifications";
import { requireUser } from "@/lib/server/session";

// Every page here reads the session and the database: nothing is prerendered.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const nav = [
    ...(user.role === "UNIT_HEAD" ? [{ href: "/", label: messages.menu.unitWork }] : []),
    ...(user.role !== "UNIT_HEAD" && can(user.role, "read:dashboard") ? [{ href: "/", label: messages.menu.home }] : []),
    ...(can(user.role, "read:dashboard") ? [{ href: "/tong-quan", label: messages.dashboard.title }] : []),
    ...(can(user.role, "review:report") ? [{ href: "/duyet", label: messages.review.menu }] : []),
    ...(can(user.role, "read:directive") ? [{ href: "/van-ban", label: messages.menu.register }] : []),
    ...(can(user.role, "read:organization") ? [{ href: "/to-chuc", label: messages.menu.organizations }] : []),
    ...(can(user.role, "manage:organization") || can(user.role, "manage:user") || can(user.role, "read:audit") ? [{ href: "/quan-tri", label: messages.admin.menu }] : []),
  ];
  // The bell is for people who receive work or review it; an administrator has neither.
  const unread = can(user.role, "read:assignment") ? await unreadNotificationCount(user) : undefined;
  return (
    <AppShell user={{ name: user.name, role: user.role, organizationName: user.organizationName }} nav={nav} unread={unread}>
      {children}
    </AppShell>
  );
}
