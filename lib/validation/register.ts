// The register's view as it lives in the URL: /van-ban?q=…&loai=CHI_THI&nam=2021&coquan=5&trangthai=ISSUED&trang=2.
// Anything malformed is dropped rather than refused: a mistyped link still opens the register.
import { z } from "zod";
import { DIRECTIVE_TYPES } from "@/lib/domain/directive-type";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const registerParamsSchema = z.object({
  q: optional(z.string().trim().max(200)),
  loai: optional(z.enum(DIRECTIVE_TYPES)),
  nam: optional(z.coerce.number().int().min(1945).max(2100)),
  coquan: optional(z.coerce.number().int().positive()),
  trangthai: optional(z.enum(["DRAFT", "ISSUED", "RECALLED"])),
  trang: optional(z.coerce.number().int().min(1).max(100_000)),
});

export type RegisterParams = z.infer<typeof registerParamsSchema>;

export function parseRegisterParams(raw: Record<string, string | string[] | undefined>): RegisterParams {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return registerParamsSchema.parse(flat);
}

export function registerHref(params: RegisterParams, patch: Partial<RegisterParams> = {}): string {
  const merged = { ...params, ...patch };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `/van-ban?${text}` : "/van-ban";
}
