import Link from "@/components/ui/Link";
import { PagedList } from "@/components/ui/PagedList";
import { ActionForm } from "@/components/admin/ActionForm";
import { OrganizationFields } from "@/components/admin/OrganizationFields";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { PageHeader } from "@/components/ui/PageHeader";
import { Select } from "@/components/ui/Select";
import { Td, Th, Tr } from "@/components/ui/Table";
import { addDays, formatViDate } from "@/lib/domain/calendar";
import { ORGANIZATION_KINDS } from "@/lib/domain/organization-code";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { listManagedOrganizations } from "@/lib/server/admin-organizations";
import { requireUser } from "@/lib/server/session";
import { orgListParamsSchema } from "@/lib/validation/admin";
import { paramsHref, parseParams } from "@/lib/validation/url-params";
import { createOrganizationAction } from "../actions";

export const metadata = { title: messages.adminOrg.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrganizationsPage({ searchParams }: Props) {
  const user = await requireUser("manage:organization");
  const params = parseParams(orgListParamsSchema, await searchParams);
  const list = await listManagedOrganizations(user, params);
  const m = messages.adminOrg;
  const scope = user.wholeForest ? messages.admin.scopeAll : format(messages.admin.scopeSubtree, { name: user.organizationName });
  return (
    <>
      <PageHeader title={m.title} description={`${m.description} ${scope}.`} />
      <form method="get" role="search" aria-label={m.searchLabel} className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-4">
        <div className="md:col-span-2">
          <Field id="q" label={m.searchLabel}>
            <Input name="q" type="search" defaultValue={params.q ?? ""} placeholder={m.searchPlaceholder} />
          </Field>
        </div>
        <Field id="loai" label={m.kind}>
          <Select name="loai" defaultValue={params.loai ?? ""}>
            <option value="">{messages.admin.all}</option>
            {ORGANIZATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {messages.organizationKind[k]}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex flex-col justify-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="ngung" value="1" defaultChecked={Boolean(params.ngung)} className="size-4" />
            {m.showInactive}
          </label>
          <Button type="submit" variant="primary">
            {messages.admin.apply}
          </Button>
        </div>
      </form>
      <PagedList
        countText={format(m.count, { n: formatNumber(list.total) })}
        label={m.title}
        empty={m.empty}
        page={list.page}
        pageCount={list.pageCount}
        hrefForPage={(p) => paramsHref("/quan-tri/to-chuc", params, { trang: p })}
        head={
          <>
            <Th>{m.name}</Th>
            <Th>{m.code}</Th>
            <Th>{m.kind}</Th>
            <Th>{m.parent}</Th>
            <Th>{m.status}</Th>
          </>
        }
        rows={list.rows.map((o) => (
          <Tr key={o.id}>
            <Td>
              <Link href={`/quan-tri/to-chuc/${o.id}`} className="font-medium text-brand-700 hover:underline">
                {o.name}
              </Link>
              {o.abbreviation ? <span className="ml-1 text-stone-600">({o.abbreviation})</span> : null}
            </Td>
            <Td className="font-mono text-xs">{o.code}</Td>
            <Td>{messages.organizationKind[o.kind]}</Td>
            <Td>{o.parentName ?? messages.admin.none}</Td>
            <Td>
              {!o.active && o.activeUntil ? (
                <Badge tone="neutral">{format(m.inactiveSince, { date: formatViDate(addDays(o.activeUntil, 1)) })}</Badge>
              ) : (
                <Badge tone="green">{m.active}</Badge>
              )}
              {o.successorName ? <span className="mt-1 block text-xs text-stone-600">{format(m.successor, { name: o.successorName })}</span> : null}
            </Td>
          </Tr>
        ))}
      />

      <Card className="mt-8" aria-labelledby="create-org-heading">
        <CardHeader>
          <CardTitle id="create-org-heading">{m.create}</CardTitle>
        </CardHeader>
        <CardBody>
          <ActionForm id="create-org" action={createOrganizationAction} label={m.create} submitLabel={m.createSubmit} resetOnSuccess>
            <OrganizationFields />
          </ActionForm>
        </CardBody>
      </Card>
    </>
  );
}
