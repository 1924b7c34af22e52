// Editing a directive of the person's organisation, draft or issued; a recalled one is kept as it was.
import { notFound } from "next/navigation";
import { DirectiveForm } from "@/components/directives/editor/DirectiveForm";
import { Alert } from "@/components/ui/Alert";
import { ButtonLink } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { todayIn } from "@/lib/domain/clock";
import { messages } from "@/lib/i18n/messages";
import { serverConfig } from "@/lib/server/config";
import { getDirectiveForEdit, symbolFor } from "@/lib/server/directive-editor";
import { MAX_FILE_MB } from "@/lib/server/files";
import { requireUser } from "@/lib/server/session";
import type { ResolvedDirective } from "@/lib/validation/directive";

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: messages.editor.editTitle };

export default async function EditDirectivePage({ params }: Props) {
  const user = await requireUser("create:directive");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const directive = await getDirectiveForEdit(user, id);
  if (!directive) notFound();
  const { input, labels, issuer } = directive;
  const symbol =
    input.symbolMode === "MANUAL"
      ? input.symbol || null
      : symbolFor({ symbolMode: "AUTO", number: input.number, type: input.type } as ResolvedDirective, issuer).symbol;
  const name = symbol ?? messages.directiveType[input.type];
  const header = (
    <PageHeader
      title={messages.editor.editTitle}
      description={input.title}
      breadcrumbs={[
        { href: "/van-ban", label: messages.directive.back },
        { href: `/van-ban/${id}`, label: name },
        { label: messages.editor.edit },
      ]}
    />
  );
  if (directive.status === "RECALLED") {
    return (
      <>
        {header}
        <Alert tone="warning">{messages.validation.notEditable}</Alert>
        <ButtonLink href={`/van-ban/${id}`} className="mt-4">
          {messages.issue.viewDirective}
        </ButtonLink>
      </>
    );
  }
  return (
    <>
      {header}
      <DirectiveForm
        issuer={{ id: issuer.id, name: issuer.name, abbreviation: issuer.abbreviation, symbolFamily: issuer.symbolFamily }}
        initial={input}
        labels={labels}
        fileName={directive.fileName}
        today={todayIn(serverConfig().clock)}
        maxFileMb={MAX_FILE_MB}
        status={directive.status}
        cancelHref={`/van-ban/${id}`}
      />
    </>
  );
}
