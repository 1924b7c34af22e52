import Link from "@/components/ui/Link";
import { PagedList } from "@/components/ui/PagedList";
import { ActionField, ActionForm } from "@/components/admin/ActionForm";
import { RoleSelect } from "@/components/admin/RoleSelect";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { PageHeader } from "@/components/ui/PageHeader";
import { Select } from "@/components/ui/Select";
import { Td, Th, Tr } from "@/components/ui/Table";
import { formatViDateTime } from "@/lib/domain/calendar";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { listManagedUsers } from "@/lib/server/admin-users";
import { requireUser } from "@/lib/server/session";
import { userListParamsSchema } from "@/lib/validation/admin";
import { paramsHref, parseParams } from "@/lib/validation/url-params";
import { createUserAction } from "../actions";

export const metadata = { title: messages.adminUser.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const user = await requireUser("manage:user");
  const params = parseParams(userListParamsSchema, await searchParams);
  const list = await listManagedUsers(user, params);
  const m = messages.adminUser;
  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <form method="get" role="search" aria-label={m.searchLabel} className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-5">
        <div className="md:col-span-2">
          <Field id="q" label={m.searchLabel}>
            <Input name="q" type="search" defaultValue={params.q ?? ""} placeholder={m.searchPlaceholder} />
          </Field>
        </div>
        <Field id="vaitro" label={m.role}>
          <RoleSelect name="vaitro" defaultValue={params.vaitro ?? ""} all />
        </Field>
        <Field id="donvi" label={m.organization} hint={m.organizationHint}>
          <Input name="donvi" defaultValue={params.donvi ?? ""} maxLength={40} />
        </Field>
        <Field id="tinhtrang" label={m.status}>
          <Select name="tinhtrang" defaultValue={params.tinhtrang ?? ""}>
            <option value="">{messages.admin.all}</option>
            <option value="dang-dung">{m.active}</option>
            <option value="da-khoa">{m.disabled}</option>
          </Select>
        </Field>
        <div className="md:col-span-5">
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
        hrefForPage={(p) => paramsHref("/quan-tri/nguoi-dung", params, { trang: p })}
        head={
          <>
            <Th>{m.name}</Th>
            <Th>{m.username}</Th>
            <Th>{m.role}</Th>
            <Th>{m.organization}</Th>
            <Th>{m.status}</Th>
            <Th>{m.lastLogin}</Th>
          </>
        }
        rows={list.rows.map((r) => (
          <Tr key={r.id}>
            <Td>
              <Link href={`/quan-tri/nguoi-dung/${r.id}`} className="font-medium text-brand-700 hover:underline">
                {r.name}
              </Link>
            </Td>
            <Td className="font-mono text-xs">{r.username}</Td>
            <Td>{messages.role[r.role]}</Td>
            <Td>{r.organizationName}</Td>
            <Td>{r.active ? <Badge tone="green">{m.active}</Badge> : <Badge tone="gray">{m.disabled}</Badge>}</Td>
            <Td className="text-stone-700">{r.lastLoginAt ? formatViDateTime(r.lastLoginAt) : m.never}</Td>
          </Tr>
        ))}
      />

      <Card className="mt-8" aria-labelledby="create-user-heading">
        <CardHeader>
          <CardTitle id="create-user-heading">{m.create}</CardTitle>
        </CardHeader>
        <CardBody>
          <ActionForm id="create-user" action={createUserAction} label={m.create} submitLabel={m.create} resetOnSuccess>
            <div className="grid gap-x-4 sm:grid-cols-2">
              <ActionField name="username" label={m.username} hint={m.usernameHint} required>
                <Input name="username" autoComplete="off" maxLength={60} />
              </ActionField>
              <ActionField name="name" label={m.name} required>
                <Input name="name" autoComplete="off" maxLength={200} />
              </ActionField>
              <ActionField name="role" label={m.role} required>
                <RoleSelect name="role" />
              </ActionField>
              <ActionField name="organizationCode" label={m.organization} hint={m.organizationHint} required>
                <Input name="organizationCode" autoComplete="off" maxLength={40} />
              </ActionField>
              <ActionField name="email" label={m.email}>
                <Input name="email" type="email" autoComplete="off" maxLength={200} />
              </ActionField>
              <ActionField name="password" label={m.password} hint={m.passwordHint}>
                <Input name="password" type="password" autoComplete="new-password" maxLength={200} />
              </ActionField>
            </div>
          </ActionForm>
        </CardBody>
      </Card>
    </>
  );
}
