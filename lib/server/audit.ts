import "server-only";
// The audit trail: every mutation writes one event in its own transaction. The table is
// append-only in the database itself (a trigger refuses UPDATE, DELETE and TRUNCATE).
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "./db";
import type { SessionUser } from "./session-user";
import type { messages } from "@/lib/i18n/messages";

/** Every action the trail records: a key of the catalogue, so none is shown to an administrator as a code. */
export type AuditAction = keyof (typeof messages)["audit"]["actions"];

export interface AuditInput {
  actorId: number | null;
  action: AuditAction;
  entityType: string;
  entityId?: number | null;
  organizationId?: number | null;
  data?: Prisma.InputJsonValue;
}

export async function writeAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      organizationId: event.organizationId ?? null,
      data: event.data,
    },
  });
}

/** Reads of one secret directive by one person through one door within this window count as one. */
export const SECRET_READ_WINDOW_MS = 60_000;

/**
 * The inspection commission reads secret (mật) directives beyond its own organisation's: each such
 * read — the directive's page, its signed file, an assignment of it — leaves an event, written
 * before the content is handed back. The same page may be asked for again at once (a prefetch, a
 * reload, two tabs), so repeats within a minute by the same person through the same door are one
 * read. (Within one request the pages read each directive once: React's cache around the loader.)
 */
export async function auditSecretRead(
  user: SessionUser,
  directive: { id: number; confidentiality: string },
  via: "directive" | "file" | "assignment" | "units" | "unitsExport",
  assignmentId?: number,
): Promise<void> {
  if (directive.confidentiality !== "SECRET" || !can(user.role, "read:secret_directive")) return;
  const data = { via, ...(assignmentId ? { assignmentId } : {}) };
  // Two requests at once (a prefetch and the navigation): the lock makes the second wait and see the first.
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${user.id}::int, ${directive.id}::int)`;
    const [recent] = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM audit_event
      WHERE actor_id = ${user.id} AND action = 'directive.read_secret' AND entity_id = ${directive.id}
        AND data = ${JSON.stringify(data)}::jsonb AND at >= now() - make_interval(secs => ${SECRET_READ_WINDOW_MS / 1000})
      LIMIT 1`;
    if (recent) return;
    await writeAudit(tx, { actorId: user.id, action: "directive.read_secret", entityType: "directive", entityId: directive.id, organizationId: user.organizationId, data });
  });
}
