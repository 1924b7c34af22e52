// How a status looks on the dashboards: a colour, a fill pattern for bars and a glyph (StatusGlyph), always
// next to its words or a number so that colour is never the only cue (WCAG 1.4.1).
import type { CSSProperties } from "react";
import type { AssignmentStatus } from "@/lib/domain/status";

export type ShownStatus = Exclude<AssignmentStatus, "CANCELLED">;

/** The order of a progress bar: done on time, done late, still running, overdue. */
export const STATUS_ORDER: readonly ShownStatus[] = ["COMPLETED_ON_TIME", "COMPLETED_LATE", "IN_PROGRESS", "OVERDUE"];

/** Solid colours (the theme's status colours) for chart marks; each ≥ 3:1 against white. */
export const STATUS_COLOR: Record<ShownStatus, string> = {
  COMPLETED_ON_TIME: "#15803d",
  COMPLETED_LATE: "#b45309",
  IN_PROGRESS: "#1d4ed8",
  OVERDUE: "#b91c1c",
};

/** Bar segments: late and overdue are hatched (in opposite directions) as well as coloured. */
export const STATUS_FILL: Record<ShownStatus, CSSProperties> = {
  COMPLETED_ON_TIME: { background: STATUS_COLOR.COMPLETED_ON_TIME },
  COMPLETED_LATE: { background: `repeating-linear-gradient(45deg, ${STATUS_COLOR.COMPLETED_LATE} 0 4px, #fcd34d 4px 6px)` },
  IN_PROGRESS: { background: STATUS_COLOR.IN_PROGRESS },
  OVERDUE: { background: `repeating-linear-gradient(-45deg, ${STATUS_COLOR.OVERDUE} 0 4px, #fecaca 4px 6px)` },
};

/** Heatmap cells: a tint and a text colour with at least 4.5:1 contrast between them (app/globals.css). */
export const STATUS_CELL: Record<ShownStatus, string> = {
  COMPLETED_ON_TIME: "st-on-time",
  COMPLETED_LATE: "st-late",
  IN_PROGRESS: "st-running",
  OVERDUE: "st-overdue",
};

/** A swatch of a status's bar fill, for legends. */
export function StatusSwatch({ status }: { status: ShownStatus }) {
  return <span aria-hidden="true" className="inline-block size-3.5 shrink-0 rounded-sm ring-1 ring-black/10" style={STATUS_FILL[status]} />;
}
