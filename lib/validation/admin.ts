// What the administration's forms may send: organisations, accounts, and the audit log's filters.
import { z } from "zod";
import { boundedText } from "./text";
import { optionalParam } from "./url-params";
import { isIsoDate, parseViDate } from "@/lib/domain/calendar";
import { isOrganizationCode, normalizeCode, ORGANIZATION_KINDS } from "@/lib/domain/organization-code";
import { format, messages } from "@/lib/i18n/messages";

const v = messages.validation;
const o = messages.adminOrgErrors;
const u = messages.adminUserErrors;

const id = z.coerce.number({ error: v.badInput }).int({ error: v.badInput }).positive({ error: v.badInput }).max(2_147_483_647, { error: v.badInput });
const text = (max: number) => boundedText(max, { required: v.required });
const required = (max: number) => text(max).min(1, { error: v.required });
/** "" or missing → null. */
const optionalText = (max: number) =>
  boundedText(max)
    .optional()
    .transform((s) => s || null);
/** A date typed dd/mm/yyyy (or ISO); "" → null. */
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx): string | null => {
    if (!s) return null;
    const iso = isIsoDate(s) ? s : parseViDate(s);
    if (!iso) ctx.addIssue({ code: "custom", message: v.badDate });
    return iso;
  });
const code = z
  .string({ error: v.required })
  .trim()
  .min(1, { error: v.required })
  .transform(normalizeCode)
  .refine(isOrganizationCode, { error: o.codeFormat });
/** An organisation named by its code; "" → null (no organisation). */
const optionalCode = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? normalizeCode(s) : null))
  .refine((s) => s === null || isOrganizationCode(s), { error: o.codeFormat });

export const createOrganizationSchema = z.object({
  code,
  name: required(300),
  abbreviation: optionalText(40),
  kind: z.enum(ORGANIZATION_KINDS, { error: o.badKind }),
  symbolFamily: z.enum(["PARTY", "STATE"], { error: v.badInput }).default("PARTY"),
  parentCode: optionalCode,
  activeFrom: optionalDate,
});

export const renameOrganizationSchema = z.object({ id, name: required(300), abbreviation: optionalText(40) });

export const moveOrganizationSchema = z.object({ id, parentCode: optionalCode });

/** Dissolve an organisation; with a successor, merge it into that one (the 2025 restructuring). */
export const dissolveOrganizationSchema = z.object({ id, successorCode: optionalCode });

export const ROLES = ["OFFICE_STAFF", "UNIT_HEAD", "LEADERSHIP", "OVERSIGHT", "ADMIN"] as const;

const username = z
  .string({ error: v.required })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,59}$/, { error: u.usernameFormat });

export const createUserSchema = z.object({
  username,
  name: required(200),
  email: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || null)
    .pipe(z.email({ error: u.badEmail }).max(200, { error: u.badEmail }).nullable()),
  role: z.enum(ROLES, { error: u.badRole }),
  organizationCode: code,
  password: z
    .string()
    .optional()
    .transform((s) => s || null)
    .pipe(z.string().min(10, { error: u.passwordShort }).max(200, { error: format(v.tooLong, { max: 200 }) }).nullable()),
});

export const updateUserSchema = z.object({ id, name: required(200), role: z.enum(ROLES, { error: u.badRole }), organizationCode: code });

export const setUserActiveSchema = z.object({ id, active: z.enum(["true", "false"], { error: v.badInput }).transform((s) => s === "true") });

export const resetPasswordSchema = z.object({ id });

// The lists' views as they live in the URL; anything malformed is dropped rather than refused.
const optional = optionalParam;
const dateParam = z.string().refine(isIsoDate);

export const orgListParamsSchema = z.object({
  q: optional(z.string().trim().max(200)),
  loai: optional(z.enum(ORGANIZATION_KINDS)),
  ngung: optional(z.enum(["1"])),
  trang: optional(z.coerce.number().int().min(1).max(100_000)),
});

export const userListParamsSchema = z.object({
  q: optional(z.string().trim().max(200)),
  vaitro: optional(z.enum(ROLES)),
  donvi: optional(z.string().trim().max(40)),
  tinhtrang: optional(z.enum(["dang-dung", "da-khoa"])),
  trang: optional(z.coerce.number().int().min(1).max(100_000)),
});

export const auditParamsSchema = z.object({
  nguoi: optional(z.string().trim().toLowerCase().max(60)),
  hanhdong: optional(z.string().trim().max(60).regex(/^[a-z_.]+$/)),
  tu: optional(dateParam),
  den: optional(dateParam),
  loai: optional(z.string().trim().max(40).regex(/^[a-z_]+$/)),
  ma: optional(z.coerce.number().int().positive().max(2_147_483_647)),
  donvi: optional(z.string().trim().max(40)),
  trang: optional(z.coerce.number().int().min(1).max(100_000)),
});

export type OrgListParams = z.infer<typeof orgListParamsSchema>;
export type UserListParams = z.infer<typeof userListParamsSchema>;
export type AuditParams = z.infer<typeof auditParamsSchema>;

