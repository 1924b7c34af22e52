// The review queue's view as it lives in the URL: /duyet?trang=<reports page>&trang-gia-han=<extensions page>.
// A malformed page number is dropped (the first page), so a mistyped link still opens the queue.
import { z } from "zod";

const pageNumber = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);

const queueParamsSchema = z.object({ trang: pageNumber, "trang-gia-han": pageNumber });

export type QueueParams = z.infer<typeof queueParamsSchema>;

export function parseQueueParams(raw: Record<string, string | string[] | undefined>): QueueParams {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return queueParamsSchema.parse(flat);
}

export function queueHref(params: QueueParams, patch: Partial<QueueParams>): string {
  const merged = { ...params, ...patch };
  const query = new URLSearchParams();
  for (const key of ["trang", "trang-gia-han"] as const) {
    const value = merged[key];
    if (value !== undefined && value !== 1) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/duyet?${text}` : "/duyet";
}

/** The id of the "accept the chosen" form, which each report's box in the queue names (form=…). */
export const BATCH_FORM_ID = "chap-nhan-da-chon";
