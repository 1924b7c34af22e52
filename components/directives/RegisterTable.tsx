// The register's rows: symbol, date, subject, issuer, status. On a phone two columns: the date goes
// under the symbol, the issuer and status under the subject, so nothing scrolls sideways.
import Link from "@/components/ui/Link";
import { Badge } from "@/components/ui/Badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { formatDate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { RegisterRow } from "@/lib/server/directives";

const statusTone = { DRAFT: "gray", ISSUED: "green", RECALLED: "amber" } as const;

export function RegisterTable({ rows }: { rows: RegisterRow[] }) {
  const m = messages.register;
  return (
    <Table label={messages.register.title} minWidth="0">
      <THead>
        <Tr>
          <Th>{m.symbol}</Th>
          <Th className="hidden sm:table-cell">{m.issuedOn}</Th>
          <Th>{m.titleColumn}</Th>
          <Th className="hidden sm:table-cell">{m.issuer}</Th>
          <Th className="hidden sm:table-cell">{m.status}</Th>
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
              <span className="block text-xs tabular-nums text-stone-600 sm:hidden">{formatDate(d.issuedOn)}</span>
            </Td>
            <Td className="hidden whitespace-nowrap align-top tabular-nums sm:table-cell">{formatDate(d.issuedOn)}</Td>
            <Td className="max-w-xl align-top">
              <Link href={`/van-ban/${d.id}`} className="text-stone-900 hover:underline">
                {d.title}
              </Link>
              <span className="block text-xs text-stone-600">
                {format(m.assignments, { tasks: d.taskCount, assignments: d.assignmentCount })}
              </span>
              <span className="mt-1 block text-xs text-stone-700 sm:hidden">{d.issuerName}</span>
              <span className="mt-1 block sm:hidden">
                <StatusBadges row={d} />
              </span>
            </Td>
            <Td className="hidden align-top sm:table-cell">{d.issuerName}</Td>
            <Td className="hidden align-top sm:table-cell">
              <StatusBadges row={d} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function StatusBadges({ row }: { row: RegisterRow }) {
  return (
    <span className="flex flex-wrap gap-1">
      <Badge tone={statusTone[row.status]}>{messages.directiveStatus[row.status]}</Badge>
      {row.secret ? <Badge tone="red">{messages.register.secret}</Badge> : null}
    </span>
  );
}
