import Link from "@/components/ui/Link";
import { notFound } from "next/navigation";
import { ActionField, ActionForm } from "@/components/admin/ActionForm";
import { Badge } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { Input } from "@/components/ui/Input";
import { PageHeader } from "@/components/ui/PageHeader";
import { addDays, formatViDate } from "@/lib/domain/calendar";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { getManagedOrganization } from "@/lib/server/admin-organizations";
import { requireUser } from "@/lib/server/session";
import { dissolveOrganizationAction, moveOrganizationAction, renameOrganizationAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: React.ReactNode }) {
  return (
    <Card aria-labelledby={`${id}-heading`}>
      <CardHeader>
        <CardTitle id={`${id}-heading`}>{title}</CardTitle>
      </CardHeader>
      <CardBody>
        {hint ? <p className="mb-3 text-sm text-stone-700">{hint}</p> : null}
        {children}
      </CardBody>
    </Card>
  );
}

export default async function AdminOrganizationPage({ params }: Props) {
  const user = await requireUser("manage:organization");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const o = await getManagedOrganization(user, id);
  if (!o) notFound();
  const m = messages.adminOrg;
  const facts: [string, React.ReactNode][] = [
    [m.code, <span key="c" className="font-mono">{o.code}</span>],
    [m.kind, messages.organizationKind[o.kind]],
    [m.abbreviation, o.abbreviation ?? messages.admin.none],
    [m.parent, o.parent ? <Link key="p" href={`/quan-tri/to-chuc/${o.parent.id}`} className="text-brand-700 hover:underline">{o.parent.name}</Link> : messages.admin.none],
    [m.activeFrom, o.activeFrom ? formatViDate(o.activeFrom) : messages.admin.none],
    [m.status, o.active ? <Badge key="s" tone="green">{m.active}</Badge> : <Badge key="s" tone="gray">{format(m.inactiveSince, { date: formatViDate(addDays(o.activeUntil!, 1)) })}</Badge>],
    [m.children, String(o.childCount)],
    [m.users, String(o.activeUserCount)],
    [m.openAssignments, String(o.openAssignmentCount)],
  ];
  return (
    <>
      <PageHeader
        title={o.name}
        description={messages.organizationKind[o.kind]}
        breadcrumbs={[{ href: "/quan-tri/to-chuc", label: m.title }, { label: o.name }]}
        actions={
          <Link href={`/to-chuc/${o.id}`} className="text-sm font-medium text-brand-700 hover:underline">
            {m.viewPublic}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="facts" title={o.name}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-stone-600">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
            {o.successor ? (
              <div className="contents">
                <dt className="text-stone-600">{m.successorLabel}</dt>
                <dd>
                  <Link href={`/quan-tri/to-chuc/${o.successor.id}`} className="text-brand-700 hover:underline">{o.successor.name}</Link>
                </dd>
              </div>
            ) : null}
          </dl>
          {o.mergeOutcome ? (
            <p className="mt-3 text-sm text-stone-700" role="status">
              {format(m.mergeOutcome, { transferred: formatNumber(o.mergeOutcome.transferred), duplicates: formatNumber(o.mergeOutcome.duplicates) })}
            </p>
          ) : null}
          {o.formerNames.length ? (
            <>
              <h3 className="mt-4 text-sm font-semibold">{m.formerNames}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {o.formerNames.map((f, i) => (
                  <li key={i}>{format(m.formerName, { name: f.abbreviation ? `${f.name} (${f.abbreviation})` : f.name, date: formatViDate(addDays(f.validUntil, 1)) })}</li>
                ))}
              </ul>
            </>
          ) : null}
          {o.predecessors.length ? (
            <>
              <h3 className="mt-4 text-sm font-semibold">{m.predecessors}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {o.predecessors.map((p) => (
                  <li key={p.id}>
                    <Link href={`/quan-tri/to-chuc/${p.id}`} className="text-brand-700 hover:underline">{p.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Section>

        {o.active ? (
          <Section id="rename" title={m.rename} hint={m.renameHint}>
            <ActionForm id="rename" action={renameOrganizationAction} label={m.rename} submitLabel={m.rename} hidden={{ id: o.id }}>
              <ActionField name="name" label={m.name} required>
                <Input name="name" defaultValue={o.name} maxLength={300} autoComplete="off" />
              </ActionField>
              <ActionField name="abbreviation" label={m.abbreviation}>
                <Input name="abbreviation" defaultValue={o.abbreviation ?? ""} maxLength={40} autoComplete="off" />
              </ActionField>
            </ActionForm>
          </Section>
        ) : null}

        {o.active && !o.ownRoot ? (
          <>
            <Section id="move" title={m.move} hint={m.moveHint}>
              <ActionForm id="move" action={moveOrganizationAction} label={m.move} submitLabel={m.moveSubmit} hidden={{ id: o.id }}>
                <ActionField name="parentCode" label={m.newParent} required>
                  <Input name="parentCode" maxLength={40} autoComplete="off" />
                </ActionField>
              </ActionForm>
            </Section>
            <Section id="merge" title={m.merge} hint={m.mergeHint}>
              <ActionForm id="merge" action={dissolveOrganizationAction} label={m.merge} submitLabel={m.mergeSubmit} variant="danger" hidden={{ id: o.id }} confirm={m.mergeConfirm}>
                <ActionField name="successorCode" label={m.mergeInto} required>
                  <Input name="successorCode" maxLength={40} autoComplete="off" />
                </ActionField>
              </ActionForm>
            </Section>
            <Section id="deactivate" title={m.deactivate} hint={m.deactivateHint}>
              <ActionForm id="deactivate" action={dissolveOrganizationAction} label={m.deactivate} submitLabel={m.deactivateSubmit} variant="danger" hidden={{ id: o.id }} confirm={m.deactivateConfirm} />
            </Section>
          </>
        ) : null}
      </div>
    </>
  );
}
