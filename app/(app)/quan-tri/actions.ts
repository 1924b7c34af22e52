"use server";
// The administration's actions. Thin: each goes through authorizedAction and the data layer,
// which checks the administrator's scope, validates, and writes in one transaction with its audit event.
import { revalidatePath } from "next/cache";
import { messages } from "@/lib/i18n/messages";
import { authorizedAction } from "@/lib/server/action";
import { fail, type ActionResult } from "@/lib/server/action-result";
import { createOrganization, moveOrganization, renameOrganization } from "@/lib/server/admin-organizations";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/server/admin-users";
import { importOrganizations, previewImport, readImportFile, type ImportPreview } from "@/lib/server/organization-import";
import { dissolveOrganization } from "@/lib/server/organization-merge";
import type { SessionUser } from "@/lib/server/session-user";
import type { Permission } from "@/lib/auth/permissions";
import { formFields } from "@/lib/validation/forms";

/** An action over the form's text fields; the page's data is revalidated after a success. */
function formAction<T>(permission: Permission, write: (user: SessionUser, raw: unknown) => Promise<ActionResult<T>>) {
  const run = authorizedAction(permission, (user, formData: FormData) => write(user, formFields(formData)));
  return async (formData: FormData): Promise<ActionResult<T>> => {
    const result = await run(formData);
    if (result.ok) revalidatePath("/", "layout");
    return result;
  };
}

const create = formAction("manage:organization", createOrganization);
const rename = formAction("manage:organization", renameOrganization);
const move = formAction("manage:organization", moveOrganization);
const dissolve = formAction("manage:organization", dissolveOrganization);
const newUser = formAction("manage:user", createUser);
const editUser = formAction("manage:user", updateUser);
const activeUser = formAction("manage:user", setUserActive);
const reset = formAction("manage:user", resetPassword);

export async function createOrganizationAction(_p: unknown, formData: FormData) {
  return create(formData);
}
export async function renameOrganizationAction(_p: unknown, formData: FormData) {
  return rename(formData);
}
export async function moveOrganizationAction(_p: unknown, formData: FormData) {
  return move(formData);
}
export async function dissolveOrganizationAction(_p: unknown, formData: FormData) {
  return dissolve(formData);
}
export async function createUserAction(_p: unknown, formData: FormData) {
  return newUser(formData);
}
export async function updateUserAction(_p: unknown, formData: FormData) {
  return editUser(formData);
}
export async function setUserActiveAction(_p: unknown, formData: FormData) {
  return activeUser(formData);
}
export async function resetPasswordAction(_p: unknown, formData: FormData) {
  return reset(formData);
}

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
