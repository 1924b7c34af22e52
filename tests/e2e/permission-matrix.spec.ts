// The permission matrix's pages, opened in the browser by each role: every page of the app (the
// table in tests/support/permission-matrix.ts names them all; the integration test fails on a page
// it does not name), on things in each scope, and the register counted row by row.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { byScope, expected, PAGES, ROLES, SCOPES, type MatrixRole, type MatrixScope } from "../support/permission-matrix";
import { e2eDatabaseUrl } from "./fixtures";
import { signIn, signOut } from "./support";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface World {
  usernames: Record<MatrixRole, string>;
  password: string;
  things: Record<MatrixScope, { org: number; issued: number; draft: number; assignment: number; account: number }>;
}

let world: World;

test.beforeAll(async () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "tests/support/matrix-world-cli.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret", APP_TODAY: "2026-11-22" },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  world = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
});

/** The address of `route` for the thing in `scope`. */
function address(route: string, scope: MatrixScope | null): string {
  if (!scope) return route;
  const t = world.things[scope];
  if (route === "/van-ban/[id]" || route === "/van-ban/[id]/don-vi" || route === "/tong-quan/van-ban/[id]") return route.replace("[id]", String(t.issued));
  if (route === "/van-ban/[id]/sua" || route === "/van-ban/[id]/ban-hanh") return route.replace("[id]", String(t.draft));
  if (route === "/nhiem-vu/[id]") return route.replace("[id]", String(t.assignment));
  if (route === "/to-chuc/[id]" || route === "/quan-tri/to-chuc/[id]") return route.replace("[id]", String(t.org));
  if (route === "/quan-tri/nguoi-dung/[id]") return route.replace("[id]", String(t.account));
  if (route.startsWith("/tong-quan")) return `${route}?don-vi=${t.org}${route === "/tong-quan/in" ? "&bang=don-vi" : ""}`;
  throw new Error(`no address for ${route} in a scope`);
}

/**
 * "+" shown, "-" the not-found page, "→" sent elsewhere, or the register's count. Asked over HTTP
 * with the signed-in browser's cookies: the server's answer is what is judged, not its painting.
 */
async function outcome(page: Page, url: string, counted: boolean): Promise<string | number> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBeLessThan(500);
  if (new URL(response.url()).pathname !== new URL(url, "http://x").pathname) return "→";
  const html = await response.text();
  // redirect() once the page has begun to stream: the browser is sent on by the payload.
  if (/NEXT_REDIRECT;/.test(html)) return "→";
  // notFound() while the page streams: the answer carries Next's not-found digest, and the browser
  // shows the not-found page (its words travel in every page's payload, so they prove nothing).
  if (response.status() === 404 || html.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return "-";
  expect(html, url).toMatch(/<h[12][^>]*>/);
  if (counted) return Number(html.match(/(\d+)(?:<!-- -->)? văn bản/)![1]);
  return "+";
}

for (const role of ROLES) {
  test(`every page, as ${role}`, async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, world.usernames[role], { password: world.password });
    const misses: string[] = [];
    for (const [route, row] of Object.entries(PAGES)) {
      if (row === "public") continue;
      const cell = row[role];
      for (const scope of byScope(cell) ? SCOPES : [null]) {
        const want = expected(cell, scope);
        const url = address(route, scope);
        const got = await outcome(page, url, typeof want === "number");
        if (got !== want) misses.push(`${url} (${scope ?? "—"}): expected ${want}, got ${got}`);
      }
    }
    expect(misses).toEqual([]);
    await signOut(page);
  });
}

test("the public pages open without a session", async ({ page }) => {
  for (const [route, row] of Object.entries(PAGES)) {
    if (row !== "public") continue;
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(200);
  }
});
