"use server";
// The administration's actions. Thin: each goes through authorizedAction and the data layer,
// which checks the administrator's scope, validates, and writes in one transaction with its audit event.
import { revalidatePath } from "next/cache";
import { messages } from "@/lib/i18n/messages";
import { authorizedAction, formStateAction } from "@/lib/server/action";
import { fail, type ActionResult } from "@/lib/server/action-result";
import { createOrganization, moveOrganization, renameOrganization } from "@/lib/server/admin-organizations";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/server/admin-users";
import { importOrganizations, previewImport, readImportFile, type ImportPreview } from "@/lib/server/organization-import";
import { dissolveOrganization } from "@/lib/server/organization-merge";
import type { SessionUser } from "@/lib/server/session-user";
import type { Permission } from "@/lib/auth/permissions";
import { formFields } from "@/lib/validation/forms";

/** An action over the form's text fields, which the data layer validates. */
function fieldsAction<T>(permission: Permission, write: (user: SessionUser, raw: unknown) => Promise<ActionResult<T>>) {
  return formStateAction(permission, (user, formData) => write(user, formFields(formData)));
}

export const createOrganizationAction = fieldsAction("manage:organization", createOrganization);
export const renameOrganizationAction = fieldsAction("manage:organization", renameOrganization);
export const moveOrganizationAction = fieldsAction("manage:organization", moveOrganization);
export const dissolveOrganizationAction = fieldsAction("manage:organization", dissolveOrganization);
export const createUserAction = fieldsAction("manage:user", createUser);
export const updateUserAction = fieldsAction("manage:user", updateUser);
export const setUserActiveAction = fieldsAction("manage:user", setUserActive);
export const resetPasswordAction = fieldsAction("manage:user", resetPassword);

/** Preview (mode=preview) or import (mode=import) the uploaded file; the file is read again each time. */
const importFile = authorizedAction("manage:organization", async (user, formData: FormData): Promise<ActionResult<ImportPreview & { imported: boolean }>> => {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return fail(messages.editor.formError, { file: [messages.adminImport.chooseFile] });
  const read = await readImportFile(file);
  if (!read.ok) return fail(messages.editor.formError, { file: [read.message] });
  if (formData.get("mode") === "import") {
    const done = await importOrganizations(user, read.cells);
    if (done.ok) revalidatePath("/", "layout");
    return done.ok ? { ok: true, value: { ...done.value, imported: true }, message: done.message } : done;
  }
  const preview = await previewImport(user, read.cells);
  return preview.ok ? { ok: true, value: { ...preview.value, imported: false }, message: preview.message } : preview;
});

export async function importOrganizationsAction(_p: unknown, formData: FormData) {
  return importFile(formData);
}
