// What a sign-in form may send.
import { z } from "zod";
import { messages } from "@/lib/i18n/messages";

export const signInSchema = z.object({
  username: z.string().trim().min(1, { error: messages.auth.usernameRequired }).max(60, { error: messages.auth.invalid }),
  password: z.string().min(1, { error: messages.auth.passwordRequired }).max(200, { error: messages.auth.invalid }),
});
