// Every unit given a task of the directive, a page at a time, filtered by task and status, the
// most urgent first (lib/server/directive-units.ts). The view lives in the URL.
import { notFound } from "next/navigation";
import { cache } from "react";
import { AssignmentCells } from "@/components/directives/AssignmentCells";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { RemindUnits } from "@/components/directives/RemindUnits";
import { directiveLabel } from "@/components/directives/labels";
import { DownloadLink } from "@/components/ui/DownloadLink";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { FilterActions } from "@/components/ui/FilterActions";
import { PagedList } from "@/components/ui/PagedList";
import { PageHeader } from "@/components/ui/PageHeader";
import { Select } from "@/components/ui/Select";
import { Td, Th, Tr } from "@/components/ui/Table";
import { STATUSES_BY_URGENCY } from "@/lib/domain/status";
import { formatDate, formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { listDirectiveUnits, type DirectiveUnitFilters } from "@/lib/server/directive-units";
import { requireUser, type SessionUser } from "@/lib/server/session";
import { directiveUnitsHref, directiveUnitsParamsSchema } from "@/lib/validation/directive-units";
import { paramsHref, parseParams } from "@/lib/validation/url-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The title (generateMetadata) and the page read the list once per request: twice would also write
// two audit events for one read of a secret directive's list.
// (The filters go one by one: a cache compares its arguments by identity.)
const listOnce = cache((user: SessionUser, id: number, taskId?: number, status?: DirectiveUnitFilters["status"], q?: string, page?: number) =>
  listDirectiveUnits(user, id, { taskId, status, q, page }),
);

async function load({ params, searchParams }: Props) {
  const user = await requireUser("read:directive");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const view = parseParams(directiveUnitsParamsSchema, await searchParams);
  const list = await listOnce(user, id, view.nv, view.tt, view.q, view.trang);
  if (!list) notFound();
  return { user, id, view, list };
}

export async function generateMetadata(props: Props) {
  const { list } = await load(props);
  return { title: `${messages.directiveUnits.title} · ${directiveLabel(list.directive)}` };
}

const TITLE_SHOWN = 80;
const TASK_TITLE_IN_ROW = 50;

export default async function DirectiveUnitsPage(props: Props) {
  const { user, id, view, list } = await load(props);
  const m = messages.directiveUnits;
  const label = directiveLabel(list.directive);
  // The shown view: a task of another directive was dropped by the data layer.
  const shown = { nv: list.task?.id, tt: list.status ?? undefined, q: list.q ?? undefined };
  const filtered = Boolean(shown.nv || shown.tt || shown.q);
  const showTask = !list.task && list.tasks.length > 1;
  return (
    <>
      <PageHeader
        title={
          <>
            {m.title}: <DirectiveLabel directive={list.directive} />
          </>
        }
        description={m.description}
        actions={
          <DownloadLink href={paramsHref(`/api/van-ban/${id}/don-vi/xuat`, shown)} size="md">
            {m.export}
          </DownloadLink>
        }
        breadcrumbs={[
          { href: "/van-ban", label: messages.directive.back },
          { href: `/van-ban/${id}`, label: list.directive.symbol ?? messages.directiveType[list.directive.type] },
          { label: m.title },
        ]}
      />
      <form method="get" role="search" aria-label={m.filters} className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_minmax(0,1fr)_auto] md:items-end">
        <Field id="q" label={m.search}>
          <Input name="q" type="search" defaultValue={shown.q ?? ""} maxLength={200} placeholder={m.searchPlaceholder} />
        </Field>
        <Field id="nv" label={m.task}>
          <Select name="nv" defaultValue={shown.nv ? String(shown.nv) : ""}>
            <option value="">{m.allTasks}</option>
            {list.tasks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.ordinal}. {t.title.length > TITLE_SHOWN ? `${t.title.slice(0, TITLE_SHOWN)}…` : t.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="tt" label={m.status}>
          <Select name="tt" defaultValue={shown.tt ?? ""}>
            <option value="">{m.allStatuses}</option>
            {STATUSES_BY_URGENCY.map((s) => (
              <option key={s} value={s}>
                {format(m.statusOption, { status: messages.assignmentStatus[s], n: formatNumber(list.counts[s]) })}
              </option>
            ))}
          </Select>
        </Field>
        <FilterActions applyLabel={m.apply} clearLabel={m.clear} clearHref={filtered ? directiveUnitsHref(id) : null} className="md:pb-6" />
      </form>
      {list.reminders ? (
        <RemindUnits directiveId={id} view={{ taskId: shown.nv, status: shown.tt, q: shown.q }} counts={list.reminders} />
      ) : null}
      <PagedList
        countText={shown.tt ? format(m.countOf, { n: formatNumber(list.total), all: formatNumber(list.all) }) : format(m.count, { n: formatNumber(list.total) })}
        label={`${m.title}: ${label}`}
        empty={m.empty}
        page={list.page}
        pageCount={list.pageCount}
        hrefForPage={(p) => directiveUnitsHref(id, shown, { trang: p })}
        minWidth="44rem"
        head={
          <>
            <Th>{m.unit}</Th>
            <Th>{format(messages.directive.statusAsOf, { date: formatDate(list.today) })}</Th>
            {showTask ? <Th>{m.task}</Th> : null}
            <Th>{m.due}</Th>
            <Th>{m.progress}</Th>
            <Th>{m.completedOn}</Th>
            <Th>{m.role}</Th>
          </>
        }
        rows={list.rows.map((r) => (
          <Tr key={r.id}>
            <AssignmentCells
              row={r}
              task={
                showTask ? (
                  <Td className="min-w-48 text-stone-700">
                    <span className="tabular-nums">{r.taskOrdinal}.</span> {r.taskTitle.length > TASK_TITLE_IN_ROW ? `${r.taskTitle.slice(0, TASK_TITLE_IN_ROW)}…` : r.taskTitle}
                  </Td>
                ) : null
              }
            />
          </Tr>
        ))}
      />
    </>
  );
}
