import "server-only";
// next-auth (v4, stable line) configured for username + password. The token carries only the
// user's id and when they signed in; who they are and what they may do is read from the database
// on every request. Session lifetimes: lib/auth/session-policy.ts.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signIn } from "@/lib/server/users";
import { serverConfig } from "@/lib/server/config";
import { signInSchema } from "@/lib/validation/auth";
import { clientAddress } from "./client-address";
import { nowSeconds, SESSION_IDLE_SECONDS, withinAbsoluteLimit } from "./session-policy";

export const SIGN_IN_PATH = "/dang-nhap";

export function authOptions(): NextAuthOptions {
  return {
    secret: serverConfig().AUTH_SECRET,
    // The token expires after the idle limit; proxy.ts moves it forward on each request.
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error("INVALID");
          let result: Awaited<ReturnType<typeof signIn>>;
          try {
            result = await signIn(parsed.data.username, parsed.data.password, clientAddress(req?.headers));
          } catch (error) {
            // next-auth sends a thrown message to the browser: never an internal one.
            console.error("sign-in failed", error);
            throw new Error("UNEXPECTED");
          }
          if (result.ok) return { id: String(result.userId) };
          // The message travels to the sign-in form as a code; the form words it in Vietnamese.
          throw new Error(result.reason === "THROTTLED" ? `THROTTLED:${result.retryAfterSeconds}` : result.reason);
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.signedInAt = nowSeconds();
        }
        return token;
      },
      async session({ session, token }) {
        // Past the absolute limit the session carries no one, whatever the token's expiry says.
        const id = withinAbsoluteLimit(token.signedInAt) ? token.sub : undefined;
        return { ...session, user: { id }, signedInAt: token.signedInAt } as typeof session;
      },
    },
  };
}
