// The status of an assignment as a badge: always its words and a glyph, never colour alone.
import { messages } from "@/lib/i18n/messages";
import { Badge, type BadgeTone } from "./Badge";
import { StatusGlyph } from "./StatusGlyph";

export type AssignmentStatus = keyof typeof messages.assignmentStatus;

const tones: Record<AssignmentStatus, BadgeTone> = {
  COMPLETED_ON_TIME: "green",
  COMPLETED_LATE: "amber",
  OVERDUE: "red",
  IN_PROGRESS: "blue",
  CANCELLED: "gray",
};

export function StatusBadge({ status, className }: { status: AssignmentStatus; className?: string }) {
  return (
    <Badge tone={tones[status]} className={className}>
      <StatusGlyph status={status} />
      {messages.assignmentStatus[status]}
    </Badge>
  );
}
