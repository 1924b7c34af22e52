// Browser tests on the built app in Debian's Chromium.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// The server's session secret, shared with the tests (workers inherit this process's environment).
process.env.E2E_AUTH_SECRET ??= "e2e-secret-e2e-secret-e2e-secret-e2e-secret";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "../../test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  webServer: {
    command: "node_modules/.bin/tsx --conditions=react-server lib/cli/e2e-server.ts",
    cwd: "../..",
    url: `http://127.0.0.1:${port}/dang-nhap`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: String(port), E2E_AUTH_SECRET: process.env.E2E_AUTH_SECRET },
  },
});
