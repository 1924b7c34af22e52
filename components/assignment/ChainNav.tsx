// The directives above this assignment, from the top down to the one that gave the work: each
// one a link when the person may open it, otherwise its name only.
import Link from "@/components/ui/Link";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { messages } from "@/lib/i18n/messages";
import type { AssignmentDetail } from "@/lib/server/assignment-detail";

interface ChainItem {
  id: number;
  type: string;
  symbol: string | null;
  title: string | null;
  issuerName: string;
  openable: boolean;
  current?: boolean;
}

export function ChainNav({ detail }: { detail: AssignmentDetail }) {
  const m = messages.assignment;
  const d = detail.directive;
  const items: ChainItem[] = [
    ...detail.chain,
    { id: d.id, type: d.type, symbol: d.symbol, title: d.title, issuerName: d.issuer.name, openable: true, current: true },
  ];
  return (
    <nav aria-label={m.chain} className="mb-6 rounded-lg border border-stone-200 bg-white px-4 py-3 sm:px-5">
      <h2 className="mb-2 text-sm font-semibold text-stone-700">{m.chain}</h2>
      <ol className="space-y-2">
        {items.map((item, index) => (
          <li key={item.id} className="flex gap-2 text-sm" style={{ paddingLeft: `${Math.min(index, 6) * 0.75}rem` }}>
            <span className="mt-0.5 text-stone-400" aria-hidden="true">
              {index === 0 ? "•" : "↳"}
            </span>
            <span className="min-w-0 [overflow-wrap:anywhere]">
              {item.openable ? (
                <Link href={`/van-ban/${item.id}`} className="font-medium link">
                  <DirectiveLabel directive={item} />
                </Link>
              ) : (
                <span className="font-medium text-stone-800"><DirectiveLabel directive={item} /></span>
              )}
              <span className="text-stone-600"> · {item.issuerName}</span>
              {item.title ? <span className="block text-stone-700">{item.title}</span> : <span className="block text-stone-600">{messages.directive.secretTitle}</span>}
              {item.current ? <span className="block text-xs font-medium text-stone-600">{m.current}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
