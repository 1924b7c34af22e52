// Related directives: a link when the person may open it, otherwise only what the citing
// document itself states.
import Link from "@/components/ui/Link";
import { formatDate } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import type { DirectiveLink } from "@/lib/server/directives";
import { DirectiveLabel } from "./DirectiveLabel";

export function DirectiveLinkItem({ link }: { link: DirectiveLink }) {
  const date = link.issuedOn ? ` ngày ${formatDate(link.issuedOn)}` : "";
  return (
    <span>
      {link.openable ? (
        <Link href={`/van-ban/${link.id}`} className="font-medium text-brand-700 hover:underline">
          <DirectiveLabel directive={link} />
        </Link>
      ) : (
        <span className="font-medium" title={messages.directive.notOpenable}>
          <DirectiveLabel directive={link} />
        </span>
      )}
      {date}
      {link.title ? <span className="text-stone-700"> — {link.title}</span> : <span className="text-stone-600"> — {messages.directive.secretTitle}</span>}
    </span>
  );
}

export function DirectiveLinkList({ links }: { links: DirectiveLink[] }) {
  return (
    <ul className="space-y-1">
      {links.map((link) => (
        <li key={link.id}>
          <DirectiveLinkItem link={link} />
        </li>
      ))}
    </ul>
  );
}
