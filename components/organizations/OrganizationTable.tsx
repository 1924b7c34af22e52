// A list of organisations with their kind and the size of what lies below them.
import Link from "@/components/ui/Link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { OrganizationSummary } from "@/lib/server/organizations";

export function OrganizationTable({ rows, label }: { rows: OrganizationSummary[]; label: string }) {
  const m = messages.organizations;
  return (
    <Table label={label}>
      <THead>
        <Tr>
          <Th>{m.name}</Th>
          <Th>{m.abbreviation}</Th>
          <Th>{m.kind}</Th>
          <Th>{m.children}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((o) => (
          <Tr key={o.id}>
            <Td>
              <Link href={`/to-chuc/${o.id}`} className="font-medium text-brand-700 hover:underline">
                {o.name}
              </Link>
            </Td>
            <Td>{o.abbreviation ?? "—"}</Td>
            <Td>{messages.organizationKind[o.kind]}</Td>
            <Td className="text-stone-700">
              {o.childCount ? (
                <>
                  {format(m.units, { n: formatNumber(o.childCount) })}
                  {o.descendantCount > o.childCount ? (
                    <span className="block text-xs text-stone-600">{format(m.descendants, { n: formatNumber(o.descendantCount) })}</span>
                  ) : null}
                </>
              ) : (
                "—"
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
