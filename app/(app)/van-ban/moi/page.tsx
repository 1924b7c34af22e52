// Entering a new directive of the person's organisation: the form starts blank, the issuer is
// the organisation itself.
import { DirectiveForm } from "@/components/directives/editor/DirectiveForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { todayIn } from "@/lib/domain/clock";
import { messages } from "@/lib/i18n/messages";
import { serverConfig } from "@/lib/server/config";
import { issuerOf } from "@/lib/server/directive-editor";
import { MAX_FILE_MB } from "@/lib/server/files";
import { requireUser } from "@/lib/server/session";

export const metadata = { title: messages.editor.newTitle };

export default async function NewDirectivePage() {
  const user = await requireUser("create:directive");
  const issuer = await issuerOf(user);
  return (
    <>
      <PageHeader
        title={messages.editor.newTitle}
        description={issuer.name}
        breadcrumbs={[{ href: "/van-ban", label: messages.directive.back }, { label: messages.editor.newTitle }]}
      />
      <DirectiveForm
        issuer={{ id: issuer.id, name: issuer.name, abbreviation: issuer.abbreviation, symbolFamily: issuer.symbolFamily }}
        initial={{
          type: "CONG_VAN",
          // Without an abbreviation the symbol cannot be formed: start with typing it as written.
          symbolMode: issuer.abbreviation ? "AUTO" : "MANUAL",
          number: "",
          symbol: "",
          issuedOn: "",
          title: "",
          summary: "",
          body: "",
          parentId: null,
          referenceIds: [],
          confidentiality: "NORMAL",
          tasks: [],
        }}
        labels={{ parent: null, references: [], units: {} }}
        fileName={null}
        today={todayIn(serverConfig().clock)}
        maxFileMb={MAX_FILE_MB}
        status={null}
        cancelHref="/van-ban"
      />
    </>
  );
}
