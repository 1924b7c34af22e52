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
