import { OrganizationTable } from "@/components/organizations/OrganizationTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { messages } from "@/lib/i18n/messages";
import { listScopeRoots } from "@/lib/server/organizations";
import { requireUser } from "@/lib/server/session";

export const metadata = { title: messages.organizations.title };

export default async function OrganizationsPage() {
  const user = await requireUser("read:organization");
  const roots = await listScopeRoots(user);
  return (
    <>
      <PageHeader title={messages.organizations.title} description={messages.organizations.description} />
      <OrganizationTable rows={roots} label={messages.organizations.title} />
    </>
  );
}
