// The directive's identity and its place in the chain: issuer, date, status, what it
// implements, what it cites, and the units' own plans that implement it.
import { Badge } from "@/components/ui/Badge";
import { Card, CardBody } from "@/components/ui/Card";
import { formatDate } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";
import type { DirectiveDetail } from "@/lib/server/directives";
import { DirectiveLinkItem, DirectiveLinkList } from "./DirectiveLinkList";

const statusTone = { DRAFT: "gray", ISSUED: "green", RECALLED: "amber" } as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm font-medium text-stone-600">{label}</dt>
      <dd className="text-sm text-stone-900">{children}</dd>
    </div>
  );
}

export function DirectiveMeta({ directive: d }: { directive: DirectiveDetail }) {
  const m = messages.directive;
  return (
    <Card className="mb-6">
      <CardBody>
        <dl className="divide-y divide-stone-100">
          <Row label={m.issuer}>{d.issuer.name}</Row>
          <Row label={m.issuedOn}>{formatDate(d.issuedOn)}</Row>
          <Row label={m.status}>
            <span className="flex flex-wrap gap-1">
              <Badge tone={statusTone[d.status]}>{messages.directiveStatus[d.status]}</Badge>
              {d.secret ? <Badge tone="red">{messages.confidentiality.SECRET}</Badge> : null}
            </span>
          </Row>
          {d.parent ? (
            <Row label={m.implements}>
              <DirectiveLinkItem link={d.parent} />
            </Row>
          ) : null}
          {d.references.length ? (
            <Row label={m.references}>
              <DirectiveLinkList links={d.references} />
            </Row>
          ) : null}
          {d.children.length ? (
            <Row label={m.children}>
              <DirectiveLinkList links={d.children} />
            </Row>
          ) : null}
          {d.citedBy.length ? (
            <Row label={m.citedBy}>
              <DirectiveLinkList links={d.citedBy} />
            </Row>
          ) : null}
          {d.summary ? (
            <Row label={m.summary}>
              <p className="whitespace-pre-line">{d.summary}</p>
            </Row>
          ) : null}
        </dl>
      </CardBody>
    </Card>
  );
}
