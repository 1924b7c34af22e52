// The register's rows: symbol, date, subject, issuer, status.
import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { formatDate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { RegisterRow } from "@/lib/server/directives";

const statusTone = { DRAFT: "gray", ISSUED: "green", RECALLED: "amber" } as const;

export function RegisterTable({ rows }: { rows: RegisterRow[] }) {
  const m = messages.register;
  return (
    <Table label={messages.register.title}>
      <THead>
        <Tr>
          <Th>{m.symbol}</Th>
          <Th>{m.issuedOn}</Th>
          <Th>{m.titleColumn}</Th>
          <Th>{m.issuer}</Th>
          <Th>{m.status}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((d) => (
          <Tr key={d.id}>
            <Td className="whitespace-nowrap align-top">
              <Link href={`/van-ban/${d.id}`} className="font-medium text-brand-700 hover:underline">
                {d.symbol ?? m.noSymbol}
              </Link>
              <span className="block text-xs text-stone-600">{messages.directiveType[d.type]}</span>
            </Td>
            <Td className="whitespace-nowrap align-top tabular-nums">{formatDate(d.issuedOn)}</Td>
            <Td className="max-w-xl align-top">
              <Link href={`/van-ban/${d.id}`} className="text-stone-900 hover:underline">
                {d.title}
              </Link>
              <span className="block text-xs text-stone-600">
                {format(m.assignments, { tasks: d.taskCount, assignments: d.assignmentCount })}
              </span>
            </Td>
            <Td className="align-top">{d.issuerName}</Td>
            <Td className="align-top">
              <div className="flex flex-wrap gap-1">
                <Badge tone={statusTone[d.status]}>{messages.directiveStatus[d.status]}</Badge>
                {d.secret ? <Badge tone="red">{m.secret}</Badge> : null}
              </div>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
