// The list of a directive's units as it lives in the URL: /van-ban/:id/don-vi?nv=<task>&tt=<status>&q=<unit name>&trang=<page>.
import { z } from "zod";
import { ASSIGNMENT_STATUSES } from "@/lib/domain/status";
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
