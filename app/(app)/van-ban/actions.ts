"use server";
// The directive form's actions. Thin: each goes through authorizedAction (session, permission,
// no internal message to the person) and the data layer, which validates and writes in one
// transaction. Redirects happen outside, once the write succeeded.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { messages } from "@/lib/i18n/messages";
import { authorizedAction, formStateAction } from "@/lib/server/action";
import { fail, type ActionResult } from "@/lib/server/action-result";
import { saveDirective } from "@/lib/server/directive-editor";
import { remindUnits } from "@/lib/server/directive-units";
import { draftFromText, type TextDraft } from "@/lib/server/directive-draft";
import { issueDirective, recallDirective, type IssueOutcome } from "@/lib/server/directive-issue";
import { checkUpload, storeFile } from "@/lib/server/files";
import { formFields, idFormSchema, pastedTextFormSchema, recallFormSchema } from "@/lib/validation/forms";

const save = authorizedAction("create:directive", async (user, formData: FormData): Promise<ActionResult<{ id: number }>> => {
  let payload: unknown;
  try {
    payload = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return fail(messages.validation.badInput);
  }
  const upload = formData.get("file");
  let file = null;
  if (upload instanceof File && upload.size > 0) {
    const check = checkUpload(upload);
    if (!check.ok) return fail(messages.editor.formError, { file: [check.message] });
    file = await storeFile(upload);
  }
  return saveDirective(user, payload, file);
});

export async function saveDirectiveAction(_previous: ActionResult<{ id: number }> | null, formData: FormData) {
  const result = await save(formData);
  if (!result.ok) return result;
  revalidatePath("/van-ban");
  // "Lưu và xem trước" goes on to the issue preview; "Lưu" back to the directive.
  redirect(formData.get("next") === "issue" ? `/van-ban/${result.value.id}/ban-hanh` : `/van-ban/${result.value.id}`);
}

export const issueDirectiveAction = formStateAction("issue:directive", async (user, formData): Promise<ActionResult<IssueOutcome>> => {
  const form = idFormSchema.safeParse(formFields(formData));
  return form.success ? issueDirective(user, form.data.id) : fail(messages.validation.badInput);
});

export const recallDirectiveAction = formStateAction("issue:directive", async (user, formData): Promise<ActionResult<{ cancelled: number }>> => {
  const form = recallFormSchema.safeParse(formFields(formData));
  if (!form.success) return fail(form.error.issues[0]?.message ?? messages.validation.badInput);
  return recallDirective(user, form.data.id, form.data.reason);
});

const readText = authorizedAction("create:directive", async (user, text: string): Promise<ActionResult<TextDraft>> => draftFromText(user, text));

/** Reads pasted text into a draft for the form; saves nothing. */
export async function draftFromTextAction(_previous: ActionResult<TextDraft> | null, formData: FormData): Promise<ActionResult<TextDraft>> {
  const form = pastedTextFormSchema.safeParse(formFields(formData));
  return form.success ? readText(form.data.text) : fail(messages.validation.badInput);
}

/** Reminds (đôn đốc) the open units of the office's own directive, as its list of units filters them. */
export const remindUnitsAction = formStateAction("review:report", (user, formData) => remindUnits(user, formFields(formData)));
