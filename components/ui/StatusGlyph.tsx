// A status's glyph — check, clock, exclamation mark, half-filled circle, struck circle — for readers
// who scan by shape. Drawn once in app/globals.css (`.glyph-*`); a page repeats only an empty span.
// Decorative: the words or an aria-label next to it say the status.
import type { AssignmentStatus } from "@/lib/domain/status";
import { cn } from "./cn";

export const GLYPH_CLASS: Record<AssignmentStatus, string> = {
  COMPLETED_ON_TIME: "glyph-on-time",
  COMPLETED_LATE: "glyph-late",
  OVERDUE: "glyph-overdue",
  IN_PROGRESS: "glyph-running",
  CANCELLED: "glyph-cancelled",
};

export function StatusGlyph({ status, className = "size-3" }: { status: AssignmentStatus; className?: string }) {
  return <span aria-hidden="true" className={cn("glyph", GLYPH_CLASS[status], className)} />;
}
