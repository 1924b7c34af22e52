"use server";
// The one action a person whose password an administrator made may run: choosing their own.
import { authorizedAction } from "@/lib/server/action";
import { changeOwnPassword } from "@/lib/server/own-password";

const run = authorizedAction("change:own_password", (user, formData: FormData) => changeOwnPassword(user, Object.fromEntries(formData)), {
  passwordChange: true,
});

export async function changePasswordAction(_previous: unknown, formData: FormData) {
  return run(formData);
}
