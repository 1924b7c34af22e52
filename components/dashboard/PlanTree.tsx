// A directive and the plans units issued to carry it out, level by level: an indented tree of
// nested lists (the nesting is the structure, for a screen reader too), each node with the figures
// of its own assignments and, when plans hang below it, the roll-up of its whole branch.
import Link from "@/components/ui/Link";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { cn } from "@/components/ui/cn";
import { formatNumber, formatRate } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { Figures } from "@/lib/server/dashboard";
import type { PlanNode } from "@/lib/server/dashboard-views";
import { StackedBar, StatusCounts } from "./StackedBar";

const m = messages.dashboard;

function FigureLine({ label, figures }: { label: string; figures: Figures }) {
  return (
    <div className="grid gap-1.5 sm:grid-cols-[8.5rem_minmax(0,1fr)] sm:items-start sm:gap-3">
      <p className="text-sm font-medium text-stone-700">{label}</p>
      <div className="min-w-0 space-y-1.5">
        <div className="flex items-center gap-3">
          <span className="w-24 shrink-0 text-sm tabular-nums text-stone-700">
            {formatNumber(figures.total)} {m.figures.total.toLowerCase()}
          </span>
          <StackedBar figures={figures} className="max-w-sm" />
          <span className="shrink-0 text-sm tabular-nums text-stone-800">
            <span className="sr-only">{m.figures.onTimeRate}: </span>
            {formatRate(figures.onTimeRate)}
          </span>
        </div>
        <StatusCounts figures={figures} className="text-xs" />
      </div>
    </div>
  );
}

function Node({ node, byParent }: { node: PlanNode; byParent: Map<number, PlanNode[]> }) {
  const children = byParent.get(node.directiveId) ?? [];
  return (
    <li>
      <div className={cn("rounded-lg border bg-white p-4", node.depth === 0 ? "border-stone-300" : "border-stone-200")}>
        <div className="flex flex-wrap items-baseline gap-x-2">
          <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">{format(m.tree.level, { n: node.depth + 1 })}</span>
          <Link href={`/van-ban/${node.directiveId}`} className="font-semibold link">
            <DirectiveLabel directive={node} />
          </Link>
          <span className="text-sm text-stone-600">· {node.issuerName}</span>
        </div>
        <p className="mt-1 text-sm text-stone-800">{node.title}</p>
        <div className="mt-3 space-y-3">
          <FigureLine label={m.tree.own} figures={node} />
          {children.length > 0 ? <FigureLine label={m.tree.rollup} figures={node.rollup} /> : null}
        </div>
      </div>
      {children.length > 0 ? (
        <ul className="mt-3 ml-3 space-y-3 border-l-2 border-stone-200 pl-3 sm:ml-6 sm:pl-5">
          {children.map((c) => (
            <Node key={c.directiveId} node={c} byParent={byParent} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function PlanTree({ nodes }: { nodes: PlanNode[] }) {
  const root = nodes.find((n) => n.depth === 0);
  if (!root) return null;
  const byParent = new Map<number, PlanNode[]>();
  for (const n of nodes) {
    if (n.parentDirectiveId === null) continue;
    byParent.set(n.parentDirectiveId, [...(byParent.get(n.parentDirectiveId) ?? []), n]);
  }
  return (
    <ul aria-label={m.tree.title} className="space-y-3">
      <Node node={root} byParent={byParent} />
    </ul>
  );
}
