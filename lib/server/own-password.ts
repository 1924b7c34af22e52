import "server-only";
// A person chooses their own password: after an administrator made one (a new account, a reset:
// nothing else opens until then), or whenever they wish. The current password is checked, the new
// one stored as its hash, the administrator's flag cleared and the change audited, in one transaction.
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { messages } from "@/lib/i18n/messages";
import { changePasswordSchema } from "@/lib/validation/account";
import { issuesToFieldErrors } from "@/lib/validation/errors";
import { fail, UserFacingError, type ActionResult } from "./action-result";
import { writeAudit } from "./audit";
import { db } from "./db";
import { assertCan, type SessionUser } from "./session-user";

export async function changeOwnPassword(user: SessionUser, raw: unknown): Promise<ActionResult<{ id: number }>> {
  assertCan(user, "change:own_password");
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return fail(messages.editor.formError, issuesToFieldErrors(parsed.error.issues));
  const { current, next } = parsed.data;
  try {
    await db().$transaction(async (tx) => {
      // Locked: two changes at once cannot both check the same old password.
      const [account] = await tx.$queryRaw<{ password_hash: string }[]>`
        SELECT password_hash FROM user_account WHERE id = ${user.id} AND active FOR UPDATE`;
      if (!account) throw new UserFacingError(messages.auth.sessionExpired);
      if (!(await verifyPassword(account.password_hash, current))) {
        throw new UserFacingError(messages.editor.formError, { current: [messages.password.wrongCurrent] });
      }
      await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(next), mustChangePassword: false } });
      await writeAudit(tx, { actorId: user.id, action: "user.change_password", entityType: "user", entityId: user.id, organizationId: user.organizationId });
    });
    return { ok: true, value: { id: user.id }, message: messages.password.done };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}
