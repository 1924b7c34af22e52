// Who sees what: each person sees the organisations of their subtrees and the directives issued
// in them or addressed to them; a secret directive only its issuer's people and assigned units.
// Asserted by exact sets, and the SQL twin of the rule must agree with the Prisma one.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { directiveVisibleSql, visibleDirectivesCte } from "@/lib/server/compliance";
import { getDirective, listDirectives } from "@/lib/server/directives";
import { getOrganization, listScopeRoots } from "@/lib/server/organizations";
import { ForbiddenError, type SessionUser } from "@/lib/server/session";
import { useTestDatabase } from "./helpers/database";
import { directive, org, user } from "./helpers/world";

useTestDatabase();

const w = {} as Record<string, { id: number }>;
const d = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;

beforeAll(async () => {
  w.A = await org("Tỉnh ủy A", null, { kind: "COMMITTEE" });
  w.A1 = await org("Đảng ủy A1", w.A.id, { kind: "COMMITTEE" });
  w.A1a = await org("Chi bộ A1a", w.A1.id, { kind: "CELL" });
  w.A2 = await org("Ban A2", w.A.id);
  w.B = await org("Bộ B", null, { kind: "MINISTRY" });
  w.B1 = await org("Vụ B1", w.B.id);
  w.P = await org("Ban cán sự đảng P", w.A.id, { kind: "COMMITTEE", scopeRootId: w.B.id });

  d.d1 = (await directive(w.A.id, { assignments: [{ unitId: w.A1a.id }, { unitId: w.A2.id, role: "COORDINATE" }] })).id;
  d.d2 = (await directive(w.A1.id, { status: "DRAFT" })).id;
  d.d3 = (await directive(w.B.id, { assignments: [{ unitId: w.B1.id }] })).id;
  d.d4 = (await directive(w.P.id, { assignments: [{ unitId: w.B1.id }] })).id;
  d.d5 = (await directive(w.A.id, { confidentiality: "SECRET", assignments: [{ unitId: w.A1a.id }] })).id;
  d.d6 = (await directive(w.A1.id, { confidentiality: "SECRET", status: "DRAFT" })).id;

  u.A = await user("OFFICE_STAFF", w.A.id);
  u.A1 = await user("UNIT_HEAD", w.A1.id);
  u.A1a = await user("UNIT_HEAD", w.A1a.id);
  u.B = await user("LEADERSHIP", w.B.id);
  u.B1 = await user("UNIT_HEAD", w.B1.id);
  u.P = await user("OFFICE_STAFF", w.P.id);
  u.admin = await user("ADMIN", w.A.id);
});

const expected: Record<string, string[]> = {
  A: ["d1", "d4", "d5"], // issued in its subtree (P is below A); its own secret one; not A1's draft
  A1: ["d1", "d2", "d6"], // addressed to A1a below it; its own draft and secret draft; not d5 (secret, to A1a only)
  A1a: ["d1", "d5"], // addressed to it, including the secret one
  B: ["d3", "d4"], // issued in it, and P's directive addressed to B1
  B1: ["d3", "d4"],
  P: ["d3", "d4"], // its own, and those of the ministry it directs
};

describe("directive visibility", () => {
  it.each(Object.keys(expected))("%s sees exactly its directives in the register", async (who) => {
    const result = await listDirectives(u[who], {});
    const names = result.rows.map((r) => Object.keys(d).find((k) => d[k] === r.id)).sort();
    expect(names).toEqual(expected[who]);
    expect(result.total).toBe(expected[who].length);
  });

  it.each(Object.keys(expected))("%s can open exactly those, and nothing else exists for it", async (who) => {
    for (const [name, id] of Object.entries(d)) {
      const found = await getDirective(u[who], id);
      expect(Boolean(found), `${who} → ${name}`).toBe(expected[who].includes(name));
    }
  });

  it.each(Object.keys(expected))("the SQL twin of the rule agrees for %s", async (who) => {
    const rows = await db().$queryRaw<{ id: number }[]>(
      Prisma.sql`SELECT d.id FROM directive d WHERE d.id = ANY(${Object.values(d)}::int[]) AND ${directiveVisibleSql(u[who])} ORDER BY d.id`,
    );
    const names = rows.map((r) => Object.keys(d).find((k) => d[k] === r.id)).sort();
    expect(names).toEqual(expected[who]);
  });

  it.each(Object.keys(expected))("the set-based twin the register uses agrees for %s", async (who) => {
    const rows = await db().$queryRaw<{ id: number }[]>(
      Prisma.sql`WITH ${visibleDirectivesCte(u[who])} SELECT id FROM visible_directive WHERE id = ANY(${Object.values(d)}::int[]) ORDER BY id`,
    );
    const names = rows.map((r) => Object.keys(d).find((k) => d[k] === r.id)).sort();
    expect(names).toEqual(expected[who]);
  });

  it.each(Object.keys(expected))("the register's row-by-row path for a large scope agrees for %s", async (who) => {
    // A threshold of one organisation sends every scope down the path a national office takes.
    const rows = await db().$queryRaw<{ id: number }[]>(
      Prisma.sql`WITH ${visibleDirectivesCte(u[who], 1)} SELECT id FROM visible_directive WHERE id = ANY(${Object.values(d)}::int[]) ORDER BY id`,
    );
    const names = rows.map((r) => Object.keys(d).find((k) => d[k] === r.id)).sort();
    expect(names).toEqual(expected[who]);
  });

  it("links each unit on the directive's page only when the person may open its assignment", async () => {
    const openable = async (who: string, id: number) =>
      Object.fromEntries((await getDirective(u[who], id))!.tasks.flatMap((t) => t.assignments).map((a) => [a.unitName, a.openable]));
    // The issuing office opens every unit's assignment; so does a unit on the same task.
    expect(await openable("A", d.d1)).toEqual({ "Chi bộ A1a": true, "Ban A2": true });
    expect(await openable("A1a", d.d1)).toEqual({ "Chi bộ A1a": true, "Ban A2": true });
    // A1 sees the directive through A1a below it, but Ban A2 is another branch and A1 holds no part of the task.
    expect(await openable("A1", d.d1)).toEqual({ "Chi bộ A1a": true, "Ban A2": false });
    // Another office's directive, to a unit of the ministry: the ministry's leader and the issuer open it.
    expect(await openable("B", d.d4)).toEqual({ "Vụ B1": true });
    expect(await openable("P", d.d4)).toEqual({ "Vụ B1": true });
  });

  it("refuses an administrator, whose work is the forest, not the directives", async () => {
    await expect(listDirectives(u.admin, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDirective(u.admin, d.d1)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("searches ignoring diacritics, case and NFD input", async () => {
    await db().directive.update({ where: { id: d.d1 }, data: { searchText: "chi thi so 01-ct/tw ve viec hoc tap nghi quyet" } });
    expect((await listDirectives(u.A, { q: "Chỉ thị 01" })).rows.map((r) => r.id)).toEqual([d.d1]);
    expect((await listDirectives(u.A, { q: "chi thi 01" })).rows.map((r) => r.id)).toEqual([d.d1]);
    expect((await listDirectives(u.A, { q: "CHỈ THỊ".normalize("NFD") })).rows.map((r) => r.id)).toEqual([d.d1]);
    expect((await listDirectives(u.A, { q: "chi thi 02" })).total).toBe(0);
    // A directive outside the scope is not found by search either.
    await db().directive.update({ where: { id: d.d3 }, data: { searchText: "chi thi so 01-ct/tw bo b" } });
    expect((await listDirectives(u.A, { q: "chi thi 01" })).rows.map((r) => r.id)).toEqual([d.d1]);
  });
});

describe("organisation visibility", () => {
  it("shows each person the roots of their scope", async () => {
    expect((await listScopeRoots(u.A1)).map((o) => o.id)).toEqual([w.A1.id]);
    expect((await listScopeRoots(u.P)).map((o) => o.id).sort()).toEqual([w.P.id, w.B.id].sort());
  });

  it("opens an organisation inside the scope, with the path only inside it", async () => {
    const a1a = await getOrganization(u.A1, w.A1a.id);
    expect(a1a?.path.map((p) => p.id)).toEqual([w.A1.id]);
    const a = await getOrganization(u.A, w.A.id);
    expect(a?.children.map((c) => c.id).sort()).toEqual([w.A1.id, w.A2.id, w.P.id].sort());
    expect(a?.descendantCount).toBe(4);
  });

  it("does not find an organisation outside the scope: a parent, a sibling, another branch", async () => {
    expect(await getOrganization(u.A1, w.A.id)).toBeNull();
    expect(await getOrganization(u.A1, w.A2.id)).toBeNull();
    expect(await getOrganization(u.A1, w.B1.id)).toBeNull();
  });

  it("lets an administrator open the whole forest", async () => {
    expect((await listScopeRoots(u.admin)).map((o) => o.id)).toEqual(expect.arrayContaining([w.A.id, w.B.id]));
    expect(await getOrganization(u.admin, w.B1.id)).not.toBeNull();
  });
});
