// Entering a new directive of the person's organisation: the form starts blank, the issuer is
// the organisation itself. With ?nhiem-vu=<assignmentId> it starts as the unit's own plan for
// that assignment: a Kế hoạch implementing the directive that gave the work, with its task.
import { notFound } from "next/navigation";
import { DirectiveForm } from "@/components/directives/editor/DirectiveForm";
import { PasteDraft } from "@/components/directives/editor/PasteDraft";
import type { InitialInput } from "@/components/directives/editor/useDraft";
import { PageHeader } from "@/components/ui/PageHeader";
import { todayIn } from "@/lib/domain/clock";
import { messages } from "@/lib/i18n/messages";
import { serverConfig } from "@/lib/server/config";
import { issuerOf, ownPlanDraft } from "@/lib/server/directive-editor";
import { MAX_FILE_MB } from "@/lib/server/files";
import { requireUser } from "@/lib/server/session";
import type { DirectiveInput } from "@/lib/validation/directive";

export const metadata = { title: messages.editor.newTitle };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BLANK: InitialInput = {
  type: "CONG_VAN",
  symbolMode: "AUTO",
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
};

/** The draft's DirectiveInput (optional fields left out) as the complete shape the form starts from. */
function initialFrom(input: DirectiveInput, symbolMode: InitialInput["symbolMode"]): InitialInput & { sourceAssignmentId: number | null } {
  return {
    ...BLANK,
    type: input.type,
    symbolMode,
    number: input.number ?? "",
    symbol: input.symbol ?? "",
    issuedOn: input.issuedOn ?? "",
    title: input.title,
    summary: input.summary ?? "",
    body: input.body ?? "",
    parentId: input.parentId ?? null,
    referenceIds: input.referenceIds ?? [],
    confidentiality: input.confidentiality ?? "NORMAL",
    sourceAssignmentId: input.sourceAssignmentId ?? null,
    tasks: (input.tasks ?? []).map((t) => ({
      title: t.title,
      description: t.description ?? "",
      deadlineText: t.deadlineText ?? "",
      reportingCycle: t.reportingCycle ?? "NONE",
      targetValue: t.targetValue ?? null,
      targetUnit: t.targetUnit ?? "",
      requiresOwnPlan: t.requiresOwnPlan ?? false,
      assignees: [],
    })),
  };
}

function assignmentIdFrom(raw: string | string[] | undefined): number | null {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (text === undefined) return null;
  const id = Number(text);
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : -1;
}

export default async function NewDirectivePage({ searchParams }: Props) {
  const user = await requireUser("create:directive");
  const issuer = await issuerOf(user);
  const assignmentId = assignmentIdFrom((await searchParams)["nhiem-vu"]);
  // Without an abbreviation the symbol cannot be formed: start with typing it as written.
  const symbolMode = issuer.abbreviation ? "AUTO" : "MANUAL";
  let initial: InitialInput = { ...BLANK, symbolMode };
  // "Tạo văn bản …" from the paste panel: the symbol as the text wrote it.
  const offered = (await searchParams)["so"];
  if (typeof offered === "string" && offered.length <= 60) initial = { ...initial, symbolMode: "MANUAL", symbol: offered };
  let parent = null;
  let cancelHref = "/van-ban";
  if (assignmentId !== null) {
    // An assignment that is not this unit's open work does not exist for this page.
    const draft = assignmentId > 0 ? await ownPlanDraft(user, assignmentId) : null;
    if (!draft) notFound();
    initial = initialFrom(draft.input, symbolMode);
    parent = draft.parent;
    cancelHref = `/nhiem-vu/${assignmentId}`;
  }
  return (
    <>
      <PageHeader
        title={assignmentId !== null ? messages.assignment.ownPlanCreate : messages.editor.newTitle}
        description={issuer.name}
        breadcrumbs={
          assignmentId !== null
            ? [{ href: cancelHref, label: messages.assignment.title }, { label: messages.assignment.ownPlanCreate }]
            : [{ href: "/van-ban", label: messages.directive.back }, { label: messages.editor.newTitle }]
        }
      />
      {(() => {
        const props = {
          issuer: { id: issuer.id, name: issuer.name, abbreviation: issuer.abbreviation, symbolFamily: issuer.symbolFamily },
          initial,
          labels: { parent, references: [], units: {} },
          fileName: null,
          today: todayIn(serverConfig().clock),
          maxFileMb: MAX_FILE_MB,
          status: null,
          cancelHref,
        };
        // A unit's own plan starts from its assignment; a new directive may start from pasted text.
        return assignmentId !== null ? <DirectiveForm {...props} /> : <PasteDraft {...props} />;
      })()}
    </>
  );
}
