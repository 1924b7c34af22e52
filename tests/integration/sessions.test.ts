// Sessions, through next-auth's own code (getServerSession decodes the real cookie): a session
// names its person only while it is used (idle limit) and for at most a working day (absolute
// limit); the account is read on every request, so disabling it or changing its role applies to
// the very next request; the client's address for the sign-in throttle cannot be chosen by the
// client.
import { spawn } from "node:child_process";
import path from "node:path";
import { getServerSession } from "next-auth";
import { decode, encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { authOptions } from "@/lib/auth/next-auth";
import { nowSeconds, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, slideSessionToken } from "@/lib/auth/session-policy";
import { serverConfig } from "@/lib/server/config";
import { db } from "@/lib/server/db";
import { currentUserFrom } from "@/lib/server/session";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase();

let person: SessionUser;
const secret = () => serverConfig().AUTH_SECRET;

beforeAll(async () => {
  person = await user("UNIT_HEAD", (await org("Văn phòng", null)).id);
});

function token(claims: JWT, maxAge = SESSION_IDLE_SECONDS) {
  return encode({ token: { sub: String(person.id), signedInAt: nowSeconds(), ...claims }, secret: secret(), maxAge });
}

/** What the data layer makes of a request carrying this session cookie. */
async function personFor(cookie: string) {
  const req = { headers: {}, cookies: { "next-auth.session-token": cookie } };
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  return currentUserFrom(await getServerSession(req as never, res as never, authOptions()));
}

describe("a session", () => {
  it("names its person, re-read on every request: a new role and a disabled account apply at once", async () => {
    const cookie = await token({});
    expect(await personFor(cookie)).toMatchObject({ id: person.id, role: "UNIT_HEAD" });
    await db().user.update({ where: { id: person.id }, data: { role: "LEADERSHIP" } });
    expect(await personFor(cookie)).toMatchObject({ id: person.id, role: "LEADERSHIP" });
    await db().user.update({ where: { id: person.id }, data: { active: false } });
    expect(await personFor(cookie)).toBeNull();
    await db().user.update({ where: { id: person.id }, data: { active: true, role: "UNIT_HEAD" } });
    expect(await personFor(cookie)).toMatchObject({ role: "UNIT_HEAD" });
  });

  it("ends after the idle limit", async () => {
    expect(await personFor(await token({}, -60))).toBeNull();
    expect(await slideSessionToken(await token({}, -60), secret())).toBeNull();
  });

  it("is moved forward by use, but never past the absolute limit", async () => {
    const now = nowSeconds();
    expect(await slideSessionToken(await token({}), secret(), now)).toBeUndefined(); // just issued: nothing to do
    // Issued ten minutes ago: twenty minutes left until the idle limit; a request moves it to thirty.
    const used = await token({}, SESSION_IDLE_SECONDS - 10 * 60);
    const slid = await slideSessionToken(used, secret(), now);
    const before = await decode({ token: used, secret: secret() });
    const after = await decode({ token: slid!, secret: secret() });
    expect(after!.exp).toBeGreaterThanOrEqual(now + SESSION_IDLE_SECONDS);
    expect(after!.exp).toBeGreaterThan(before!.exp as number);
    expect(after!.signedInAt).toBe(before!.signedInAt);
    expect(await personFor(slid!)).toMatchObject({ id: person.id });

    // Signed in 7 h 50 min ago: the slid token still ends at 8 h.
    const signedInAt = now - SESSION_ABSOLUTE_SECONDS + 10 * 60;
    const capped = await decode({ token: (await slideSessionToken(await token({ signedInAt }, 5 * 60), secret(), now))!, secret: secret() });
    expect(capped!.exp).toBeLessThanOrEqual(signedInAt + SESSION_ABSOLUTE_SECONDS + 1);
    expect(capped!.exp).toBeGreaterThan(now + 5 * 60);
  });

  it("ends at the absolute limit even when in use", async () => {
    const old = await token({ signedInAt: nowSeconds() - SESSION_ABSOLUTE_SECONDS - 60 });
    expect(await personFor(old)).toBeNull();
    expect(await slideSessionToken(old, secret())).toBeNull();
  });

  it("is refused without a sign-in time, tampered with, or signed with another secret", async () => {
    expect(await personFor(await token({ signedInAt: undefined }))).toBeNull();
    const good = await token({});
    expect(await personFor(`${good.slice(0, -4)}AAAA`)).toBeNull();
    const foreign = await encode({ token: { sub: String(person.id), signedInAt: nowSeconds() }, secret: "y".repeat(40) });
    expect(await personFor(foreign)).toBeNull();
  });
});

describe("the address a sign-in comes from", () => {
  it("is the socket's under the app's server preload, whatever X-Forwarded-For the client sends", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const child = spawn(
      process.execPath,
      ["--import", "./lib/cli/client-address.mjs", "-e",
        `require("node:http").createServer((q, s) => s.end(q.headers["x-forwarded-for"])).listen(0, "127.0.0.1", function () { console.log(this.address().port) })`],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const port = await new Promise<number>((resolve) => child.stdout.once("data", (d: Buffer) => resolve(Number(d.toString().trim()))));
      const seen = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": "6.6.6.6" } })).text();
      expect(seen).toBe("6.6.6.6, 127.0.0.1");
      expect(clientAddress({ "x-forwarded-for": seen }, 0)).toBe("127.0.0.1");
    } finally {
      child.kill();
    }
  });
});
