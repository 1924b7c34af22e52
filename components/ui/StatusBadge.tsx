// The status of an assignment as a badge: always its words and a glyph, never colour alone.
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/messages";
import { Badge, type BadgeTone } from "./Badge";

export type AssignmentStatus = keyof typeof messages.assignmentStatus;

// One glyph per status (12×12, stroke): check, clock, exclamation mark, half-filled circle,
// struck circle. They repeat the words for readers who scan by shape.
const glyphs: Record<AssignmentStatus, { tone: BadgeTone; path: ReactNode }> = {
  COMPLETED_ON_TIME: { tone: "green", path: <path d="M2.5 6.5l2.5 2.5 4.5-5.5" /> },
  COMPLETED_LATE: { tone: "amber", path: <><circle cx="6" cy="6" r="4.25" /><path d="M6 3.75V6l1.75 1.25" /></> },
  OVERDUE: { tone: "red", path: <><path d="M6 2v5" /><path d="M6 9.5v.5" /></> },
  IN_PROGRESS: {
    tone: "blue",
    path: <><circle cx="6" cy="6" r="4" /><path d="M6 2a4 4 0 0 1 0 8z" fill="currentColor" /></>,
  },
  CANCELLED: { tone: "gray", path: <><circle cx="6" cy="6" r="4" /><path d="M3.2 8.8l5.6-5.6" /></> },
};

export function StatusBadge({ status, className }: { status: AssignmentStatus; className?: string }) {
  const { tone, path } = glyphs[status];
  return (
    <Badge tone={tone} className={className}>
      <svg
        viewBox="0 0 12 12"
        className="size-3 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        {path}
      </svg>
      {messages.assignmentStatus[status]}
    </Badge>
  );
}
