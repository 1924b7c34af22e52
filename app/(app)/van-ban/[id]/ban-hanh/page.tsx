// The issue preview: what issuing (or re-issuing) would give to whom, what cannot be taken back
// because units already reported, and the button — refused while a task would have no lead.
import { notFound } from "next/navigation";
import { directiveLabel } from "@/components/directives/labels";
import { IssueForm } from "@/components/directives/editor/IssueForm";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatViDate } from "@/lib/domain/calendar";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import { previewIssue } from "@/lib/server/directive-issue";
import { getDirective } from "@/lib/server/directives";
import { requireUser } from "@/lib/server/session";

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: messages.issue.title };

/** "Chủ trì: A, B và 3 đơn vị khác": the first units by name, the rest counted. */
function UnitNames({ label, names, count }: { label: string; names: string[]; count: number }) {
  if (count === 0) return null;
  const more = count - names.length;
  return (
    <p className="text-stone-700">
      <span className="font-medium">{label}:</span> {names.join(", ")}
      {more > 0 ? ` ${format(messages.issue.moreUnits, { n: formatNumber(more) })}` : null}
    </p>
  );
}

export default async function IssuePreviewPage({ params }: Props) {
  const user = await requireUser("issue:directive");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const directive = await getDirective(user, id);
  if (!directive || !directive.own) notFound();
  const m = messages.issue;
  const label = directiveLabel(directive);
  const header = (
    <PageHeader
      title={m.title}
      description={`${label} — ${directive.title}`}
      breadcrumbs={[
        { href: "/van-ban", label: messages.directive.back },
        { href: `/van-ban/${id}`, label: directive.symbol ?? messages.directiveType[directive.type] },
        { label: m.title },
      ]}
    />
  );
  const preview = directive.status === "RECALLED" ? null : await previewIssue(user, id);
  if (!preview) {
    return (
      <>
        {header}
        <Alert tone="warning">{messages.validation.notIssuable}</Alert>
      </>
    );
  }

  const n = formatNumber;
  const reissue = preview.status === "ISSUED";
  const changes = [
    preview.toAdd ? format(m.add, { n: n(preview.toAdd), units: n(preview.unitsToAdd) }) : null,
    preview.toRemove ? format(m.remove, { n: n(preview.toRemove) }) : null,
    preview.roleChanges ? format(m.roleChange, { n: n(preview.roleChanges) }) : null,
    preview.dueChanges ? format(m.dueChange, { n: n(preview.dueChanges) }) : null,
  ].filter((x): x is string => x !== null);
  const titles = new Map(directive.tasks.map((t) => [t.ordinal, t.title]));
  const withoutLead = new Set(preview.tasksWithoutLead);
  const needsDate = !directive.issuedOn;
  const canIssue = !needsDate && !preview.issuedAhead && withoutLead.size === 0 && (!reissue || changes.length > 0);

  return (
    <>
      {header}
      <div className="space-y-6">
        <Card>
          <CardBody className="space-y-2">
            {reissue ? (
              <>
                <h2 className="text-base font-semibold text-stone-900">{m.changesTitle}</h2>
                {changes.length ? (
                  <ul className="list-disc space-y-1 pl-5 text-sm text-stone-900">
                    {changes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-sm text-stone-900">{m.summaryNone}</p>
                )}
                <p className="text-sm text-stone-700">{format(m.totalAfter, { assignments: n(preview.total), units: n(preview.units) })}</p>
              </>
            ) : (
              <p className="text-lg font-semibold text-stone-900">
                {preview.tasks.length ? format(m.summaryNew, { tasks: n(preview.tasks.length), assignments: n(preview.total), units: n(preview.units) }) : m.noTasks}
              </p>
            )}
          </CardBody>
        </Card>

        {preview.blocked.length ? (
          <Alert tone="warning" title={m.blockedTitle}>
            <p>{m.blockedHelp}</p>
            <ul className="mt-1 list-disc pl-5">
              {preview.blocked.map((b) => (
                <li key={`${b.taskOrdinal}-${b.unitId}`}>{format(m.blockedItem, { ordinal: b.taskOrdinal, unit: b.unitName })}</li>
              ))}
            </ul>
          </Alert>
        ) : null}

        {withoutLead.size ? (
          <Alert tone="error" title={m.noLeadTitle}>
            <ul className="list-disc pl-5">
              {preview.tasksWithoutLead.map((ordinal) => (
                <li key={ordinal}>{format(messages.validation.noLeadAfterExpansion, { ordinal })}</li>
              ))}
            </ul>
            <p className="mt-1">{m.noLeadHelp}</p>
          </Alert>
        ) : null}
        {needsDate ? <Alert tone="error" title={m.noLeadTitle}>{messages.validation.issueNeedsDate}</Alert> : null}
        {preview.lateForSource.length ? (
          <Alert tone="warning" title={m.lateForSourceTitle}>
            <ul className="list-disc pl-5">
              {preview.lateForSource.map((t) => (
                <li key={t.ordinal}>{format(m.lateForSourceItem, { ordinal: t.ordinal, due: formatViDate(t.dueOn), source: formatViDate(t.sourceDueOn) })}</li>
              ))}
            </ul>
            <p className="mt-1">{m.lateForSourceHelp}</p>
          </Alert>
        ) : null}
        {preview.issuedAhead ? (
          <Alert tone="error" title={m.noLeadTitle}>
            {format(messages.validation.issueDateAhead, { date: formatViDate(preview.issuedAhead) })}
          </Alert>
        ) : null}

        <Card>
          <CardHeader>
            <CardTitle>{m.byTask}</CardTitle>
          </CardHeader>
          <CardBody>
            {preview.tasks.length ? (
              <ol className="space-y-3 text-sm">
                {preview.tasks.map((t) => (
                  <li key={t.ordinal}>
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <span className="font-medium text-stone-900">
                        {format(m.taskLine, { ordinal: t.ordinal, leads: n(t.leads), coordinators: n(t.coordinators) })}
                      </span>
                      {withoutLead.has(t.ordinal) ? <Badge tone="red">{m.taskWithoutLead}</Badge> : null}
                    </p>
                    <p className="text-stone-600">{titles.get(t.ordinal)}</p>
                    <UnitNames label={m.leadUnits} names={t.leadNames} count={t.leads} />
                    <UnitNames label={m.coordinatorUnits} names={t.coordinatorNames} count={t.coordinators} />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-stone-600">{m.noTasks}</p>
            )}
          </CardBody>
        </Card>

        <IssueForm id={id} reissue={reissue} canIssue={canIssue} />
      </div>
    </>
  );
}
