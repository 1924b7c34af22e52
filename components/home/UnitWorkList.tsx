// The unit's open assignments, most urgent first.
import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { directiveLabel } from "@/components/directives/labels";
import { formatDate, relativeDue } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import type { UnitAssignmentRow } from "@/lib/server/assignments";

export function UnitWorkList({ rows, today }: { rows: UnitAssignmentRow[]; today: string }) {
  const m = messages.home;
  if (rows.length === 0) return <EmptyState title={m.unitEmpty} description={m.unitEmptyHint} />;
  return (
    <Table label={m.unitTitle}>
      <THead>
        <Tr>
          <Th>{m.task}</Th>
          <Th>{m.role}</Th>
          <Th>{m.due}</Th>
          <Th>{m.status}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td className="max-w-xl">
              <p className="font-medium text-stone-900">{row.taskTitle}</p>
              <Link href={`/van-ban/${row.directive.id}`} className="text-xs text-brand-700 hover:underline">
                {directiveLabel(row.directive)}
              </Link>
            </Td>
            <Td>
              <Badge tone={row.role === "LEAD" ? "blue" : "neutral"}>{messages.assignmentRole[row.role]}</Badge>
            </Td>
            <Td className="whitespace-nowrap">
              <span className="tabular-nums">{formatDate(row.dueOn)}</span>
              <span className="block text-xs text-stone-600">{relativeDue(row.dueOn, today)}</span>
            </Td>
            <Td>
              <StatusBadge status={row.status} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
