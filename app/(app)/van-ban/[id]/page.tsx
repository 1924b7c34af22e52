import { notFound } from "next/navigation";
import { cache } from "react";
import { DirectiveActions } from "@/components/directives/DirectiveActions";
import { DirectiveMeta } from "@/components/directives/DirectiveMeta";
import { TaskList } from "@/components/directives/TaskList";
import { DirectiveLabel } from "@/components/directives/DirectiveLabel";
import { directiveLabel } from "@/components/directives/labels";
import { PageHeader } from "@/components/ui/PageHeader";
import { messages } from "@/lib/i18n/messages";
import { getDirective } from "@/lib/server/directives";
import { requireUser } from "@/lib/server/session";

type Props = { params: Promise<{ id: string }> };

// The title (generateMetadata) and the page read the same directive once per request: twice would
// also write two audit events for one read of a secret directive.
const directiveOnce = cache(getDirective);

async function load(params: Props["params"]) {
  const user = await requireUser("read:directive");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const directive = await directiveOnce(user, id);
  if (!directive) notFound();
  return directive;
}

export async function generateMetadata({ params }: Props) {
  const directive = await load(params);
  return { title: directiveLabel(directive) };
}

export default async function DirectivePage({ params }: Props) {
  const directive = await load(params);
  return (
    <>
      <PageHeader
        title={<DirectiveLabel directive={directive} />}
        description={directive.title}
        breadcrumbs={[{ href: "/van-ban", label: messages.directive.back }, { label: directive.symbol ?? messages.directiveType[directive.type] }]}
      />
      <DirectiveActions id={directive.id} status={directive.status} own={directive.own} file={directive.file ? { name: directive.file.name } : null} />
      <DirectiveMeta directive={directive} />
      <TaskList directive={directive} />
    </>
  );
}
