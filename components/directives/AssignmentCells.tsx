// One unit's assignment as table cells, on the directive's page and in its list of units: the unit
// (a link when the person may open its assignment) and its status as of today first — on a phone
// the table scrolls sideways, and these two are what the page is read for — then an optional task
// cell, the due date, progress, completion date and role. The two tables head their columns in this order.
import { AssignmentLink } from "@/components/assignment/AssignmentLink";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/Badge";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { Td } from "@/components/ui/Table";
import { formatDate } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import type { UnitAssignment } from "@/lib/server/directive-units";

export function AssignmentCells({ row, task }: { row: UnitAssignment; task?: ReactNode }) {
  return (
    <>
      <Td className="min-w-40">
        <AssignmentLink id={row.id} openable={row.openable}>
          {row.unitName}
        </AssignmentLink>
      </Td>
      <Td>
        <span className="flex flex-wrap gap-1">
          <StatusBadge status={row.status} />
          {row.awaitingReview ? <Badge tone="gray">{messages.directiveUnits.awaitingReview}</Badge> : null}
        </span>
      </Td>
      {task}
      <Td className="whitespace-nowrap tabular-nums">{formatDate(row.dueOn)}</Td>
      <Td className="tabular-nums">{row.progressPercent} %</Td>
      <Td className="whitespace-nowrap tabular-nums">{formatDate(row.completedOn)}</Td>
      <Td>
        <Badge tone={row.role === "LEAD" ? "blue" : "neutral"}>{messages.assignmentRole[row.role]}</Badge>
      </Td>
    </>
  );
}
