// An issuing office follows its own directives in the browser: the Ban Cán sự đảng directs units of
// the ministry, none of them below it, so its subtree's figures are empty while its directives run.
// Its home page shows them, the dashboard's "Văn bản đã ban hành" gives the same figures with the
// late units, a directive opens its list of units, and the workbook reads back. Demo data as of
// 2026-11-22 (APP_TODAY).
import { readFile } from "node:fs/promises";
import { expect, test, type Locator } from "@playwright/test";
import ExcelJS from "exceljs";
import { seriousViolations, signIn } from "./support";

const ISSUER = "Ban Cán sự đảng Bộ Nội vụ";

/** The number a figure card shows under its label. */
async function figure(area: Locator, label: string): Promise<string> {
  return (await area.locator("p", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::p[1]").textContent())!.trim();
}

test("an issuing office follows its own directives from its home page to the units that are late", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  const own = page.getByRole("region", { name: `Văn bản do ${ISSUER} ban hành` });
  await expect(own).toBeVisible();
  // Nothing is below the Ban Cán sự đảng: its subtree's zeros are left out.
  await expect(page.getByRole("heading", { name: /^Việc thực hiện tại/ })).toHaveCount(0);
  const total = await figure(own, "Nhiệm vụ được giao");
  const overdue = await figure(own, "Quá hạn");
  expect(Number(total)).toBeGreaterThan(0);
  const directives = own.getByRole("list", { name: "Văn bản có nhiều nhiệm vụ quá hạn nhất" });
  // The demo's current plan of the Ban Cán sự đảng (its number follows the year of the demo).
  const plan = /^Kế hoạch số \d+-KH\/BCSĐ$/;
  await expect(directives.getByRole("link", { name: plan })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The dashboard's view of the same directives: the same figures, and the units with overdue work.
  await own.getByRole("link", { name: /^Xem tất cả \d+ văn bản/ }).click();
  await expect(page.getByRole("heading", { name: `Văn bản đã ban hành: ${ISSUER}` })).toBeVisible();
  const figures = page.getByRole("region", { name: `Số liệu các văn bản do ${ISSUER} ban hành` });
  expect(await figure(figures, "Nhiệm vụ được giao")).toBe(total);
  expect(await figure(figures, "Quá hạn")).toBe(overdue);
  const late = page.getByRole("list", { name: "Đơn vị có nhiệm vụ quá hạn" });
  if (Number(overdue) > 0) {
    // A late unit opens onto its overdue work; the issuing office may open each assignment.
    const unit = late.getByRole("listitem").first();
    await expect(unit).toContainText("quá hạn");
    await unit.locator("summary").click();
    await expect(unit.getByRole("list").getByRole("link").first()).toBeVisible();
  }

  // The workbook: the same total, every directive, every late unit.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Xuất Excel" }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as never);
  expect(book.worksheets.map((s) => s.name)).toEqual(["Văn bản đã ban hành", "Theo văn bản", "Đơn vị quá hạn"]);
  expect(String(book.worksheets[0].getRow(5).getCell(1).value)).toBe(total);
  expect(String(book.worksheets[1].getCell("A5").value)).toContain("BCSĐ");

  // The views of its subtree say why they are empty, and lead here.
  await page.getByRole("link", { name: "Tổng quan" }).last().click();
  await expect(page.getByRole("heading", { name: `Tổng quan: ${ISSUER}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `Các đơn vị trực thuộc ${ISSUER} không có nhiệm vụ nào trong kỳ` })).toContainText(`giao ${total} nhiệm vụ`);
  await page.getByRole("link", { name: "Xem Văn bản đã ban hành" }).click();
  await expect(page.getByRole("heading", { name: `Văn bản đã ban hành: ${ISSUER}` })).toBeVisible();

  // A directive opens its list of units: whom to press, and the reminder.
  await page.getByRole("list", { name: "Tiến độ các văn bản đã ban hành" }).getByRole("link", { name: plan }).click();
  await expect(page).toHaveURL(/\/van-ban\/\d+\/don-vi$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("-KH/BCSĐ");
  // The tab says which directive's units these are.
  await expect(page).toHaveTitle(/^Đơn vị thực hiện · Kế hoạch số \d+-KH\/BCSĐ/);
});
