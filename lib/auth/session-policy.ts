// How long a session lives: it ends after SESSION_IDLE_SECONDS without a request, and in any case
// SESSION_ABSOLUTE_SECONDS after signing in. The token's own expiry is the idle limit; every
// request (proxy.ts) pushes it forward, never past the absolute limit; the data layer checks both
// again (lib/server/session.ts). Shared by the proxy and next-auth, so free of server-only code.
import { decode, encode, type JWT } from "next-auth/jwt";

export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;
/** A token is re-issued at most this often, so a burst of requests writes one cookie. */
const REFRESH_AFTER_SECONDS = 60;

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** True while a session signed in at `signedInAt` (seconds) is within the absolute limit. */
export function withinAbsoluteLimit(signedInAt: unknown, now = nowSeconds()): boolean {
  return typeof signedInAt === "number" && signedInAt <= now + 60 && now - signedInAt < SESSION_ABSOLUTE_SECONDS;
}

/**
 * The session token with its idle expiry moved to now + SESSION_IDLE_SECONDS (capped at the
 * absolute limit); `undefined` when there is nothing to refresh yet, `null` when the token is not
 * a valid live session (expired, tampered, or past the absolute limit).
 */
export async function slideSessionToken(token: string, secret: string, now = nowSeconds()): Promise<string | null | undefined> {
  let claims: JWT | null;
  try {
    claims = await decode({ token, secret });
  } catch {
    return null;
  }
  if (!claims || !withinAbsoluteLimit(claims.signedInAt, now)) return null;
  const exp = typeof claims.exp === "number" ? claims.exp : 0;
  if (exp - now > SESSION_IDLE_SECONDS - REFRESH_AFTER_SECONDS) return undefined;
  const remaining = (claims.signedInAt as number) + SESSION_ABSOLUTE_SECONDS - now;
  const { exp: _exp, iat: _iat, jti: _jti, ...rest } = claims;
  return encode({ token: rest, secret, maxAge: Math.min(SESSION_IDLE_SECONDS, remaining) });
}
