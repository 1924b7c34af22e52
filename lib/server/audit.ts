import "server-only";
// The audit trail: every mutation writes one event in its own transaction. The table is
// append-only in the database itself (a trigger refuses UPDATE, DELETE and TRUNCATE).
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "./db";
import type { SessionUser } from "./session-user";

export interface AuditInput {
  actorId: number | null;
  action: string;
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

/**
 * The inspection commission reads secret (mật) directives beyond its own organisation's: each such
 * read — the directive's page, its signed file, an assignment of it — leaves an event, written
 * before the content is handed back.
 */
export async function auditSecretRead(
  user: SessionUser,
  directive: { id: number; confidentiality: string },
  via: "directive" | "file" | "assignment",
  assignmentId?: number,
): Promise<void> {
  if (directive.confidentiality !== "SECRET" || !can(user.role, "read:secret_directive")) return;
  await writeAudit(db(), {
    actorId: user.id,
    action: "directive.read_secret",
    entityType: "directive",
    entityId: directive.id,
    organizationId: user.organizationId,
    data: { via, ...(assignmentId ? { assignmentId } : {}) },
  });
}
