// A person choosing their own password (/doi-mat-khau): the current one, the new one twice.
import { z } from "zod";
import { messages } from "@/lib/i18n/messages";

const p = messages.password;

export const changePasswordSchema = z
  .object({
    current: z.string({ error: p.required }).min(1, { error: p.required }).max(200, { error: p.wrongCurrent }),
    next: z.string({ error: p.tooShort }).min(10, { error: p.tooShort }).max(200, { error: p.tooLong }),
    confirm: z.string({ error: p.mismatch }),
  })
  .superRefine((v, ctx) => {
    if (v.confirm !== v.next) ctx.addIssue({ code: "custom", path: ["confirm"], message: p.mismatch });
    if (v.next === v.current) ctx.addIssue({ code: "custom", path: ["next"], message: p.same });
  });
