import "server-only";
// The server's configuration, read from the environment once and validated: a person who
// starts the app with a bad value gets one sentence saying what to fix.
import { z } from "zod";
import { databaseUrlProblem } from "@/lib/db/url";
import { clockFromEnv, parseClockValue, type Clock } from "@/lib/domain/clock";
import { messages } from "@/lib/i18n/messages";

const schema = z.object({
  DATABASE_URL: z
    .string({ error: messages.startup.missingDatabaseUrl })
    .refine((url) => databaseUrlProblem(url) === null, { error: messages.startup.badDatabaseUrl }),
  AUTH_SECRET: z.string({ error: messages.startup.missingSecret }).min(32, { error: messages.startup.shortSecret }),
  APP_TODAY: z
    .string()
    .optional()
    .refine((v) => !v?.trim() || parseClockValue(v) !== null, { error: messages.startup.badToday }),
  UPLOAD_DIR: z.string().default(".data/uploads"),
});

export type ServerConfig = z.infer<typeof schema> & { clock: Clock };

export class ConfigError extends Error {}

let cached: ServerConfig | null = null;

export function serverConfig(): ServerConfig {
  if (cached) return cached;
  const parsed = schema.safeParse({
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  });
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? messages.startup.badConfig);
  cached = { ...parsed.data, clock: clockFromEnv(parsed.data.APP_TODAY) };
  return cached;
}

/** Tests point the server at their own database and clock. */
export function overrideServerConfig(patch: Partial<ServerConfig>): void {
  cached = { ...(cached ?? { AUTH_SECRET: "x".repeat(32), DATABASE_URL: "", UPLOAD_DIR: ".data/uploads", clock: clockFromEnv(undefined) }), ...patch };
}
