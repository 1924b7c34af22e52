// Builds small hand-made worlds for integration tests: organisations, users, directives,
// tasks and assignments, with the answers known by hand.
import { randomBytes } from "node:crypto";
import type { AssignmentRole, AssignmentState, Confidentiality, DirectiveStatus, OrganizationKind, Role } from "@/lib/generated/prisma/enums";
import { dateValue, db } from "@/lib/server/db";
import { insertOrganization } from "@/lib/server/organization-tree";
import { findActiveAccount } from "@/lib/server/users";
import { sessionUserFrom, type SessionUser } from "@/lib/server/session";

const tag = () => randomBytes(3).toString("hex");

export async function org(name: string, parentId: number | null, extra: { kind?: OrganizationKind; scopeRootId?: number; abbreviation?: string } = {}) {
  return db().$transaction((tx) =>
    insertOrganization(tx, {
      code: `${name.replace(/\W/g, "").slice(0, 20)}-${tag()}`,
      name,
      kind: extra.kind ?? "UNIT",
      parentId,
      scopeRootId: extra.scopeRootId ?? null,
      abbreviation: extra.abbreviation ?? null,
    }),
  );
}

export async function user(role: Role, organizationId: number, passwordHash = "x"): Promise<SessionUser> {
  const created = await db().user.create({
    data: { username: `u${tag()}`, name: `Người dùng ${role}`, role, organizationId, passwordHash },
    select: { id: true },
  });
  const account = await findActiveAccount(created.id);
  if (!account) throw new Error("user not created");
  return sessionUserFrom(account);
}

export interface AssignmentSpec {
  unitId: number;
  role?: AssignmentRole;
  state?: AssignmentState;
  dueOn?: string | null;
  completedOn?: string | null;
  reportDueOn?: string | null;
}

export async function directive(
  issuerId: number,
  options: { status?: DirectiveStatus; confidentiality?: Confidentiality; title?: string; dueOn?: string | null; assignments?: AssignmentSpec[] } = {},
) {
  const d = await db().directive.create({
    data: {
      type: "KE_HOACH",
      issuerId,
      title: options.title ?? `Kế hoạch ${tag()}`,
      status: options.status ?? "ISSUED",
      confidentiality: options.confidentiality ?? "NORMAL",
      issuedOn: dateValue("2026-01-15"),
      year: 2026,
    },
    select: { id: true },
  });
  const task = await db().task.create({
    data: { directiveId: d.id, ordinal: 1, title: "Nhiệm vụ", deadlineKind: options.dueOn ? "DATE" : "ONGOING", dueOn: dateValue(options.dueOn ?? null) },
    select: { id: true },
  });
  for (const a of options.assignments ?? []) {
    await db().assignment.create({
      data: {
        taskId: task.id,
        directiveId: d.id,
        unitId: a.unitId,
        role: a.role ?? "LEAD",
        state: a.state ?? "OPEN",
        dueOn: dateValue(a.dueOn === undefined ? (options.dueOn ?? null) : a.dueOn),
        completedOn: dateValue(a.completedOn ?? null),
        reportDueOn: dateValue(a.reportDueOn ?? null),
      },
    });
  }
  return { id: d.id, taskId: task.id };
}
