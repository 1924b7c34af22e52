// Leadership's dashboards in the browser: a leader drills from the top of the subtree down to a
// unit and climbs back, opens an assignment from a heatmap cell, exports the table and reads the
// workbook back; every view passes axe. Demo data as of 2026-11-22 (APP_TODAY).
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { seriousViolations, signIn } from "./support";

const TOP = "Đảng ủy Khối các cơ quan Trung ương";
const BRANCH = "Đảng ủy Văn phòng Chính phủ";

test("a leader drills from Đảng ủy Khối to a unit, and the breadcrumbs climb back", async ({ page }) => {
  await signIn(page, "lanhdao.duk");
  await page.getByRole("link", { name: "Theo dõi, đánh giá" }).first().click();
  await expect(page.getByRole("heading", { name: `Tổng quan: ${TOP}` })).toBeVisible();

  await page.getByRole("link", { name: "Theo đơn vị" }).click();
  await expect(page.getByRole("heading", { name: `Theo đơn vị: ${TOP}` })).toBeVisible();
  const ranking = page.getByRole("region", { name: "Xếp hạng đơn vị theo tỷ lệ đúng hạn" });
  // Đảng ủy VPCP's 2026 plan: 12 assignments, 4 of the 4 that fell due done on time.
  const vpcp = ranking.getByRole("row", { name: new RegExp(BRANCH) });
  await expect(vpcp).toContainText("100%");
  await expect(vpcp).toContainText("12");

  await vpcp.getByRole("link", { name: BRANCH }).click();
  await expect(page).toHaveURL(/don-vi=\d+/);
  await expect(page.getByRole("heading", { name: `Theo đơn vị: ${BRANCH}` })).toBeVisible();
  const breadcrumbs = page.getByRole("navigation", { name: /Vị trí|Đường dẫn|breadcrumb/i });
  await expect(breadcrumbs.getByRole("link", { name: TOP })).toBeVisible();

  // One level further: a unit with no units of its own opens its overview.
  const leaf = page.getByRole("region", { name: "Xếp hạng đơn vị theo tỷ lệ đúng hạn" }).locator("tbody tr th a").first();
  const leafName = (await leaf.textContent())!.trim();
  await leaf.click();
  await expect(page.getByRole("heading", { name: `Tổng quan: ${leafName}` })).toBeVisible();
  await expect(page.getByText("Nhiệm vụ được giao")).toBeVisible();
  // The link is the view: reloading shows the same unit.
  await page.reload();
  await expect(page.getByRole("heading", { name: `Tổng quan: ${leafName}` })).toBeVisible();

  await page.getByRole("navigation", { name: /Vị trí|Đường dẫn|breadcrumb/i }).getByRole("link", { name: TOP }).click();
  await expect(page.getByRole("heading", { name: `Tổng quan: ${TOP}` })).toBeVisible();
});

test("a heatmap cell opens its assignment", async ({ page }) => {
  await signIn(page, "lanhdao.bnv");
  await page.goto("/tong-quan/ban-do-nhiet");
  await expect(page.getByRole("heading", { name: "Bản đồ nhiệt: Bộ Nội vụ" })).toBeVisible();
  // Văn phòng Bộ leads tasks of 63-KH/BCSĐ that are still in progress.
  const cell = page.getByRole("link", { name: /^Văn phòng Bộ, Kế hoạch số 63-KH\/BCSĐ: \d+ nhiệm vụ, tình trạng xấu nhất: Đang thực hiện/ });
  await expect(cell).toBeVisible();
  await cell.click();
  await expect(page).toHaveURL(/\/nhiem-vu\/\d+/);
  await expect(page.getByText("Văn phòng Bộ").first()).toBeVisible();
  await expect(page.getByText("63-KH/BCSĐ").first()).toBeVisible();
});

test("a heatmap cell of several tasks of a unit with no units below opens that unit's tasks of the directive", async ({ page }) => {
  await signIn(page, "lanhdao.bnv");
  await page.goto("/tong-quan/ban-do-nhiet");
  // Trung tâm Thông tin has no units of its own and holds two tasks of 63-KH/BCSĐ.
  await page.getByRole("link", { name: /^Trung tâm Thông tin, Kế hoạch số 63-KH\/BCSĐ: 2 nhiệm vụ/ }).click();
  await expect(page).toHaveURL(/\/van-ban\/\d+\/don-vi\?q=Trung/);
  const rows = page.getByRole("link", { name: /Trung tâm Thông tin/ });
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('a[href^="/nhiem-vu/"]')).toHaveCount(2);
});

test("the ranking is exported to a workbook with Vietnamese headers and the same figures", async ({ page }) => {
  await signIn(page, "lanhdao.bnv");
  await page.goto("/tong-quan/don-vi?ky=2026");
  await expect(page.getByRole("heading", { name: "Theo đơn vị: Bộ Nội vụ" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Xuất Excel" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as never);
  const sheet = workbook.worksheets[0];
  const cells: string[] = [];
  sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
  expect(cells).toEqual(expect.arrayContaining(["Đơn vị", "Tỷ lệ đúng hạn", "Trung tâm Thông tin", "Văn phòng Bộ"]));
  // The total row carries the same 33 assignments as the page.
  const total = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(2).value === "Tổng cộng");
  expect(total?.getCell(5).value).toBe(33); // place, unit, rate, overdue, then the assignments
});

test("every dashboard view has no serious accessibility violation", async ({ page }) => {
  await signIn(page, "lanhdao.duk");
  for (const path of ["/tong-quan", "/tong-quan/don-vi", "/tong-quan/van-ban", "/tong-quan/ban-hanh", "/tong-quan/ban-do-nhiet", "/tong-quan/chi-tieu?ky=2021", "/tong-quan/thi-dua", "/tong-quan/in?bang=don-vi"]) {
    await page.goto(path);
    await expect(page.locator("main h2, main h1").first()).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
