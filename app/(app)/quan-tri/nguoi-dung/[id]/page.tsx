import { notFound } from "next/navigation";
import { ActionField, ActionForm } from "@/components/admin/ActionForm";
import { RoleSelect } from "@/components/admin/RoleSelect";
import { Badge } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { Input } from "@/components/ui/Input";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatViDateTime } from "@/lib/domain/calendar";
import { format, messages } from "@/lib/i18n/messages";
import { getManagedUser } from "@/lib/server/admin-users";
import { requireUser } from "@/lib/server/session";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export default async function AdminUserPage({ params }: Props) {
  const me = await requireUser("manage:user");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const account = await getManagedUser(me, id);
  if (!account) notFound();
  const m = messages.adminUser;
  const self = account.id === me.id;
  return (
    <>
      <PageHeader
        title={account.name}
        description={`${account.username} · ${messages.role[account.role]} · ${account.organization.name}`}
        breadcrumbs={[{ href: "/quan-tri/nguoi-dung", label: m.title }, { label: account.name }]}
        actions={account.active ? <Badge tone="green">{m.active}</Badge> : <Badge tone="gray">{m.disabled}</Badge>}
      />
      <p className="mb-4 text-sm text-stone-700">
        {m.lastLogin}: {account.lastLoginAt ? formatViDateTime(account.lastLoginAt) : m.never}
        {account.email ? (
          <>
            {" · "}
            {m.email}: <span className="[overflow-wrap:anywhere]">{account.email}</span>
          </>
        ) : null}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="edit-heading">
          <CardHeader>
            <CardTitle id="edit-heading">{m.edit}</CardTitle>
          </CardHeader>
          <CardBody>
            <ActionForm id="edit" action={updateUserAction} label={m.edit} submitLabel={messages.admin.save} hidden={{ id: account.id }}>
              <ActionField name="name" label={m.name} required>
                <Input name="name" defaultValue={account.name} maxLength={200} autoComplete="off" />
              </ActionField>
              <ActionField name="role" label={m.role} required>
                <RoleSelect name="role" defaultValue={account.role} />
              </ActionField>
              <ActionField name="organizationCode" label={m.organization} hint={m.organizationHint} required>
                <Input name="organizationCode" defaultValue={account.organization.code} maxLength={40} autoComplete="off" />
              </ActionField>
            </ActionForm>
          </CardBody>
        </Card>
        {self ? null : (
          <div className="flex flex-col gap-6">
            <Card aria-labelledby="active-heading">
              <CardHeader>
                <CardTitle id="active-heading">{account.active ? m.disable : m.enable}</CardTitle>
              </CardHeader>
              <CardBody>
                <p className="mb-3 text-sm text-stone-700">{m.disableHint}</p>
                <ActionForm
                  id="active"
                  action={setUserActiveAction}
                  label={account.active ? m.disable : m.enable}
                  submitLabel={account.active ? m.disable : m.enable}
                  variant={account.active ? "danger" : "primary"}
                  hidden={{ id: account.id, active: account.active ? "false" : "true" }}
                  confirm={account.active ? format(m.confirmDisable, { username: account.username }) : undefined}
                />
              </CardBody>
            </Card>
            <Card aria-labelledby="reset-heading">
              <CardHeader>
                <CardTitle id="reset-heading">{m.reset}</CardTitle>
              </CardHeader>
              <CardBody>
                <p className="mb-3 text-sm text-stone-700">{m.resetHint}</p>
                <ActionForm
                  id="reset"
                  action={resetPasswordAction}
                  label={m.reset}
                  submitLabel={m.reset}
                  hidden={{ id: account.id }}
                  confirm={format(m.confirmReset, { username: account.username })}
                />
              </CardBody>
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
