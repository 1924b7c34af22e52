// The inbox must stay light for a unit head on a slow provincial connection: its first-load
// JavaScript (every script the browser fetches for the page, gzipped) stays under 150 KB.
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const BUDGET_KB = 150;

test("the inbox's first-load JavaScript stays under 150 KB gzipped", async ({ page, request }) => {
  await signIn(page, "truong.vpb");
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.add(response.url());
  });
  await page.goto("/", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { name: "Việc của đơn vị", level: 1 })).toBeVisible();
  let bytes = 0;
  for (const url of scripts) {
    const size = gzipSync(await (await request.get(url)).body(), { level: 9 }).length;
    if (process.env.BUDGET_DETAIL) console.log(`${(size / 1024).toFixed(1).padStart(6)} KB  ${new URL(url).pathname}`);
    bytes += size;
  }
  const kb = bytes / 1024;
  console.log(`inbox first-load JS: ${scripts.size} scripts, ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
  expect(scripts.size).toBeGreaterThan(0);
  expect(kb).toBeLessThan(BUDGET_KB);
});
