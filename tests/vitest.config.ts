// Vitest: two projects — fast pure unit tests, and integration tests on a real PostgreSQL.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@/": `${root}/`,
      // The data layer is marked server-only; in tests it runs in plain Node.
      "server-only": `${root}/tests/support/server-only.ts`,
    },
  },
  test: {
    // tests/integration/faults.test.ts terminates a connection in the middle of a write on purpose and
    // asserts the write fails, leaves nothing and the next one succeeds. Prisma can surface that same
    // failure a second time on an internal promise nobody awaits (seen 1 run in about 10): that
    // duplicate — a backend terminated by the test (57P01) — is not a failure; every other one still is.
    onUnhandledError(error) {
      if (/57P01|terminating connection due to administrator command/.test(String(error?.message ?? ""))) return false;
    },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
