import { ImportForm } from "@/components/admin/ImportForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { messages } from "@/lib/i18n/messages";
import { IMPORT_MAX_MB, IMPORT_MAX_ROWS } from "@/lib/server/organization-import";
import { requireUser } from "@/lib/server/session";

export const metadata = { title: messages.adminImport.title };

export default async function ImportOrganizationsPage() {
  await requireUser("manage:organization");
  const m = messages.adminImport;
  return (
    <>
      <PageHeader title={m.title} description={m.description} breadcrumbs={[{ href: "/quan-tri/to-chuc", label: messages.adminOrg.title }, { label: m.title }]} />
      <ImportForm maxRows={IMPORT_MAX_ROWS} maxMb={IMPORT_MAX_MB} />
    </>
  );
}
