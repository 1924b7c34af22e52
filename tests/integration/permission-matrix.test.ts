// The permission matrix, run: every server action and route handler of the app, called through
// its real code (session → permission → validation → data layer) with a session of each role,
// on things in each scope (tests/support/permission-matrix.ts). A refusal must change nothing; an
// action, a route or a page the table does not name fails the first test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { actingAs } from "../support/action-session";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS, byScope, expected, PAGES, ROLES, ROUTES, SCOPES, type MatrixRole, type MatrixScope } from "../support/permission-matrix";
import { abbreviationOf, accountAt, assignmentOf, buildMatrixWorld, codeOf, directivePayload, draftOf, evidenceOf, extensionOn, issuedOf, reportOn, unitUnder, type MatrixWorld } from "../support/matrix-world";
import { actionFn, files, ROOT, rowCounts, serverActions } from "../support/actions";
import { useTestDatabase } from "./helpers/database";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/server/db";


useTestDatabase();

let world: MatrixWorld;
let serial = 0;
const fresh = () => `${process.pid}${(serial += 1)}`.toUpperCase();

beforeAll(async () => {
  world = await buildMatrixWorld();
  // The lists: one directive issued in each scope matches "mẫu".
  for (const scope of SCOPES) await issuedOf(world, world.target[scope], `Kế hoạch mẫu ${scope}`);
});

/** "app/(app)/van-ban/[id]/page.tsx" → "/van-ban/[id]" (route groups drop out of the URL). */
function routeOf(file: string): string {
  const parts = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).filter((p) => p && !/^\(.*\)$/.test(p));
  return `/${parts.join("/")}`;
}

describe("the table", () => {
  it("names every server action, route handler and page of the app", async () => {
    const actions = Object.keys(await serverActions());
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => !(a in ACTIONS))).toEqual([]);
    expect(Object.keys(ACTIONS).filter((a) => !actions.includes(a))).toEqual([]);

    const routes = files(path.join(ROOT, "app"), "route.ts").flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/export (?:async function|const|\{) ?(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${routeOf(f)}`),
    );
    // next-auth's handler is exported as `export { handler as GET, handler as POST }`.
    const nextAuth = files(path.join(ROOT, "app"), "route.ts").filter((f) => /as GET/.test(readFileSync(f, "utf8"))).flatMap((f) => [`GET ${routeOf(f)}`, `POST ${routeOf(f)}`]);
    const allRoutes = [...new Set([...routes, ...nextAuth])];
    expect(allRoutes.filter((r) => !(r in ROUTES))).toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !allRoutes.includes(r))).toEqual([]);

    const pages = files(path.join(ROOT, "app"), "page.tsx").map(routeOf);
    expect(pages.filter((p) => !(p in PAGES))).toEqual([]);
    expect(Object.keys(PAGES).filter((p) => !pages.includes(p))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Server actions

function form(fields: Record<string, string | number>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
  return f;
}

const MATRIX_PASSWORD = "Mat-khau-cu-2026";

/** Actions that change nothing audited: a read mark is the person's own, a draft is not saved. */
const WRITES_NO_AUDIT = ["markNotificationsReadAction", "draftFromTextAction"];

/** For each action: the form that asks it to act on the thing in `scope` (made fresh). */
const requests: Record<string, (scope: MatrixScope | null) => Promise<FormData>> = {
  saveDirectiveAction: async (scope) => form({ payload: JSON.stringify(directivePayload(world.target[scope!])) }),
  issueDirectiveAction: async (scope) => form({ id: await draftOf(world, world.target[scope!]) }),
  recallDirectiveAction: async (scope) => form({ id: await issuedOf(world, world.target[scope!]), reason: "Thay thế" }),
  submitReportAction: async (scope) => form({ assignmentId: await assignmentOf(world, world.target[scope!]), content: "Đang triển khai", progressPercent: 40 }),
  requestExtensionAction: async (scope) => form({ assignmentId: await assignmentOf(world, world.target[scope!]), requestedDueOn: "31/01/2027", reason: "Chờ số liệu" }),
  reviewReportAction: async (scope) => form({ reportId: await reportOn(world, world.target[scope!]), decision: "ACCEPT" }),
  acceptReportsAction: async (scope) => form({ reportId: await reportOn(world, world.target[scope!]) }),
  remindUnitsAction: async (scope) => form({ directiveId: await issuedOf(world, world.target[scope!]), note: "Đề nghị báo cáo" }),
  decideExtensionAction: async (scope) => form({ extensionId: await extensionOn(world, world.target[scope!]), grant: "true" }),
  markNotificationsReadAction: async () => form({ all: "1" }),
  // Every matrix person's password is known here; each changes their own.
  changePasswordAction: async () => {
    const passwordHash = await hashPassword(MATRIX_PASSWORD);
    await db().user.updateMany({ where: { id: { in: Object.values(world.people).map((p) => p.id) } }, data: { passwordHash } });
    const next = `Mat-khau-moi-${fresh()}`;
    return form({ current: MATRIX_PASSWORD, next, confirm: next });
  },
  createOrganizationAction: async (scope) => form({ code: `MT-${fresh()}`, name: "Phòng mới", kind: "UNIT", parentCode: await codeOf(world.target[scope!]) }),
  // A new name, the same abbreviation (the form sends both; an empty one would clear it).
  renameOrganizationAction: async (scope) => form({ id: world.target[scope!], name: `Tên mới ${fresh()}`, abbreviation: await abbreviationOf(world.target[scope!]) }),
  moveOrganizationAction: async (scope) => form({ id: (await unitUnder(world.target[scope!])).id, parentCode: await codeOf(world.orgs.Xa1) }),
  dissolveOrganizationAction: async (scope) => form({ id: (await unitUnder(world.target[scope!])).id }),
  importOrganizationsAction: async (scope) => {
    const f = form({ mode: "import" });
    const csv = `ma,ten,loai,ma_cap_tren\nMT-${fresh()},Chi bộ nhập,Chi bộ,${await codeOf(world.target[scope!])}\n`;
    f.set("file", new File([csv], "to-chuc.csv", { type: "text/csv" }));
    return f;
  },
  createUserAction: async (scope) => form({ username: `mt.${fresh()}`, name: "Cán bộ mới", role: "UNIT_HEAD", organizationCode: await codeOf(world.target[scope!]) }),
  updateUserAction: async (scope) => form({ id: await accountAt(world.target[scope!]), name: "Cán bộ đổi tên", role: "LEADERSHIP", organizationCode: await codeOf(world.target[scope!]) }),
  setUserActiveAction: async (scope) => form({ id: await accountAt(world.target[scope!]), active: "false" }),
  resetPasswordAction: async (scope) => form({ id: await accountAt(world.target[scope!]) }),
  draftFromTextAction: async () => form({ text: "CÔNG VĂN số 12-CV/VX ngày 10/3/2026 của Vụ Xanh. Giao Phòng Xanh A chủ trì tổng hợp báo cáo, hoàn thành trong Quý II/2026." }),
};

/** "+" when the action did what was asked, "-" when it refused. */
async function outcome(name: string, role: MatrixRole, data: FormData): Promise<{ sign: string; message?: string }> {
  actingAs.user = world.people[role];
  try {
    const result = await (await actionFn(name))(null, data);
    return { sign: result.ok ? "+" : "-", message: result.message };
  } catch (error) {
    if (String((error as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) return { sign: "+" };
    throw error;
  } finally {
    actingAs.user = null;
  }
}

describe("server actions", () => {
  for (const [name, row] of Object.entries(ACTIONS)) {
    for (const role of ROLES) {
      const cell = row[role];
      for (const scope of byScope(cell) ? SCOPES : [null]) {
        const want = expected(cell, scope);
        it(`${name} · ${role}${scope ? ` · ${scope}` : ""} → ${want}`, async () => {
          const data = await requests[name](scope);
          const before = await rowCounts();
          const got = await outcome(name, role, data);
          expect(got.sign, got.message).toBe(want);
          const after = await rowCounts();
          if (want === "-") {
            expect(after, "a refusal changes nothing").toEqual(before);
            expect(got.message, "a refusal says why, in Vietnamese").toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụýỳỷỹỵóòỏõọéèẻẽẹ]/i);
          } else if (!WRITES_NO_AUDIT.includes(name)) {
            expect(after.audit_event, "a change writes its audit event").toBeGreaterThan(before.audit_event);
          }
        });
      }
    }
  }

  it("refuses every action without a session, changing nothing", async () => {
    for (const name of Object.keys(ACTIONS)) {
      const data = await requests[name]("own");
      const before = await rowCounts();
      const result = await (await actionFn(name))(null, data);
      expect(result.ok, name).toBe(false);
      expect(await rowCounts()).toEqual(before);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Route handlers

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function handler(key: string): Promise<Handler> {
  const [method, route] = key.split(" ");
  const file = path.join(ROOT, "app", route.replace(/^\//, ""), "route.ts");
  return (await import(/* @vite-ignore */ file))[method];
}

/** For each route: the URL and params that ask for the thing in `scope`. */
const routeRequests: Record<string, (scope: MatrixScope | null) => Promise<{ url: string; params: Record<string, string> }>> = {
  "GET /api/van-ban/[id]/tep": async (scope) => {
    const id = await issuedOf(world, world.target[scope!], undefined, true);
    return { url: `/api/van-ban/${id}/tep`, params: { id: String(id) } };
  },
  "GET /api/van-ban/[id]/don-vi/xuat": async (scope) => {
    const id = await issuedOf(world, world.target[scope!]);
    return { url: `/api/van-ban/${id}/don-vi/xuat?tt=IN_PROGRESS`, params: { id: String(id) } };
  },
  "GET /api/minh-chung/[id]": async (scope) => {
    const id = await evidenceOf(world, world.target[scope!]);
    return { url: `/api/minh-chung/${id}`, params: { id: String(id) } };
  },
  "GET /api/tong-quan/xuat": async (scope) => ({ url: `/api/tong-quan/xuat?bang=don-vi&don-vi=${world.target[scope!]}&ky=2026`, params: {} }),
  "GET /api/van-ban/tim": async () => ({ url: "/api/van-ban/tim?q=ke+hoach+mau", params: {} }),
  "GET /api/quan-tri/nhat-ky/xuat": async () => ({ url: "/api/quan-tri/nhat-ky/xuat", params: {} }),
  "GET /api/to-chuc/tim": async () => ({ url: "/api/to-chuc/tim?q=to+xanh", params: {} }),
};

describe("route handlers", () => {
  for (const [key, row] of Object.entries(ROUTES)) {
    if (row === "public") continue;
    for (const role of ROLES) {
      const cell = row[role];
      for (const scope of byScope(cell) ? SCOPES : [null]) {
        const want = expected(cell, scope);
        it(`${key} · ${role}${scope ? ` · ${scope}` : ""} → ${want}`, async () => {
          const { url, params } = await routeRequests[key](scope);
          actingAs.user = world.people[role];
          try {
            const response = await (await handler(key))(new NextRequest(`http://127.0.0.1${url}`), { params: Promise.resolve(params) });
            if (want === "-") {
              expect([401, 403, 404]).toContain(response.status);
              // Nothing about the thing leaks: a code and a Vietnamese sentence, no stack, no SQL.
              const body = (await response.json()) as Record<string, string>;
              expect(Object.keys(body).sort()).toEqual(["error", "message"]);
              expect(body.error).toMatch(/^[A-Z_]+$/);
              expect(body.message).toMatch(/^[^\n{}<>]*[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụ][^\n{}<>]*$/i);
            } else {
              expect(response.status).toBe(200);
              if (typeof want === "number") {
                const body = (await response.json()) as Record<string, unknown[]>;
                expect(Object.values(body)[0], JSON.stringify(body)).toHaveLength(want);
              }
            }
          } finally {
            actingAs.user = null;
          }
        });
      }
    }
  }

  it("answers 401 to every route without a session", async () => {
    for (const [key, row] of Object.entries(ROUTES)) {
      if (row === "public") continue;
      const { url, params } = await routeRequests[key]("own");
      const response = await (await handler(key))(new NextRequest(`http://127.0.0.1${url}`), { params: Promise.resolve(params) });
      expect(response.status, key).toBe(401);
    }
  });
});
