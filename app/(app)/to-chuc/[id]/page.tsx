import Link from "@/components/ui/Link";
import { notFound } from "next/navigation";
import { OrganizationTable } from "@/components/organizations/OrganizationTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { addDays, formatViDate } from "@/lib/domain/calendar";
import { format, messages } from "@/lib/i18n/messages";
import { getOrganization } from "@/lib/server/organizations";
import { requireUser } from "@/lib/server/session";

type Props = { params: Promise<{ id: string }> };

export default async function OrganizationPage({ params }: Props) {
  const user = await requireUser("read:organization");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const org = await getOrganization(user, id);
  if (!org) notFound();
  const m = messages.organizations;
  const description = [messages.organizationKind[org.kind], org.abbreviation ? `${m.abbreviation}: ${org.abbreviation}` : null, `${m.code}: ${org.code}`]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      <PageHeader
        title={org.name}
        description={description}
        breadcrumbs={[{ href: "/to-chuc", label: m.title }, ...org.path.map((p) => ({ href: `/to-chuc/${p.id}`, label: p.name })), { label: org.name }]}
      />
      {org.scopeRoot ? (
        <p className="mb-4 text-sm text-stone-700">
          {format(m.directs, { name: "" })}
          <Link href={`/to-chuc/${org.scopeRoot.id}`} className="font-medium text-brand-700 hover:underline">
            {org.scopeRoot.name}
          </Link>
        </p>
      ) : null}
      {org.activeUntil ? (
        <p className="mb-4 text-sm text-stone-700">
          {format(messages.adminOrg.inactiveSince, { date: formatViDate(addDays(org.activeUntil, 1)) })}
          {org.successor ? (
            <>
              {" · "}
              {messages.adminOrg.successorLabel}:{" "}
              <Link href={`/to-chuc/${org.successor.id}`} className="font-medium text-brand-700 hover:underline">
                {org.successor.name}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      {org.formerNames.length ? (
        <section aria-labelledby="former-names" className="mb-6">
          <h2 id="former-names" className="mb-1 text-base font-semibold">
            {messages.adminOrg.formerNames}
          </h2>
          <ul className="list-disc pl-5 text-sm text-stone-800">
            {org.formerNames.map((f, i) => (
              <li key={i}>{format(messages.adminOrg.formerName, { name: f.name, date: formatViDate(addDays(f.validUntil, 1)) })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="mb-3 text-lg font-semibold">{m.children}</h2>
      {org.children.length ? <OrganizationTable rows={org.children} label={m.children} /> : <EmptyState title={m.noChildren} />}
    </>
  );
}
