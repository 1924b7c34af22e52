"use server";
// The unit workflow's actions: report, review, ask for and decide extensions, mark notifications
// read. Thin: each goes through authorizedAction and the data layer, which checks who may do it
// to which assignment and writes in one transaction.
import { revalidatePath } from "next/cache";
import { format, messages } from "@/lib/i18n/messages";
import { authorizedAction } from "@/lib/server/action";
import { fail, type ActionResult } from "@/lib/server/action-result";
import { decideExtension, requestExtension } from "@/lib/server/extensions";
import { checkUpload, storeFile, type SavedFile } from "@/lib/server/files";
import { markNotificationsRead } from "@/lib/server/notifications";
import { reviewReport, submitReport } from "@/lib/server/reports";
import { MAX_FILE_MB } from "@/lib/validation/files";
import { formFields, markReadFormSchema } from "@/lib/validation/forms";
import { MAX_EVIDENCE_FILES } from "@/lib/validation/report";

const submit = authorizedAction("report:assignment", async (user, formData: FormData): Promise<ActionResult<{ reportId: number }>> => {
  const uploads = formData.getAll("evidence").filter((f): f is File => f instanceof File && f.size > 0);
  if (uploads.length > MAX_EVIDENCE_FILES) {
    return fail(messages.editor.formError, { evidence: [format(messages.workErrors.tooManyFiles, { max: MAX_EVIDENCE_FILES })] });
  }
  if (uploads.reduce((sum, f) => sum + f.size, 0) > MAX_FILE_MB * 1024 * 1024) {
    return fail(messages.editor.formError, { evidence: [format(messages.validation.fileTooLarge, { size: MAX_FILE_MB })] });
  }
  for (const upload of uploads) {
    const check = checkUpload(upload);
    if (!check.ok) return fail(messages.editor.formError, { evidence: [`${upload.name}: ${check.message}`] });
  }
  const saved: SavedFile[] = [];
  for (const upload of uploads) saved.push(await storeFile(upload));
  return submitReport(user, formFields(formData), saved);
});

export async function submitReportAction(_previous: ActionResult<{ reportId: number }> | null, formData: FormData) {
  const result = await submit(formData);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

const review = authorizedAction("review:report", (user, formData: FormData) => reviewReport(user, formFields(formData)));

export async function reviewReportAction(_previous: ActionResult<{ completedOn: string | null }> | null, formData: FormData) {
  const result = await review(formData);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

const askExtension = authorizedAction("report:assignment", (user, formData: FormData) => requestExtension(user, formFields(formData)));

export async function requestExtensionAction(_previous: ActionResult<{ id: number }> | null, formData: FormData) {
  const result = await askExtension(formData);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

const decide = authorizedAction("review:report", (user, formData: FormData) => decideExtension(user, formFields(formData)));

export async function decideExtensionAction(_previous: ActionResult<{ dueOn: string | null }> | null, formData: FormData) {
  const result = await decide(formData);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

const markRead = authorizedAction("read:organization", async (user, formData: FormData): Promise<ActionResult<{ marked: number }>> => {
  const form = markReadFormSchema.safeParse(formFields(formData, ["key"]));
  if (!form.success) return fail(messages.validation.badInput);
  return { ok: true, value: { marked: await markNotificationsRead(user, form.data.all ? "all" : form.data.key) } };
});

export async function markNotificationsReadAction(_previous: ActionResult<{ marked: number }> | null, formData: FormData) {
  const result = await markRead(formData);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
