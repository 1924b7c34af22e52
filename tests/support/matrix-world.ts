// The world of the permission matrix (tests/support/permission-matrix.ts), built through the data
// layer as people would build it: two ministries, the people of every role at Vụ Xanh, and for
// each scope — own, descendant, sibling, another branch — things made fresh on demand (drafts,
// issued directives, assignments, reports, extension requests, files).
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { saveDirective } from "@/lib/server/directive-editor";
import { issueDirective } from "@/lib/server/directive-issue";
import { requestExtension } from "@/lib/server/extensions";
import { storeFile } from "@/lib/server/files";
import { insertOrganization } from "@/lib/server/organization-tree";
import { submitReport } from "@/lib/server/reports";
import { sessionUserFrom, type SessionUser } from "@/lib/server/session-user";
import { findActiveAccount } from "@/lib/server/users";
import { ROLES, SCOPES, type MatrixRole, type MatrixScope } from "./permission-matrix";

export const MATRIX_PASSWORD = "MaTran@2026";

type OrgKey = "B" | "X" | "Xa" | "Xa1" | "S" | "S1" | "C" | "Y" | "Y1";

export interface MatrixWorld {
  orgs: Record<OrgKey, number>;
  /** The organisation standing in each scope, seen from Vụ Xanh. */
  target: Record<MatrixScope, number>;
  /** The people under test, all of Vụ Xanh. */
  people: Record<MatrixRole, SessionUser>;
  /** Office staff and unit heads of every organisation, to make things with. */
  office: Record<number, SessionUser>;
  head: Record<number, SessionUser>;
  /** The unit below each organisation (where its own directives go), and its ministry. */
  child: Record<number, number>;
  root: Record<number, number>;
}

let counter = 0;
// Digits only: a tag is part of codes and names that the matrix searches for words ("tổ xanh").
const tag = () => `${process.pid}${(counter += 1)}`;

async function person(role: Role, organizationId: number, username: string, passwordHash: string): Promise<SessionUser> {
  const { id } = await db().user.create({ data: { username, name: `${role} ${username}`, role, organizationId, passwordHash }, select: { id: true } });
  return sessionUserFrom((await findActiveAccount(id))!);
}

export async function buildMatrixWorld(usernamePrefix = `mt${tag()}`): Promise<MatrixWorld> {
  const orgs = {} as Record<OrgKey, number>;
  const add = async (key: OrgKey, name: string, parent: OrgKey | null, abbreviation: string, kind: "MINISTRY" | "UNIT" = "UNIT") => {
    const { id } = await db().$transaction((tx) =>
      insertOrganization(tx, { code: `${key}-${usernamePrefix}`.toUpperCase(), name, kind, parentId: parent ? orgs[parent] : null, scopeRootId: null, abbreviation }),
    );
    orgs[key] = id;
  };
  await add("B", "Bộ Lam", null, "BL", "MINISTRY");
  await add("X", "Vụ Xanh", "B", "VX");
  await add("Xa", "Phòng Xanh A", "X", "PXA");
  await add("Xa1", "Tổ Xanh A1", "Xa", "TXA1");
  await add("S", "Vụ Son", "B", "VS");
  await add("S1", "Tổ Son 1", "S", "TS1");
  await add("C", "Bộ Chàm", null, "BC", "MINISTRY");
  await add("Y", "Vụ Yến", "C", "VY");
  await add("Y1", "Tổ Yến 1", "Y", "TY1");

  const hash = await hashPassword(MATRIX_PASSWORD);
  const people = {} as Record<MatrixRole, SessionUser>;
  for (const role of ROLES) people[role] = await person(role, orgs.X, `${usernamePrefix}.${role.toLowerCase()}`, hash);
  const office: Record<number, SessionUser> = {};
  const head: Record<number, SessionUser> = {};
  for (const key of ["B", "C", "X", "Xa", "S", "Y"] as const) office[orgs[key]] = await person("OFFICE_STAFF", orgs[key], `${usernamePrefix}.vp.${key}`, hash);
  for (const key of ["X", "Xa", "Xa1", "S", "S1", "Y", "Y1"] as const) head[orgs[key]] = await person("UNIT_HEAD", orgs[key], `${usernamePrefix}.tr.${key}`, hash);
  return {
    orgs,
    target: { own: orgs.X, descendant: orgs.Xa, sibling: orgs.S, other: orgs.Y },
    people,
    office,
    head,
    child: { [orgs.X]: orgs.Xa, [orgs.Xa]: orgs.Xa1, [orgs.S]: orgs.S1, [orgs.Y]: orgs.Y1, [orgs.B]: orgs.X, [orgs.C]: orgs.Y },
    root: { [orgs.X]: orgs.B, [orgs.Xa]: orgs.B, [orgs.S]: orgs.B, [orgs.Y]: orgs.C },
  };
}

export function usernameOf(world: MatrixWorld, role: MatrixRole): string {
  return world.people[role].username;
}

/** A directive's payload as the form sends it: one task, led by `unitId`. */
export function directivePayload(unitId: number, title = `Công văn ${tag()}`) {
  return {
    type: "CONG_VAN",
    number: String(100 + counter),
    issuedOn: "10/03/2026",
    title,
    tasks: [{ title: `Nhiệm vụ của ${title}`, deadlineText: "30/12/2026", assignees: [{ role: "LEAD", selector: "UNIT", organizationId: unitId }] }],
  };
}

function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.message}`);
  return result.value;
}

/** A draft of organisation `orgId`, given to the unit below it. */
export async function draftOf(world: MatrixWorld, orgId: number, title?: string, withFile = false): Promise<number> {
  const file = withFile ? await storeFile(new File([new Uint8Array([37, 80, 68, 70, 45, 49, 46, 52, 10])], "van-ban.pdf", { type: "application/pdf" })) : null;
  return ok(await saveDirective(world.office[orgId], directivePayload(world.child[orgId], title), file), "draft").id;
}

/** An issued directive of organisation `orgId`, given to the unit below it. */
export async function issuedOf(world: MatrixWorld, orgId: number, title?: string, withFile = false): Promise<number> {
  const id = await draftOf(world, orgId, title, withFile);
  ok(await issueDirective(world.office[orgId], id), "issue");
  return id;
}

async function assignmentIdOf(directiveId: number, unitId: number): Promise<number> {
  return (await db().assignment.findFirstOrThrow({ where: { directiveId, unitId }, select: { id: true } })).id;
}

/** An assignment of unit `unitId`, given by its ministry's office. */
export async function assignmentOf(world: MatrixWorld, unitId: number): Promise<number> {
  const ministry = world.root[unitId];
  const id = ok(await saveDirective(world.office[ministry], directivePayload(unitId)), "draft").id;
  ok(await issueDirective(world.office[ministry], id), "issue");
  return assignmentIdOf(id, unitId);
}

/** A report waiting for review, on a directive of organisation `orgId`, sent by the unit below it. */
export async function reportOn(world: MatrixWorld, orgId: number): Promise<number> {
  const unit = world.child[orgId];
  const assignmentId = await assignmentIdOf(await issuedOf(world, orgId), unit);
  return ok(await submitReport(world.head[unit], { assignmentId, content: "Đã hoàn thành", progressPercent: 100, requestsCompletion: "on" }), "report").reportId;
}

/** An extension request waiting for a decision, on a directive of organisation `orgId`. */
export async function extensionOn(world: MatrixWorld, orgId: number): Promise<number> {
  const unit = world.child[orgId];
  const assignmentId = await assignmentIdOf(await issuedOf(world, orgId), unit);
  return ok(await requestExtension(world.head[unit], { assignmentId, requestedDueOn: "31/01/2027", reason: "Chờ số liệu" }), "extension").id;
}

/** An evidence file of a report by unit `unitId` on its own assignment. */
export async function evidenceOf(world: MatrixWorld, unitId: number): Promise<number> {
  const assignmentId = await assignmentOf(world, unitId);
  const file = await storeFile(new File([new Uint8Array([37, 80, 68, 70, 45, 49, 46, 52, 10])], "minh-chung.pdf", { type: "application/pdf" }));
  const { reportId } = ok(await submitReport(world.head[unitId], { assignmentId, content: "Kèm minh chứng", progressPercent: 50 }, [file]), "report");
  return (await db().reportEvidence.findFirstOrThrow({ where: { reportId }, select: { id: true } })).id;
}

/** A fresh unit under organisation `parentId`, with nothing attached; returns its id and code. */
export async function unitUnder(parentId: number): Promise<{ id: number; code: string }> {
  const code = `DV-${tag()}`.toUpperCase();
  const { id } = await db().$transaction((tx) => insertOrganization(tx, { code, name: `Đơn vị ${code}`, kind: "UNIT", parentId, scopeRootId: null, abbreviation: null }));
  return { id, code };
}

/** A fresh unit-head account at organisation `organizationId`. */
export async function accountAt(organizationId: number): Promise<number> {
  return (await db().user.create({ data: { username: `tk${tag()}`, name: "Tài khoản thử", role: "UNIT_HEAD", organizationId, passwordHash: "x" }, select: { id: true } })).id;
}

/** The abbreviation used in an organisation's symbols ("" when none). */
export async function abbreviationOf(id: number): Promise<string> {
  return (await db().organization.findUniqueOrThrow({ where: { id }, select: { abbreviation: true } })).abbreviation ?? "";
}

/** The code of an organisation. */
export async function codeOf(id: number): Promise<string> {
  return (await db().organization.findUniqueOrThrow({ where: { id }, select: { code: true } })).code;
}

export { SCOPES };
