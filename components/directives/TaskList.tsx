// The directive's tasks, each with the units it was given to and their status as of today. A unit
// whose assignment the person may open links to it: its reports, evidence and history.
import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { formatDate, formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { DirectiveDetail } from "@/lib/server/directives";

type TaskView = DirectiveDetail["tasks"][number];

function Deadline({ task }: { task: TaskView }) {
  const m = messages.directive;
  const when = task.dueOn ? formatDate(task.dueOn) : m.ongoing;
  return (
    <span>
      {when}
      {task.deadlineText ? <span className="text-stone-600"> ({task.deadlineText})</span> : null}
      {task.reportingCycle !== "NONE" ? (
        <span className="text-stone-600"> · {format(m.cycle, { cycle: messages.reportingCycle[task.reportingCycle].toLowerCase() })}</span>
      ) : null}
    </span>
  );
}

function TaskCard({ task, today }: { task: TaskView; today: string }) {
  const m = messages.directive;
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
        {task.assignments.length === 0 ? (
          <p className="text-sm text-stone-600">{m.noAssignments}</p>
        ) : (
          <Table label={`${m.tasks} ${task.ordinal}`}>
            <THead>
              <Tr>
                <Th>{m.unit}</Th>
                <Th>{m.role}</Th>
                <Th>{m.due}</Th>
                <Th>{m.completedOn}</Th>
                <Th>{m.progress}</Th>
                <Th>{format(m.statusAsOf, { date: formatDate(today) })}</Th>
              </Tr>
            </THead>
            <TBody>
              {task.assignments.map((a) => (
                <Tr key={a.id}>
                  <Td>
                    {a.openable ? (
                      <Link href={`/nhiem-vu/${a.id}`} className="link">
                        {a.unitName}
                      </Link>
                    ) : (
                      a.unitName
                    )}
                  </Td>
                  <Td>
                    <Badge tone={a.role === "LEAD" ? "blue" : "neutral"}>{messages.assignmentRole[a.role]}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">{formatDate(a.dueOn)}</Td>
                  <Td className="whitespace-nowrap tabular-nums">{formatDate(a.completedOn)}</Td>
                  <Td className="tabular-nums">{a.progressPercent} %</Td>
                  <Td>
                    <StatusBadge status={a.status} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
}

export function TaskList({ directive }: { directive: DirectiveDetail }) {
  const m = messages.directive;
  return (
    <section aria-labelledby="tasks-heading" className="space-y-4">
      <h2 id="tasks-heading" className="text-lg font-semibold text-stone-900">
        {m.tasks}
      </h2>
      {directive.tasks.length === 0 ? (
        <EmptyState title={m.noTasks} />
      ) : (
        directive.tasks.map((task) => <TaskCard key={task.id} task={task} today={directive.today} />)
      )}
    </section>
  );
}
