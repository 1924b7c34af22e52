// How a status looks on the dashboards: a colour, a fill pattern for bars and a glyph, always
// next to its words or a number so that colour is never the only cue (WCAG 1.4.1).
import type { CSSProperties, ReactNode } from "react";
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

// The same shapes as StatusBadge: check, clock, exclamation mark, half-filled circle.
const paths: Record<ShownStatus, ReactNode> = {
  COMPLETED_ON_TIME: <path d="M2.5 6.5l2.5 2.5 4.5-5.5" />,
  COMPLETED_LATE: (
    <>
      <circle cx="6" cy="6" r="4.25" />
      <path d="M6 3.75V6l1.75 1.25" />
    </>
  ),
  OVERDUE: (
    <>
      <path d="M6 2v5" />
      <path d="M6 9.5v.5" />
    </>
  ),
  IN_PROGRESS: (
    <>
      <circle cx="6" cy="6" r="4" />
      <path d="M6 2a4 4 0 0 1 0 8z" fill="currentColor" />
    </>
  ),
};

/** A status's glyph, decorative: the words or an aria-label next to it say the status. */
export function StatusGlyph({ status, className = "size-3" }: { status: ShownStatus; className?: string }) {
  return (
    <svg viewBox="0 0 12 12" className={`${className} shrink-0`} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {paths[status]}
    </svg>
  );
}

/** A swatch of a status's bar fill, for legends. */
export function StatusSwatch({ status }: { status: ShownStatus }) {
  return <span aria-hidden="true" className="inline-block size-3.5 shrink-0 rounded-sm ring-1 ring-black/10" style={STATUS_FILL[status]} />;
}
