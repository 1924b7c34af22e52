import "server-only";
// Access rules written into queries: a person sees the organisations of their scope and the
// directives issued in it or addressed to it — nothing else exists for them.
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "./session-user";

/** Organisations inside the person's subtrees (the whole forest for an administrator of a root). */
export function organizationInScope(user: SessionUser): Prisma.OrganizationWhereInput {
  if (user.wholeForest) return {};
  return { ancestors: { some: { ancestorId: { in: user.scopeRootIds } } } };
}

/**
 * Directives the person may open:
 * - an ordinary directive issued by an organisation of their scope (a draft only by their own
 *   organisation), or issued and addressed to a unit of their scope;
 * - a secret (mật) one only by its issuer's own people and the units it assigns — and by the
 *   inspection commission (read:secret_directive) by the ordinary rule, each read audited.
 */
export function directiveVisibleTo(user: SessionUser): Prisma.DirectiveWhereInput {
  const inScope = organizationInScope(user);
  const notDraft: Prisma.DirectiveWhereInput = { status: { not: "DRAFT" } };
  // The inspection commission reads the secret directives of its scope by the same rules as the ordinary ones.
  const levels: Prisma.DirectiveWhereInput = can(user.role, "read:secret_directive") ? {} : { confidentiality: "NORMAL" };
  return {
    OR: [
      { ...levels, issuer: inScope, OR: [notDraft, { issuerId: user.organizationId }] },
      { ...levels, ...notDraft, assignments: { some: { unit: inScope } } },
      { confidentiality: "SECRET", issuerId: user.organizationId },
      { confidentiality: "SECRET", ...notDraft, assignments: { some: { unitId: user.organizationId } } },
    ],
  };
}

/** Assignments of the person's scope (the units they answer for), of directives they may open. */
export function assignmentInScope(user: SessionUser): Prisma.AssignmentWhereInput {
  return { unit: organizationInScope(user), directive: directiveVisibleTo(user) };
}

/**
 * Assignments whose page the person may open (getAssignmentDetail): of a directive they may open,
 * and given to a unit of their scope, or issued by their own organisation, or on a task their own
 * unit also holds (a coordinating unit reads the lead's reports, and the other way round).
 */
export function assignmentVisibleTo(user: SessionUser): Prisma.AssignmentWhereInput {
  return {
    directive: directiveVisibleTo(user),
    OR: [
      { unit: organizationInScope(user) },
      { directive: { issuerId: user.organizationId } },
      { task: { assignments: { some: { unitId: user.organizationId } } } },
      // The inspection commission reads what it inspects: how the directives issued in its scope are
      // carried out, by whichever units they assign (a Ban Cán sự đảng directs a ministry's units,
      // which are not in the party's tree). Each read of a secret one is audited (audit.ts).
      ...(can(user.role, "read:secret_directive") ? [{ directive: { issuer: organizationInScope(user) } }] : []),
    ],
  };
}
