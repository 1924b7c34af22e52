// Security at the edge of the app: the response headers (CSP with a nonce, no framing, no
// sniffing, no referrer leak, no x-powered-by), the app working under its CSP, a server error
// shown as a Vietnamese page without internals, and server actions refusing a direct POST without
// a session, with another unit's session, or from a foreign origin; the sign-in throttle per address.
import { expect, test, type APIResponse, type Browser, type Page } from "@playwright/test";
import { withE2eDatabase } from "./fixtures";
import { signIn, signOut } from "./support";

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test("pages and API routes carry the security headers; each page gets a fresh nonce", async ({ request }) => {
  const page = await request.get("/dang-nhap");
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page.headers());
  const again = await request.get("/dang-nhap");
  const nonce = (r: APIResponse) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce(again)).not.toBe(nonce(page));
  // The nonce in the header is the one on the page's scripts.
  expect(await again.text()).toContain(`nonce="${nonce(again)}"`);

  const api = await request.get("/api/van-ban/tim?q=chi");
  expect(api.status()).toBe(401);
  expectSecurityHeaders(api.headers());
  expect(await api.json()).toEqual({ error: "UNAUTHENTICATED", message: "Phiên làm việc đã hết hạn. Hãy đăng nhập lại." });
});

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("__cspViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("the app works under its CSP: sign in, navigate, search, with no violation", async ({ page }) => {
  const violations = await watchCsp(page);
  // Any resource the browser fails to load (the tab's icon included) shows as a console error.
  const failedLoads: string[] = [];
  page.on("console", (message) => {
    if (/Failed to load resource/i.test(message.text())) failedLoads.push(message.text());
  });
  await signIn(page, "vanphong.bcsd"); // the form signs in through client-side JavaScript
  await page.getByRole("link", { name: "Sổ văn bản" }).first().click();
  await expect(page).toHaveURL(/\/van-ban/);
  await page.getByRole("searchbox").first().fill("chi thi 01");
  await page.keyboard.press("Enter");
  await expect(page.getByText("01-CT/TW").first()).toBeVisible();
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  expect(failedLoads).toEqual([]);
  await page.goto("/khong-co-trang-nay");
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
  expect(violations).toEqual([]);
});

test("no page breaks the CSP, the printed report included", async ({ page }) => {
  const violations = await watchCsp(page);
  const visit = async (paths: string[]) => {
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expect(page.getByRole("main")).toBeVisible();
    }
  };
  await signIn(page, "lanhdao.bnv");
  await visit([
    "/",
    ...["", "/don-vi", "/van-ban", "/ban-hanh", "/ban-do-nhiet", "/chi-tieu", "/thi-dua"].map((view) => `/tong-quan${view}`),
    "/tong-quan/in?bang=don-vi",
    "/tong-quan/in?bang=ban-hanh",
    "/thong-bao",
    "/to-chuc",
  ]);
  await signOut(page);
  await signIn(page, "vanphong.bcsd");
  await visit(["/duyet", "/van-ban/moi", "/van-ban"]);
  await page.getByRole("link", { name: /\d+-KH\/BCSĐ/ }).first().click();
  await expect(page).toHaveURL(/\/van-ban\/\d+$/);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("a server error shows the Vietnamese error page, with no stack or internal message", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  await withE2eDatabase((c) => c.query(`ALTER TABLE extension_request RENAME TO extension_request_hidden`));
  try {
    await page.goto("/duyet");
    await expect(page.getByRole("heading", { name: "Đã có lỗi xảy ra" })).toBeVisible();
    const html = await page.content();
    for (const internal of ["extension_request", "relation", "Prisma", "    at ", "node_modules", "Error:"]) expect(html).not.toContain(internal);
  } finally {
    await withE2eDatabase((c) => c.query(`ALTER TABLE extension_request_hidden RENAME TO extension_request`));
  }
});

interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Fills the report form as the unit head would and captures the server action's POST instead of sending it. */
async function captureReportAction(page: Page, assignmentId: number): Promise<CapturedAction> {
  let captured: CapturedAction | null = null;
  await page.route(`**/nhiem-vu/${assignmentId}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! };
    await route.abort();
  });
  await page.goto(`/nhiem-vu/${assignmentId}`);
  const form = page.getByRole("form", { name: "Báo cáo tiến độ" });
  await form.getByRole("textbox", { name: "Nội dung báo cáo" }).fill("Báo cáo gửi thẳng tới máy chủ");
  await form.getByRole("spinbutton", { name: "Tiến độ (%)" }).fill("40");
  await form.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute(`**/nhiem-vu/${assignmentId}`);
  return captured!;
}

async function sessionCookie(browser: Browser, username: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  const cookies = await context.cookies();
  await context.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

test("server actions refuse a direct POST without a session, with another unit's session, or from another origin", async ({ page, browser, request, baseURL }) => {
  const assignmentId = await withE2eDatabase(async (c) => {
    const { rows } = await c.query(
      `SELECT a.id FROM assignment a JOIN organization u ON u.id = a.unit_id JOIN directive d ON d.id = a.directive_id JOIN task t ON t.id = a.task_id
       WHERE u.code = 'BNV-VPB' AND a.state = 'OPEN' AND d.status = 'ISSUED' AND a.due_on >= DATE '2026-11-22' AND t.reporting_cycle = 'NONE'
       ORDER BY a.id DESC LIMIT 1`,
    );
    return rows[0].id as number;
  });
  const reports = () => withE2eDatabase(async (c) => (await c.query(`SELECT count(*)::int AS n FROM report WHERE assignment_id = $1`, [assignmentId])).rows[0].n as number);

  await signIn(page, "truong.vpb");
  const action = await captureReportAction(page, assignmentId);
  expect(action.headers["next-action"]).toMatch(/^[0-9a-f]{20,}$/);
  const ownCookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const otherUnit = await sessionCookie(browser, "truong.ttt");
  const before = await reports();

  const replay = (headers: Record<string, string>) => {
    const { cookie: _cookie, origin: _origin, "content-length": _length, ...rest } = action.headers;
    return request.post(action.url, { headers: { ...rest, origin: baseURL!, ...headers }, data: action.body });
  };

  const anonymous = await replay({ cookie: "" });
  expect(await anonymous.text()).toContain("Phiên làm việc đã hết hạn");
  const foreignUnit = await replay({ cookie: otherUnit });
  expect(await foreignUnit.text()).toContain("Chỉ đơn vị được giao nhiệm vụ mới báo cáo được.");
  const foreignOrigin = await replay({ cookie: ownCookie, origin: "https://ke-gia-mao.example" });
  expect(foreignOrigin.ok()).toBe(false);
  expect(await reports()).toBe(before);

  // The same request from the unit itself goes through: the refusals above were about who and where.
  const own = await replay({ cookie: ownCookie });
  expect(own.ok()).toBe(true);
  expect(await reports()).toBe(before + 1);
  await withE2eDatabase(async (c) => {
    await c.query(`DELETE FROM report WHERE assignment_id = $1 AND content = 'Báo cáo gửi thẳng tới máy chủ'`, [assignmentId]);
  });
});

test("the sign-in throttle counts the address the server saw, not one the client claims", async ({ request }) => {
  const username = `khong-ton-tai-${Date.now()}`;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", {
    headers: { "X-Forwarded-For": "6.6.6.6" },
    form: { username, password: "sai", csrfToken, json: "true" },
  });
  const ips = await withE2eDatabase(async (c) => (await c.query(`SELECT ip FROM login_attempt WHERE username = $1`, [username])).rows.map((r) => r.ip));
  expect(ips).toHaveLength(1);
  expect(ips[0]).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
});

test("an address that failed too often is told, in Vietnamese, how long to wait; the right password waits too", async ({ page, request }) => {
  // One real failure records the address and the time as the server sees them; the rest are added beside it.
  const probe = `khong-ton-tai-${Date.now()}`;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", { form: { username: probe, password: "sai", csrfToken, json: "true" } });
  const { ip, at } = await withE2eDatabase(async (c) => (await c.query(`SELECT ip, at FROM login_attempt WHERE username = $1`, [probe])).rows[0]);
  try {
    // A millisecond later: the test server's clock stands still, and a success at the same instant
    // (an earlier test signing in) would otherwise come after them and wipe the count.
    await withE2eDatabase((c) =>
      c.query(
        `INSERT INTO login_attempt (username, ip, succeeded, at) SELECT $1 || '-' || i, $2, false, $3::timestamptz + interval '1 millisecond' FROM generate_series(1, 24) i`,
        [probe, ip, at],
      ),
    );
    await page.goto("/dang-nhap");
    await page.getByLabel("Tên đăng nhập").fill("truong.vpb");
    await page.getByLabel("Mật khẩu").fill("ChiDao@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText(/Bạn đã nhập sai nhiều lần\. Hãy thử lại sau \d+ giây\./)).toBeVisible();
    await expect(page).toHaveURL(/dang-nhap/);
  } finally {
    // The other tests sign in from the same address.
    await withE2eDatabase((c) => c.query(`DELETE FROM login_attempt WHERE ip = $1 AND NOT succeeded`, [ip]));
  }
  await signIn(page, "truong.vpb");
});

test.describe("session lifetime on the running server", () => {
  const secret = process.env.E2E_AUTH_SECRET!;
  const now = () => Math.floor(Date.now() / 1000);
  const cookieHeader = (value: string) => ({ cookie: `next-auth.session-token=${value}` });
  let userId = 0;

  test.beforeAll(async () => {
    userId = await withE2eDatabase(async (c) => (await c.query(`SELECT id FROM user_account WHERE username = 'truong.vpb'`)).rows[0].id);
  });

  test("a request moves the idle expiry forward; an idle or too old session signs the person out", async ({ request }) => {
    const { decode, encode } = await import("next-auth/jwt");
    // Signed in an hour ago, last used twenty minutes ago: ten minutes of idle time left.
    const used = await encode({ token: { sub: String(userId), signedInAt: now() - 3600 }, secret, maxAge: 10 * 60 });
    const page = await request.get("/", { headers: cookieHeader(used), maxRedirects: 0 });
    expect(page.status()).toBe(200);
    const setCookie = page.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("next-auth.session-token="));
    expect(setCookie?.value).toMatch(/HttpOnly/i);
    const slid = await decode({ token: /^next-auth\.session-token=([^;]+)/.exec(setCookie!.value)![1], secret });
    expect(slid!.exp).toBeGreaterThanOrEqual(now() + 29 * 60);
    expect(slid!.sub).toBe(String(userId));

    const idle = await encode({ token: { sub: String(userId), signedInAt: now() - 3600 }, secret, maxAge: -60 });
    const tooOld = await encode({ token: { sub: String(userId), signedInAt: now() - 8 * 3600 - 60 }, secret, maxAge: 10 * 60 });
    for (const token of [idle, tooOld]) {
      const refused = await request.get("/", { headers: cookieHeader(token), maxRedirects: 0 });
      expect(refused.status()).toBe(307);
      expect(refused.headers().location).toContain("/dang-nhap");
    }
  });
});
