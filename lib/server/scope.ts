import "server-only";
// Access rules written into queries: a person sees the organisations of their scope and the
// directives issued in it or addressed to it — nothing else exists for them.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "./session-user";

/** Organisations inside the person's subtrees. */
export function organizationInScope(user: SessionUser): Prisma.OrganizationWhereInput {
  if (user.role === "ADMIN") return {};
  return { ancestors: { some: { ancestorId: { in: user.scopeRootIds } } } };
}

/**
 * Directives the person may open:
 * - an ordinary directive issued by an organisation of their scope (a draft only by their own
 *   organisation), or issued and addressed to a unit of their scope;
 * - a secret (mật) one only by its issuer's own people and the units it assigns.
 */
export function directiveVisibleTo(user: SessionUser): Prisma.DirectiveWhereInput {
  const inScope = organizationInScope(user);
  const notDraft: Prisma.DirectiveWhereInput = { status: { not: "DRAFT" } };
  return {
    OR: [
      { confidentiality: "NORMAL", issuer: inScope, OR: [notDraft, { issuerId: user.organizationId }] },
      { confidentiality: "NORMAL", ...notDraft, assignments: { some: { unit: inScope } } },
      { confidentiality: "SECRET", issuerId: user.organizationId },
      { confidentiality: "SECRET", ...notDraft, assignments: { some: { unitId: user.organizationId } } },
    ],
  };
}

/** Assignments of the person's scope (the units they answer for), of directives they may open. */
export function assignmentInScope(user: SessionUser): Prisma.AssignmentWhereInput {
  return { unit: organizationInScope(user), directive: directiveVisibleTo(user) };
}
