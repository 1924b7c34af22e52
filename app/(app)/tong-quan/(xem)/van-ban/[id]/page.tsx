// The cascade of one directive inside the organisation's subtree: the directive, the plans its
// units issued for it, and theirs, each with its own figures and its branch's roll-up (every date).
import { notFound } from "next/navigation";
import { directiveLabel } from "@/components/directives/labels";
import { loadView, type SearchParams } from "@/components/dashboard/loadView";
import { PlanTree } from "@/components/dashboard/PlanTree";
import { StatusLegend } from "@/components/dashboard/StackedBar";
import { ViewHeader } from "@/components/dashboard/ViewHeader";
import { format, messages } from "@/lib/i18n/messages";
import { directivePlanTree } from "@/lib/server/dashboard-views";

const m = messages.dashboard;

export const metadata = { title: `${m.tree.title} · ${m.title}` };

export default async function DirectiveCascadePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const idText = (await params).id;
  if (!/^\d{1,10}$/.test(idText) || Number(idText) <= 0 || Number(idText) > 2_147_483_647) notFound();
  const id = Number(idText);
  const { user, scope, period, today } = await loadView(searchParams, "directives", `/tong-quan/van-ban/${id}`);
  // Only what touches the subtree: a directive (or a plan below it) with no assignment to its units
  // is not shown at all, so the page tells nothing about work outside the person's scope.
  const nodes = (await directivePlanTree(user, scope.id, id)).filter((n) => n.rollup.total > 0);
  const root = nodes.find((n) => n.depth === 0);
  if (!root) notFound();
  const label = directiveLabel(root);
  return (
    <>
      <ViewHeader
        view="directives"
        scope={scope}
        period={period}
        asOf={today}
        actions={false}
        everyDate
        trail={[{ label }]}
        title={`${m.tree.title}: ${label}`}
        description={format(m.tree.description, { unit: scope.name })}
      />
      <StatusLegend className="mb-4" />
      <PlanTree nodes={nodes} />
    </>
  );
}
