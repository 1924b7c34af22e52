// The small forms that carry no more than a record's id (issue, recall) or a list of keys (mark
// notifications read): checked with zod like every other write.
import { z } from "zod";
import { messages } from "@/lib/i18n/messages";
import { boundedText } from "./text";

const v = messages.validation;

export const idFormSchema = z.object({
  id: z.coerce.number({ error: v.badInput }).int({ error: v.badInput }).positive({ error: v.badInput }).max(2_147_483_647, { error: v.badInput }),
});

export const recallFormSchema = idFormSchema.extend({
  reason: boundedText(1000).default(""),
});

export const markReadFormSchema = z.object({
  all: z.literal("1").optional(),
  key: z.array(z.string().max(100, { error: v.badInput }), { error: v.badInput }).max(500, { error: v.badInput }).default([]),
});

/** A FormData's text fields as an object for zod; repeated names become arrays when asked. */
export function formFields(formData: FormData, repeated: string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    if (repeated.includes(key)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else out[key] = value;
  }
  return out;
}

/** Pasted text for the parser: what the form sends, bounded in transport; the parser judges the
 *  text itself (too long, empty, not a directive) with its own messages. */
export const pastedTextFormSchema = z.object({
  text: z.string({ error: v.badInput }).max(4 * 1024 * 1024, { error: v.badInput }).default(""),
});
