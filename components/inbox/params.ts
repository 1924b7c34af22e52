// The inbox's view as it lives in the URL: /?vb=<directive>&cq=<issuer>&tt=<status>&han=<period>&trang=<page>.
// Anything malformed is dropped rather than refused, so a mistyped link still opens the inbox.
import { z } from "zod";
import { INBOX_PERIODS, INBOX_STATUSES } from "@/lib/server/inbox";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const id = z.coerce.number().int().positive().max(2_147_483_647);

const inboxParamsSchema = z.object({
  vb: optional(id),
  cq: optional(id),
  tt: optional(z.enum(INBOX_STATUSES)),
  han: optional(z.enum(INBOX_PERIODS)),
  trang: optional(z.coerce.number().int().min(1).max(100_000)),
});

export type InboxParams = z.infer<typeof inboxParamsSchema>;

export function parseInboxParams(raw: Record<string, string | string[] | undefined>): InboxParams {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return inboxParamsSchema.parse(flat);
}

export function inboxHref(params: InboxParams, patch: Partial<InboxParams> = {}): string {
  const merged = { ...params, ...patch };
  const query = new URLSearchParams();
  for (const key of ["vb", "cq", "tt", "han", "trang"] as const) {
    const value = merged[key];
    if (value !== undefined && !(key === "trang" && value === 1)) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/?${text}` : "/";
}

export function hasFilters(params: InboxParams): boolean {
  return Boolean(params.vb || params.cq || params.tt || params.han);
}
