// The directive's tasks, each with the units it was given to and their status as of today. A unit
// whose assignment the person may open links to it: its reports, evidence and history.
import { assigneeRuleLabel, deadlineWording } from "@/components/directives/labels";
import Link from "@/components/ui/Link";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Th, THead, Tr } from "@/components/ui/Table";
import { STATUSES_BY_URGENCY } from "@/lib/domain/status";
import { formatDate, formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { StatusCounts } from "@/lib/server/directive-units";
import type { DirectiveDetail } from "@/lib/server/directives";
import { directiveUnitsHref } from "@/lib/validation/directive-units";
import { AssignmentCells } from "./AssignmentCells";

type TaskView = DirectiveDetail["tasks"][number];

function Deadline({ task }: { task: TaskView }) {
  const m = messages.directive;
  const when = task.dueOn ? formatDate(task.dueOn) : m.ongoing;
  const wording = deadlineWording(task);
  return (
    <span>
      {when}
      {wording ? <span className="text-stone-600"> ({wording})</span> : null}
      {task.reportingCycle !== "NONE" ? (
        <span className="text-stone-600"> · {format(m.cycle, { cycle: messages.reportingCycle[task.reportingCycle].toLowerCase() })}</span>
      ) : null}
    </span>
  );
}

/** Every unit of the task, when the page lists only the first: the total by status, each a link to those units. */
function unitsBeyondShown(task: TaskView) {
  const counts = task.statusCounts;
  if (!counts) return null;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return total > task.assignments.length ? { counts, total } : null;
}

function UnitCounts({ directiveId, task, counts }: { directiveId: number; task: TaskView; counts: StatusCounts }) {
  const m = messages.directive;
  return (
    <ul aria-label={m.statusCountsLabel} className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {STATUSES_BY_URGENCY.filter((s) => counts[s] > 0).map((s) => (
        <li key={s}>
          <Link href={directiveUnitsHref(directiveId, { nv: task.id, tt: s })} className="link">
            {messages.assignmentStatus[s]}: <span className="tabular-nums">{formatNumber(counts[s])}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function MoreUnits({ directiveId, task, total }: { directiveId: number; task: TaskView; total: number }) {
  const m = messages.directive;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p className="text-stone-700">{format(m.unitsShown, { shown: formatNumber(task.assignments.length), total: formatNumber(total) })}</p>
      <ButtonLink href={directiveUnitsHref(directiveId, { nv: task.id })} size="sm">
        {format(m.allUnits, { n: formatNumber(total) })}
      </ButtonLink>
    </div>
  );
}

/** Before the cascade (a draft): the units the task will go to, as the office chose them. */
function PlannedUnits({ task }: { task: TaskView }) {
  const m = messages.directive;
  const byRole = (role: "LEAD" | "COORDINATE") =>
    task.rules.filter((r) => r.role === role).map((r) => assigneeRuleLabel(r.selector, r.organizationName, r.organizationKind));
  const leads = byRole("LEAD");
  const coordinators = byRole("COORDINATE");
  return (
    <div className="space-y-1 text-sm text-stone-800">
      <p className="text-stone-600">{m.plannedUnits}</p>
      {leads.length ? (
        <p>
          <span className="font-medium">{messages.assignmentRole.LEAD}:</span> {leads.join("; ")}
        </p>
      ) : null}
      {coordinators.length ? (
        <p>
          <span className="font-medium">{messages.assignmentRole.COORDINATE}:</span> {coordinators.join("; ")}
        </p>
      ) : null}
    </div>
  );
}

function TaskCard({ directiveId, task, today, draft }: { directiveId: number; task: TaskView; today: string; draft: boolean }) {
  const m = messages.directive;
  const beyond = unitsBeyondShown(task);
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3">
          {task.ordinal}. {task.title}
        </CardTitle>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
          <span>
            <span className="font-medium">{m.deadline}:</span> <Deadline task={task} />
          </span>
          {task.target ? <span>{format(m.target, { value: formatNumber(task.target.value), unit: task.target.unit })}</span> : null}
          {task.requiresOwnPlan ? <Badge tone="blue">{m.ownPlan}</Badge> : null}
        </div>
        {task.description ? <p className="mt-2 text-sm text-stone-700">{task.description}</p> : null}
      </CardHeader>
      <CardBody>
        {beyond ? <UnitCounts directiveId={directiveId} task={task} counts={beyond.counts} /> : null}
        {task.assignments.length === 0 ? (
          draft && task.rules.length ? (
            <PlannedUnits task={task} />
          ) : (
            <p className="text-sm text-stone-600">{m.noAssignments}</p>
          )
        ) : (
          <Table label={`${m.tasks} ${task.ordinal}`}>
            <THead>
              <Tr>
                <Th>{m.unit}</Th>
                <Th>{format(m.statusAsOf, { date: formatDate(today) })}</Th>
                <Th>{m.due}</Th>
                <Th>{m.progress}</Th>
                <Th>{m.completedOn}</Th>
                <Th>{m.role}</Th>
              </Tr>
            </THead>
            <TBody>
              {task.assignments.map((a) => (
                <Tr key={a.id}>
                  <AssignmentCells row={a} />
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        {beyond ? <MoreUnits directiveId={directiveId} task={task} total={beyond.total} /> : null}
      </CardBody>
    </Card>
  );
}

export function TaskList({ directive }: { directive: DirectiveDetail }) {
  const m = messages.directive;
  return (
    <section aria-labelledby="tasks-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="tasks-heading" className="text-lg font-semibold text-stone-900">
          {m.tasks}
        </h2>
        {directive.tasks.some((t) => t.assignments.length > 0) ? (
          <Link href={directiveUnitsHref(directive.id)} className="text-sm link">
            {m.unitsLink}
          </Link>
        ) : null}
      </div>
      {directive.tasks.length === 0 ? (
        <EmptyState title={m.noTasks} />
      ) : (
        directive.tasks.map((task) => <TaskCard key={task.id} directiveId={directive.id} task={task} today={directive.today} draft={directive.status === "DRAFT"} />)
      )}
    </section>
  );
}
