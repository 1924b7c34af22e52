// The unit's own implementing plans for this task (the next level of the cascade), the progress
// of the work they gave out through every level below, and the way to write one.
import Link from "@/components/ui/Link";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";

export function OwnPlansCard({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  const needed = detail.task.requiresOwnPlan;
  const plans = detail.ownPlans;
  const r = detail.rollup;
  return (
    <Card aria-labelledby="own-plans-heading" className={cn(needed && plans.length === 0 && detail.can.createPlan && "border-amber-300 ring-2 ring-amber-200")}>
      <CardHeader>
        <CardTitle id="own-plans-heading">{m.ownPlans}</CardTitle>
        {detail.can.createPlan ? (
          // A plan already made: another is still possible (a supplementary plan), but not the obvious next step.
          <ButtonLink href={`/van-ban/moi?nhiem-vu=${detail.id}`} variant={needed && plans.length === 0 ? "primary" : "secondary"} size="sm">
            {plans.length === 0 ? m.ownPlanCreate : m.ownPlanCreateMore}
          </ButtonLink>
        ) : null}
      </CardHeader>
      <CardBody className="space-y-3 text-sm">
        {needed && plans.length === 0 ? <Alert tone="warning">{m.ownPlanNeeded}</Alert> : null}
        {plans.length === 0 ? (
          <p className="text-stone-600">{m.ownPlansNone}</p>
        ) : (
          <>
            <ul className="space-y-2">
              {plans.map((p) => (
                <li key={p.id} className="min-w-0 [overflow-wrap:anywhere]">
                  <Link href={`/van-ban/${p.id}`} className="font-medium link">
                    <DirectiveLabel directive={p} />
                  </Link>
                  {p.status !== "ISSUED" ? (
                    <Badge tone="gray" className="ml-2">
                      {messages.directiveStatus[p.status]}
                    </Badge>
                  ) : null}
                  <span className="block text-stone-700">{p.title}</span>
                </li>
              ))}
            </ul>
            <p className="rounded-md bg-stone-50 px-3 py-2 text-stone-800">
              {r && r.total > 0
                ? format(m.rollup, { completed: formatNumber(r.completed), total: formatNumber(r.total), overdue: formatNumber(r.overdue), levels: r.levels })
                : m.rollupNone}
            </p>
          </>
        )}
      </CardBody>
    </Card>
  );
}
