// Text fields as every form sends them: trimmed, bounded, and free of the characters PostgreSQL
// cannot store (NUL) or no person types (the other C0 controls that are not white space).
import { z } from "zod";
import { format, messages } from "@/lib/i18n/messages";

const v = messages.validation;

/** Control characters other than the white space a pasted document carries (tab, line breaks,
 *  vertical tab and form feed). */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** A trimmed string of at most `max` characters with no control characters. */
export function boundedText(max: number, options: { required?: string } = {}) {
  return z
    .string(options.required ? { error: options.required } : undefined)
    .trim()
    .max(max, { error: format(v.tooLong, { max }) })
    .refine((s) => !hasControlCharacters(s), { error: v.controlCharacters });
}
