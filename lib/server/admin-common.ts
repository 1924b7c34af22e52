import "server-only";
// What every administrative write shares: the organisations an administrator manages (their scope,
// the whole forest for an administrator of a root), finding one by code inside it, and running the
// write in one transaction whose refusals come back as Vietnamese messages with nothing changed.
import type { z } from "zod";
import { todayIn } from "@/lib/domain/clock";
import { addDays, type IsoDate } from "@/lib/domain/calendar";
import type { Permission } from "@/lib/auth/permissions";
import { format, messages } from "@/lib/i18n/messages";
import { issuesToFieldErrors } from "@/lib/validation/errors";
import { fail, UserFacingError, type ActionResult } from "./action-result";
import { serverConfig } from "./config";
import { db, type Tx } from "./db";
import { organizationInScope } from "./scope";
import { assertCan, type SessionUser } from "./session-user";

export function today(): IsoDate {
  return todayIn(serverConfig().clock);
}

/** The last day of an organisation that stops today. */
export function yesterday(): IsoDate {
  return addDays(today(), -1);
}

export function now(): Date {
  return serverConfig().clock.now();
}

export interface ManagedOrganization {
  id: number;
  code: string;
  name: string;
  abbreviation: string | null;
  parentId: number | null;
  depth: number;
  activeUntil: Date | null;
}

const managedSelect = { id: true, code: true, name: true, abbreviation: true, parentId: true, depth: true, activeUntil: true } as const;

export function isActive(o: { activeUntil: Date | null }): boolean {
  return o.activeUntil === null || o.activeUntil.toISOString().slice(0, 10) >= today();
}

export async function managedById(tx: Tx, user: SessionUser, id: number): Promise<ManagedOrganization | null> {
  return tx.organization.findFirst({ where: { AND: [organizationInScope(user), { id }] }, select: managedSelect });
}

export async function managedByCode(tx: Tx, user: SessionUser, code: string): Promise<ManagedOrganization | null> {
  return tx.organization.findFirst({ where: { AND: [organizationInScope(user), { code }] }, select: managedSelect });
}

/** The organisation of `code` in the administrator's scope and active, or a refusal on `field`. */
export async function activeManagedByCode(tx: Tx, user: SessionUser, code: string, field: string, unknown: string): Promise<ManagedOrganization> {
  const org = await managedByCode(tx, user, code);
  if (!org) throw new UserFacingError(messages.editor.formError, { [field]: [format(unknown, { code })] });
  if (!isActive(org)) throw new UserFacingError(messages.editor.formError, { [field]: [format(messages.adminOrgErrors.parentInactive, { name: org.name })] });
  return org;
}

/**
 * Validates `raw` with `schema`, then runs `work` in one transaction. A UserFacingError thrown
 * inside abandons the transaction and becomes the answer; anything else propagates.
 */
export async function adminWrite<S extends z.ZodType, T>(
  user: SessionUser,
  permission: Permission,
  schema: S,
  raw: unknown,
  work: (tx: Tx, input: z.output<S>) => Promise<{ value: T; message: string }>,
): Promise<ActionResult<T>> {
  assertCan(user, permission);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return fail(messages.editor.formError, issuesToFieldErrors(parsed.error.issues));
  try {
    const { value, message } = await db().$transaction((tx) => work(tx, parsed.data), { timeout: 120_000, maxWait: 20_000 });
    return { ok: true, value, message };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}
