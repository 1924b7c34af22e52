// The dashboard frame: the heading, the view tabs and the period picker, which keep the
// organisation and the period of the URL (?don-vi=&ky=) from one view to the next.
import { DashboardNav } from "@/components/dashboard/DashboardNav";
import { todayIn } from "@/lib/domain/clock";
import { messages } from "@/lib/i18n/messages";
import { serverConfig } from "@/lib/server/config";
import { requireUser } from "@/lib/server/session";

export default async function DashboardFrame({ children }: { children: React.ReactNode }) {
  const user = await requireUser("read:dashboard");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold tracking-tight text-stone-900 sm:text-2xl">{messages.dashboard.title}</h1>
      <DashboardNav today={todayIn(serverConfig().clock)} homeOrgId={user.organizationId} />
      {children}
    </>
  );
}
