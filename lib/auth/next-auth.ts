import "server-only";
// next-auth (v4, stable line) configured for username + password. The token carries only the
// user's id; who they are and what they may do is read from the database on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signIn } from "@/lib/server/users";
import { serverConfig } from "@/lib/server/config";
import { signInSchema } from "@/lib/validation/auth";

export const SIGN_IN_PATH = "/dang-nhap";
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || "unknown";
}

export function authOptions(): NextAuthOptions {
  return {
    secret: serverConfig().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
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
          throw new Error(result.reason === "THROTTLED" ? `THROTTLED:${result.retryAfterSeconds}` : "INVALID");
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { id: token.sub } } as typeof session;
      },
    },
  };
}
