"use server";
// The unit workflow's actions: report, review, ask for and decide extensions, mark notifications
// read. Thin: each goes through formStateAction (authorizedAction, then the layout revalidated) and the data layer, which checks who may do it
// to which assignment and writes in one transaction.
import { format, messages } from "@/lib/i18n/messages";
import { formStateAction } from "@/lib/server/action";
import { fail, type ActionResult } from "@/lib/server/action-result";
import { decideExtension, requestExtension } from "@/lib/server/extensions";
import { checkUpload, storeFile, type SavedFile } from "@/lib/server/files";
import { markNotificationsRead } from "@/lib/server/notifications";
import { acceptReports, reviewReport, submitReport } from "@/lib/server/reports";
import { MAX_FILE_MB } from "@/lib/validation/files";
import { formFields, markReadFormSchema } from "@/lib/validation/forms";
import { MAX_EVIDENCE_FILES } from "@/lib/validation/report";

export const submitReportAction = formStateAction("report:assignment", async (user, formData): Promise<ActionResult<{ reportId: number }>> => {
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

export const reviewReportAction = formStateAction("review:report", (user, formData) => reviewReport(user, formFields(formData)));

export const acceptReportsAction = formStateAction("review:report", (user, formData) => acceptReports(user, formFields(formData, ["reportId"])));

export const requestExtensionAction = formStateAction("report:assignment", (user, formData) => requestExtension(user, formFields(formData)));

export const decideExtensionAction = formStateAction("review:report", (user, formData) => decideExtension(user, formFields(formData)));

export const markNotificationsReadAction = formStateAction("read:organization", async (user, formData): Promise<ActionResult<{ marked: number }>> => {
  const form = markReadFormSchema.safeParse(formFields(formData, ["key"]));
  if (!form.success) return fail(messages.validation.badInput);
  return { ok: true, value: { marked: await markNotificationsRead(user, form.data.all ? "all" : form.data.key) } };
});
