// One assignment in its context: the chain of directives above it, the task, this unit's status,
// the other units, the report slots, the history; and, as the person is allowed, the report form,
// the extension request, the review of reports and extensions, and the unit's own plans.
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChainNav } from "@/components/assignment/ChainNav";
import { ExtensionForm } from "@/components/assignment/ExtensionForm";
import { OtherUnits } from "@/components/assignment/OtherUnits";
import { OwnPlansCard } from "@/components/assignment/OwnPlansCard";
import { ExtensionHistory, ReminderHistory, ReportHistory } from "@/components/assignment/ReportHistory";
import { ReportForm } from "@/components/assignment/ReportForm";
import { SlotsCard } from "@/components/assignment/SlotsCard";
import { TaskCard } from "@/components/assignment/TaskCard";
import { UnitStatusCard } from "@/components/assignment/UnitStatusCard";
import { directiveLabel } from "@/components/directives/labels";
import { PageHeader } from "@/components/ui/PageHeader";
import { Alert } from "@/components/ui/Alert";
import { formatViDate, formatViDateTime, vietnamToday } from "@/lib/domain/calendar";
import { format, messages } from "@/lib/i18n/messages";
import { getAssignmentDetail, type AssignmentDetail } from "@/lib/server/assignment-detail";
import { MAX_FILE_MB } from "@/lib/server/files";
import { requireUser } from "@/lib/server/session";
import { MAX_EVIDENCE_FILES } from "@/lib/validation/report";

type Props = { params: Promise<{ id: string }> };

// The title (generateMetadata) and the page read the same assignment: once per request, not twice.
const assignmentOnce = cache(getAssignmentDetail);

async function load(params: Props["params"]) {
  const user = await requireUser("read:assignment");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const detail = await assignmentOnce(user, id);
  if (!detail) notFound();
  return { user, detail };
}

export async function generateMetadata({ params }: Props) {
  const { detail } = await load(params);
  return { title: detail.task.title.length > 80 ? `${detail.task.title.slice(0, 80)}…` : detail.task.title };
}

/** The slots a report may answer: open and overdue ones, or the current period when all are reported. */
function reportablePeriods(slots: AssignmentDetail["slots"]) {
  const open = slots.filter((s) => s.state === "OPEN" || s.state === "OVERDUE");
  const chosen = open.length ? open : slots.slice(-1);
  return chosen.map((s) => ({ periodKey: s.periodKey, dueOn: s.dueOn, state: s.state }));
}

function editableReport(detail: AssignmentDetail) {
  const r = detail.reports.find((x) => x.status === "SUBMITTED");
  if (!r) return null;
  return {
    id: r.id,
    version: r.version,
    at: formatViDateTime(r.submittedAt),
    content: r.content,
    progressPercent: String(r.progressPercent),
    achievedValue: r.achievedValue === null ? "" : String(r.achievedValue).replace(".", ","),
    denominator: r.denominator === null ? "" : String(r.denominator).replace(".", ","),
    periodKey: r.periodKey ?? "",
    links: "",
    requestsCompletion: r.requestsCompletion,
  };
}

export default async function AssignmentPage({ params }: Props) {
  const { user, detail: loaded } = await load(params);
  // Newest first; reports sent within the same instant (a fixed demo clock) in the order they were sent.
  const reports = [...loaded.reports].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || b.id - a.id);
  const detail: AssignmentDetail = { ...loaded, reports };
  const m = messages.assignment;
  const pendingExtension = detail.extensions.some((e) => e.status === "PENDING");
  // A task that asks for the unit's own plan shows the plans next to the task, where a phone reaches them first.
  const planFirst = detail.task.requiresOwnPlan;
  return (
    <>
      <PageHeader
        title={detail.task.title}
        description={`${detail.unit.name} · ${messages.assignmentRole[detail.role]}`}
        breadcrumbs={[
          { href: "/", label: user.role === "UNIT_HEAD" ? m.back : messages.menu.home },
          { href: `/van-ban/${detail.directive.id}`, label: directiveLabel(detail.directive) },
          { label: m.title },
        ]}
      />
      <ChainNav detail={detail} />
      {detail.state === "CANCELLED" ? (
        <Alert tone="warning" className="mb-6">
          {detail.directive.status === "RECALLED" && detail.directive.recalledAt
            ? format(m.cancelledRecalled, { date: formatViDate(vietnamToday(detail.directive.recalledAt)) })
            : m.cancelledRemoved}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <UnitStatusCard detail={detail} />
          <TaskCard detail={detail} />
          {planFirst ? <OwnPlansCard detail={detail} /> : null}
          {detail.can.report ? (
            <ReportForm
              assignmentId={detail.id}
              target={detail.task.target}
              periods={reportablePeriods(detail.slots)}
              editable={editableReport(detail)}
              currentPercent={detail.progressPercent}
              limits={{ maxFiles: MAX_EVIDENCE_FILES, maxFileMb: MAX_FILE_MB, maxTotalMb: MAX_FILE_MB }}
            />
          ) : null}
          {detail.dueOn && (detail.can.requestExtension || (detail.can.report && pendingExtension)) ? (
            <ExtensionForm assignmentId={detail.id} dueOn={detail.dueOn} open={detail.can.requestExtension} />
          ) : null}
          <section aria-labelledby="history-heading" className="space-y-4">
            <h2 id="history-heading" className="text-lg font-semibold text-stone-900">
              {m.history}
            </h2>
            {detail.reminders.length ? <ReminderHistory detail={detail} /> : null}
            <ReportHistory detail={detail} />
            {detail.dueOn || detail.extensions.length ? <ExtensionHistory detail={detail} /> : null}
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          {!planFirst && (detail.ownPlans.length || detail.can.createPlan) ? <OwnPlansCard detail={detail} /> : null}
          {detail.slots.length ? <SlotsCard slots={detail.slots} /> : null}
          <OtherUnits others={detail.others} total={detail.othersTotal} directiveId={detail.directive.id} taskId={detail.task.id} />
        </div>
      </div>
    </>
  );
}
