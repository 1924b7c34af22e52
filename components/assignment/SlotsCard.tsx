// The report slots of ongoing work: one per period of the reporting cycle since the unit received it.
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/Card";
import { formatDate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";
import { periodLabel } from "./text";

const TONES: Record<AssignmentDetail["slots"][number]["state"], BadgeTone> = {
  FULFILLED: "green",
  OPEN: "blue",
  OVERDUE: "red",
  UPCOMING: "gray",
};

export function SlotsCard({ slots }: { slots: AssignmentDetail["slots"] }) {
  const m = messages.assignment;
  return (
    <Card aria-labelledby="slots-heading">
      <CardHeader>
        <CardTitle id="slots-heading">{m.slots}</CardTitle>
      </CardHeader>
      <ol aria-labelledby="slots-heading" className="divide-y divide-stone-100">
        {[...slots].reverse().map((s) => (
          <li key={s.periodKey} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm sm:px-5">
            <span>
              <span className="font-medium text-stone-900">{periodLabel(s.periodKey)}</span>
              <span className="text-stone-600"> · {format(m.slotDue, { date: formatDate(s.dueOn) })}</span>
            </span>
            <Badge tone={TONES[s.state]}>{m.slotState[s.state]}</Badge>
          </li>
        ))}
      </ol>
    </Card>
  );
}
