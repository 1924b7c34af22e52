import "server-only";
// The audit trail: every mutation writes one event in its own transaction. The table is
// append-only in the database itself (a trigger refuses UPDATE, DELETE and TRUNCATE).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./db";

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
