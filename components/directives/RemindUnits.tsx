// The issuing office's "Đôn đốc" on a directive's list of units: reminds the open units the list
// shows (its task, status and name filters), with an optional note. Today's reminders are not sent twice.
import { ActionField, ActionForm } from "@/components/admin/ActionForm";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { Textarea } from "@/components/ui/Textarea";
import { remindUnitsAction } from "@/app/(app)/van-ban/actions";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { ReminderCounts } from "@/lib/server/directive-units";

export interface RemindUnitsProps {
  directiveId: number;
  view: { taskId?: number; status?: string; q?: string };
  counts: ReminderCounts;
}

export function RemindUnits({ directiveId, view, counts }: RemindUnitsProps) {
  const m = messages.directiveUnits;
  if (counts.open === 0) return null;
  const hidden: Record<string, string | number> = { directiveId };
  if (view.taskId) hidden.taskId = view.taskId;
  if (view.status) hidden.status = view.status;
  if (view.q) hidden.q = view.q;
  return (
    <Card className="mb-4" aria-labelledby="remind-heading">
      <CardHeader>
        <CardTitle id="remind-heading">{m.remindTitle}</CardTitle>
      </CardHeader>
      <CardBody>
        <p className="mb-3 text-sm text-stone-700">
          {counts.remindable === 0
            ? format(m.remindedAll, { units: formatNumber(counts.openUnits), n: formatNumber(counts.open) })
            : `${format(m.remindScope, { units: formatNumber(counts.remindableUnits), n: formatNumber(counts.remindable) })} ${m.remindHint}`}
        </p>
        {/* One form whatever the counts, so its answer stays on screen once the page refreshes them. */}
        <ActionForm
          id="remind"
          action={remindUnitsAction}
          label={m.remindTitle}
          submitLabel={counts.remindable === 0 ? m.remindButtonDone : format(m.remindButton, { units: formatNumber(counts.remindableUnits) })}
          hidden={hidden}
          disabled={counts.remindable === 0}
          resetOnSuccess
        >
          {counts.remindable > 0 ? (
            <ActionField name="note" label={m.remindNote}>
              <Textarea name="note" rows={2} maxLength={500} placeholder={m.remindNotePlaceholder} />
            </ActionField>
          ) : null}
        </ActionForm>
      </CardBody>
    </Card>
  );
}
