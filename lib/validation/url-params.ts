// A list's view as it lives in the URL (filters and page): anything malformed is dropped rather
// than refused, so a mistyped or outdated link still opens the list.
import { z } from "zod";

/** A URL parameter that is left out when it is missing or malformed. */
export const optionalParam = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** A page number of a paged list. */
export const pageParam = optionalParam(z.coerce.number().int().min(1).max(100_000));

export function parseParams<T extends z.ZodType>(schema: T, raw: Record<string, string | string[] | undefined>): z.infer<T> {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, val]) => [k, Array.isArray(val) ? val[0] : val]));
  return schema.parse(flat);
}

/** The URL of a list with its view: the page path and the non-empty params. */
export function paramsHref(path: string, params: Record<string, string | number | undefined>, patch: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...patch })) if (value !== undefined && value !== "") query.set(key, String(value));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
