import { redirect } from "next/navigation";
import { ComplianceOverview } from "@/components/home/ComplianceOverview";
import { UnitWorkList } from "@/components/home/UnitWorkList";
import { PageHeader } from "@/components/ui/PageHeader";
import { format, messages } from "@/lib/i18n/messages";
import { listUnitAssignments } from "@/lib/server/assignments";
import { complianceSummary } from "@/lib/server/compliance";
import { requireUser } from "@/lib/server/session";

export const metadata = { title: messages.home.title };

export default async function HomePage() {
  const user = await requireUser();
  if (user.role === "ADMIN") redirect("/to-chuc");
  if (user.role === "UNIT_HEAD") {
    const { today, rows } = await listUnitAssignments(user);
    return (
      <>
        <PageHeader title={messages.home.unitTitle} description={user.organizationName} />
        <UnitWorkList rows={rows} today={today} />
      </>
    );
  }
  const summary = await complianceSummary(user);
  return (
    <>
      <PageHeader title={messages.home.title} description={format(messages.home.scope, { scope: user.organizationName })} />
      <ComplianceOverview summary={summary} />
    </>
  );
}
