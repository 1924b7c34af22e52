// Runs before every request: gives each page a fresh Content-Security-Policy nonce, and moves a
// live session's idle expiry forward (lib/auth/session-policy.ts). It is never the authorisation
// boundary: it decides nothing about who may see what — the data layer checks every request.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/auth/csp";
import { SESSION_COOKIES, SESSION_IDLE_SECONDS, slideSessionToken } from "@/lib/auth/session-policy";

async function slideSession(request: NextRequest, response: NextResponse): Promise<void> {
  // Sign-in and sign-out write the cookie themselves; re-setting it there would undo them.
  if (request.nextUrl.pathname.startsWith("/api/auth/")) return;
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  const name = SESSION_COOKIES.find((n) => request.cookies.has(n));
  if (!secret || !name) return;
  const token = await slideSessionToken(request.cookies.get(name)!.value, secret);
  if (!token) return;
  response.cookies.set(name, token, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge: SESSION_IDLE_SECONDS });
}

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  await slideSession(request, response);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
