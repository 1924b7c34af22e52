// The list of a directive's units as it lives in the URL, and the reminder (đôn đốc) sent from it: /van-ban/:id/don-vi?nv=<task>&tt=<status>&q=<unit name>&trang=<page>.
import { z } from "zod";
import { ASSIGNMENT_STATUSES } from "@/lib/domain/status";
import { messages } from "@/lib/i18n/messages";
import { boundedText } from "./text";
import { optionalParam, pageParam, paramsHref } from "./url-params";

export const directiveUnitsParamsSchema = z.object({
  nv: optionalParam(z.coerce.number().int().positive().max(2_147_483_647)),
  tt: optionalParam(z.enum(ASSIGNMENT_STATUSES)),
  q: optionalParam(z.string().trim().max(200)),
  trang: pageParam,
});

export type DirectiveUnitsParams = z.infer<typeof directiveUnitsParamsSchema>;

export function directiveUnitsHref(directiveId: number, params: DirectiveUnitsParams = {}, patch: Partial<DirectiveUnitsParams> = {}): string {
  return paramsHref(`/van-ban/${directiveId}/don-vi`, params, patch);
}

const id = z.coerce.number({ error: messages.validation.badInput }).int().positive().max(2_147_483_647);

/** The most open assignments one reminder reaches (a national directive has a few thousand). */
export const MAX_REMINDERS = 5_000;

/** "" (a field the form left empty) is no value. */
const orNothing = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** A reminder (đôn đốc) to the open units of a directive as its list of units shows them. */
export const remindSchema = z.object({
  directiveId: id,
  taskId: orNothing(id),
  status: orNothing(z.enum(["OVERDUE", "IN_PROGRESS"], { error: messages.validation.badInput })),
  q: orNothing(boundedText(200)),
  note: orNothing(boundedText(500)),
});
