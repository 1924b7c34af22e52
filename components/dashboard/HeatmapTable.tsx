// Units (rows) × directives (columns), each cell the worst status of the unit's assignments for the
// directive, in colour AND glyph AND words (the cell's name). A cell opens its one assignment, or
// drills into the unit when it holds several. The table scrolls sideways on a phone with the
// units' column held in place.
import Link from "@/components/ui/Link";
import { directiveLabel } from "@/components/directives/labels";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table } from "@/components/ui/Table";
import { cn } from "@/components/ui/cn";
import { StatusGlyph } from "@/components/ui/StatusGlyph";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { Heatmap } from "@/lib/server/dashboard-views";
import { STATUS_CELL, STATUS_ORDER, type ShownStatus } from "./status";

const m = messages.dashboard;
const h = m.heatmapPage;

export function HeatmapLegend() {
  return (
    <ul aria-label={m.statusLegend} className="flex flex-wrap gap-2 text-sm">
      {STATUS_ORDER.map((s) => (
        <li key={s} className={cn("inline-flex items-center gap-1.5 rounded px-2 py-1", STATUS_CELL[s])}>
          <StatusGlyph status={s} className="size-3.5" />
          {messages.assignmentStatus[s]}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5 rounded border border-dashed border-stone-300 bg-white px-2 py-1 text-stone-700">
        <span aria-hidden="true">–</span>
        {h.none}
      </li>
    </ul>
  );
}

/** The units in Vietnamese alphabetical order ("Đ" after "D"), the organisation's own row last. */
export function orderedUnits(map: Heatmap, rootId: number) {
  return [...map.units].sort((a, b) => Number(a.id === rootId) - Number(b.id === rootId) || a.name.localeCompare(b.name, "vi"));
}

export interface HeatmapLinks {
  assignment: (assignmentId: number) => string;
  unit: (unitId: number) => string;
  directive: (directiveId: number) => string;
  /** A unit's several assignments of one directive, each to open: the directive's list of units, found by the unit's name. */
  unitWork: (directiveId: number, unitName: string) => string;
}

export function HeatmapTable({ map, rootId, rootName, links }: { map: Heatmap; rootId: number; rootName: string; links: HeatmapLinks }) {
  if (map.directives.length === 0 || map.units.length === 0) return <EmptyState title={h.empty} />;
  const unitName = (u: { id: number; name: string }) => (u.id === rootId ? format(m.own, { unit: u.name }) : u.name);
  return (
    <Table label={h.table} wrapperClassName="relative" minWidth={`${14 + map.directives.length * 6}rem`} style={{ borderCollapse: "separate", borderSpacing: 0, width: "auto" }}>
      <caption className="sr-only">
        {h.table}: {rootName}
      </caption>
      <thead className="bg-stone-50">
        <tr>
          <th scope="col" className="sticky left-0 z-20 w-40 min-w-36 border-r sm:w-56 sm:min-w-48 border-b border-stone-200 bg-stone-50 px-3 py-2 text-left text-xs font-semibold text-stone-700 sm:pl-5">
            {h.unitHeader}
          </th>
          {map.directives.map((d) => {
            const full = `${directiveLabel(d)} — ${d.title}`;
            return (
              <th key={d.id} scope="col" title={full} className="w-28 min-w-28 border-b border-stone-200 px-1.5 py-2 text-center align-bottom text-xs font-semibold text-stone-700">
                <Link href={links.directive(d.id)} className="block break-words link">
                  {d.symbol ?? messages.directiveType[d.type as keyof typeof messages.directiveType] ?? d.type}
                </Link>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {orderedUnits(map, rootId).map((u) => (
          <tr key={u.id}>
            <th scope="row" className="sticky left-0 z-10 border-r border-b border-stone-200 bg-white px-3 py-1.5 text-left text-sm font-medium text-stone-800 sm:pl-5">
              {u.id !== rootId && u.childCount > 0 ? (
                <Link href={links.unit(u.id)} className="link">
                  {u.name}
                </Link>
              ) : (
                <span className={cn(u.id === rootId && "italic")}>{unitName(u)}</span>
              )}
            </th>
            {map.directives.map((d) => {
              const cell = map.cells[u.id]?.[d.id];
              if (!cell || cell.status === "CANCELLED") {
                return (
                  <td key={d.id} className="hm-td text-center text-stone-500">
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">{h.none}</span>
                  </td>
                );
              }
              const status = cell.status as ShownStatus;
              const name = format(h.cell, { unit: unitName(u), directive: directiveLabel(d), status: messages.assignmentStatus[status], n: formatNumber(cell.count) });
              // One assignment opens; several open the units below (a unit with units of its own), or that
              // unit's assignments of the directive when there is nothing below to show (a leaf, or the
              // organisation's own row).
              const href =
                cell.assignmentId !== null ? links.assignment(cell.assignmentId) : u.id === rootId || u.childCount === 0 ? links.unitWork(d.id, u.name) : links.unit(u.id);
              return (
                <td key={d.id} className="hm-td">
                  <Link
                    href={href}
                    aria-label={name}
                    title={name}
                    className={`hm-cell ${STATUS_CELL[status]}`}
                  >
                    <StatusGlyph status={status} className="size-3.5" />
                    {cell.count > 1 ? formatNumber(cell.count) : null}
                  </Link>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
