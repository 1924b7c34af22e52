import { Button } from "@/components/ui/Button";
import { PagedList } from "@/components/ui/PagedList";
import { DownloadLink } from "@/components/ui/DownloadLink";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { PageHeader } from "@/components/ui/PageHeader";
import { Select } from "@/components/ui/Select";
import { Td, Th, Tr } from "@/components/ui/Table";
import { formatViDateTime } from "@/lib/domain/calendar";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { auditActionLabel, auditDetail, listAuditEvents } from "@/lib/server/audit-log";
import { requireUser } from "@/lib/server/session";
import { auditParamsSchema } from "@/lib/validation/admin";
import { paramsHref, parseParams } from "@/lib/validation/url-params";

export const metadata = { title: messages.audit.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const user = await requireUser("read:audit");
  const params = parseParams(auditParamsSchema, await searchParams);
  const list = await listAuditEvents(user, params);
  const m = messages.audit;
  const { trang: _page, ...filters } = params;
  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          <DownloadLink href={paramsHref("/api/quan-tri/nhat-ky/xuat", filters)} size="md">
            {m.export}
          </DownloadLink>
        }
      />
      <form method="get" role="search" aria-label={m.title} className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="nguoi" label={m.actor} hint={m.actorHint}>
          <Input name="nguoi" defaultValue={params.nguoi ?? ""} maxLength={60} />
        </Field>
        <Field id="hanhdong" label={m.action}>
          <Select name="hanhdong" defaultValue={params.hanhdong ?? ""}>
            <option value="">{messages.admin.all}</option>
            {Object.entries(m.actions).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="tu" label={m.from}>
          <Input name="tu" type="date" defaultValue={params.tu ?? ""} />
        </Field>
        <Field id="den" label={m.to}>
          <Input name="den" type="date" defaultValue={params.den ?? ""} />
        </Field>
        <Field id="loai" label={m.entityType}>
          <Select name="loai" defaultValue={params.loai ?? ""}>
            <option value="">{messages.admin.all}</option>
            {Object.entries(m.entityTypes).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="ma" label={m.entityId}>
          <Input name="ma" inputMode="numeric" defaultValue={params.ma ? String(params.ma) : ""} maxLength={10} />
        </Field>
        <Field id="donvi" label={m.organization}>
          <Input name="donvi" defaultValue={params.donvi ?? ""} maxLength={40} />
        </Field>
        <div className="flex items-center">
          <Button type="submit" variant="primary">
            {messages.admin.apply}
          </Button>
        </div>
      </form>
      <PagedList
        countText={format(m.count, { n: formatNumber(list.total) })}
        label={m.title}
        empty={m.empty}
        minWidth="56rem"
        page={list.page}
        pageCount={list.pageCount}
        hrefForPage={(p) => paramsHref("/quan-tri/nhat-ky", filters, { trang: p })}
        head={
          <>
            <Th>{m.at}</Th>
            <Th>{m.actor}</Th>
            <Th>{m.action}</Th>
            <Th>{m.object}</Th>
            <Th>{m.organizationColumn}</Th>
            <Th>{m.details}</Th>
          </>
        }
        rows={list.rows.map((r) => (
          <Tr key={r.id}>
            <Td className="whitespace-nowrap tabular-nums">{formatViDateTime(r.at)}</Td>
            <Td>{r.actorUsername ? `${r.actorName} (${r.actorUsername})` : m.system}</Td>
            <Td>{auditActionLabel(r.action)}</Td>
            <Td>
              {m.entityTypes[r.entityType as keyof typeof m.entityTypes] ?? r.entityType}
              {r.entityId ? ` #${r.entityId}` : ""}
              {r.entityLabel ? <span className="block text-stone-700">{r.entityLabel}</span> : null}
            </Td>
            <Td>{r.organizationName ?? messages.admin.none}</Td>
            <Td className="max-w-xs break-words text-xs text-stone-700">{auditDetail(r)}</Td>
          </Tr>
        ))}
      />
    </>
  );
}
