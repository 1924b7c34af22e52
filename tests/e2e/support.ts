// Shared steps of the browser tests.
import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const PASSWORD = "ChiDao@2026";

/** Signs in through the form; `origin` targets another server than the tests' own. */
export async function signIn(page: Page, username: string, { password = PASSWORD, origin = "" } = {}) {
  await page.goto(`${origin}/dang-nhap`);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/dang-nhap/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).first().click();
  await expect(page).toHaveURL(/dang-nhap/);
}

/** Serious or critical accessibility violations on the current page, as readable strings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

/** The symbols listed on the register page, once it has finished streaming. */
export async function registerSymbols(page: Page): Promise<string[]> {
  await expect(page.getByRole("status").filter({ hasText: /\d+ văn bản/ })).toBeVisible();
  const links = page.getByRole("region", { name: "Sổ văn bản" }).locator("tbody tr td:first-child a");
  return (await links.allTextContents()).map((s) => s.trim());
}
