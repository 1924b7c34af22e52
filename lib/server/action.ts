import "server-only";
// The one way a server action starts: a server action is a public POST endpoint, so each one
// authenticates, checks the permission, and turns any unexpected failure into a Vietnamese
// sentence — never a stack trace — whatever page the request claims to come from.
import { revalidatePath } from "next/cache";
import { can, type Permission } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n/messages";
import { fail, type ActionResult } from "./action-result";
import { getSignedInAccount } from "./session";
import type { SessionUser } from "./session-user";

export function authorizedAction<T, Args extends unknown[]>(
  permission: Permission,
  handler: (user: SessionUser, ...args: Args) => Promise<ActionResult<T>>,
  /** The one action a person whose password an administrator made may run: choosing their own. */
  { passwordChange = false }: { passwordChange?: boolean } = {},
): (...args: Args) => Promise<ActionResult<T>> {
  return async (...args: Args) => {
    const user = await getSignedInAccount();
    if (!user) return fail(messages.auth.sessionExpired);
    if (user.mustChangePassword && !passwordChange) return fail(messages.auth.mustChangePassword);
    if (!can(user.role, permission)) return fail(messages.validation.forbidden);
    try {
      return await handler(user, ...args);
    } catch (error) {
      // Next's redirect() and notFound() travel as errors and must pass through.
      if (error instanceof Error && "digest" in error && String((error as { digest?: unknown }).digest).startsWith("NEXT_")) throw error;
      console.error(`action failed (${permission})`, error);
      return fail(messages.validation.unexpected);
    }
  };
}

/**
 * A form's server action, in useActionState's shape `(previous, formData)`: authorizedAction over
 * the submitted form. After a success the whole layout is revalidated, so every count and figure
 * on the next screen includes the write.
 */
export function formStateAction<T>(
  permission: Permission,
  handler: (user: SessionUser, formData: FormData) => Promise<ActionResult<T>>,
): (previous: unknown, formData: FormData) => Promise<ActionResult<T>> {
  const run = authorizedAction(permission, handler);
  return async (_previous, formData) => {
    const result = await run(formData);
    if (result.ok) revalidatePath("/", "layout");
    return result;
  };
}
