import "server-only";
// What the directive form's pickers may offer: units the person's organisation may give work to,
// and directives the person may cite. Diacritic-insensitive, a few at a time.
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { directiveLabel } from "@/components/directives/labels";
import { matchesQuery, searchTokens } from "@/lib/domain/text";
import { containsAll } from "./sql";
import { db } from "./db";
import { directiveVisibleTo } from "./scope";
import { assertCan, type SessionUser } from "./session-user";

export interface UnitOption {
  id: number;
  name: string;
  kind: OrganizationKind;
  parentName: string | null;
  childCount: number;
  /** The person's own organisation: offered only as the anchor of a group ("every unit directly under us"). */
  isIssuer: boolean;
}

/**
 * Condition on `o` (an organization row): below the issuer or in the subtree it directs, or the
 * issuer itself when it has units under it (the anchor of "every unit directly under us").
 */
export function assignableTo(issuer: { id: number; scopeRootId: number | null }): Prisma.Sql {
  return Prisma.sql`(EXISTS (
      SELECT 1 FROM organization_closure c WHERE c.descendant_id = o.id
        AND ((c.ancestor_id = ${issuer.id} AND c.depth > 0) OR c.ancestor_id = ${issuer.scopeRootId ?? -1}))
      OR (o.id = ${issuer.id} AND EXISTS (SELECT 1 FROM organization ch WHERE ch.parent_id = o.id)))`;
}

/** Units below the person's organisation or in the subtree it directs, matching every word of `q`. */
export async function searchAssignableUnits(user: SessionUser, q: string, limit = 20): Promise<UnitOption[]> {
  assertCan(user, "create:directive");
  const issuer = await db().organization.findUniqueOrThrow({ where: { id: user.organizationId }, select: { id: true, scopeRootId: true } });
  const tokens = searchTokens(q).slice(0, 6);
  return db().$queryRaw<UnitOption[]>(Prisma.sql`
    SELECT o.id, o.name, o.kind, p.name AS "parentName",
      (SELECT count(*) FROM organization ch WHERE ch.parent_id = o.id)::int AS "childCount",
      (o.id = ${issuer.id}) AS "isIssuer"
    FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
    WHERE ${assignableTo(issuer)}
      AND ${containsAll(Prisma.sql`o.search_text`, tokens)}
    ORDER BY (o.id = ${issuer.id}) DESC, o.depth, o.name
    LIMIT ${Math.min(Math.max(limit, 1), 50)}`);
}

export interface DirectiveOption {
  id: number;
  type: string;
  symbol: string | null;
  title: string;
  issuedOn: string | null;
  issuerName: string;
}

/** Directives the person may open, for "implements" and "references". */
export async function searchLinkableDirectives(user: SessionUser, q: string, limit = 10): Promise<DirectiveOption[]> {
  assertCan(user, "read:directive");
  const tokens = searchTokens(q).slice(0, 8);
  const take = Math.min(Math.max(limit, 1), 30);
  const found = await db().directive.findMany({
    where: { AND: [directiveVisibleTo(user), ...tokens.map((t) => ({ searchText: { contains: t } }))] },
    orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    // A few more than shown: those the query names by their own label come first.
    take: take * 3,
    select: { id: true, type: true, symbol: true, title: true, issuedOn: true, issuer: { select: { name: true } } },
  });
  // "chi thi 12" is Chỉ thị số 12/CT-TTg before the letters whose titles cite it.
  const named = (d: (typeof found)[number]) => tokens.length > 0 && matchesQuery(directiveLabel(d), q);
  const rows = [...found.filter(named), ...found.filter((d) => !named(d))].slice(0, take);
  return rows.map((d) => ({
    id: d.id,
    type: d.type,
    symbol: d.symbol,
    title: d.title,
    issuedOn: d.issuedOn ? d.issuedOn.toISOString().slice(0, 10) : null,
    issuerName: d.issuer.name,
  }));
}
