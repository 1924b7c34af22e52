// The unit workflow in the browser: the head of Văn phòng Bộ reports on the "Chương trình hành động"
// task of 12-CV/BCSĐ, the office returns it, the head resubmits, the office accepts; and a unit's own
// plan cascades to two sub-units, its progress showing on the parent assignment; the office finds
// a unit's assignment from the directive's page and lists the directive's units by status.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { reopenAssignment, withE2eDatabase } from "./fixtures";
import { seriousViolations, signIn, signOut } from "./support";

test.describe.configure({ mode: "serial" });

let programme = 0;
let programmeDirective = 0;
let planned = 0;

test.beforeAll(async () => {
  await withE2eDatabase(async (client) => {
    // The demo has this assignment completed (late, in 2021); walk it again from the start.
    programme = await reopenAssignment(client, { symbol: "12-CV/BCSĐ", issuerCode: "BCSD-BNV", unitCode: "BNV-VPB", taskTitle: "Chương trình hành động" });
    programmeDirective = (await client.query(`SELECT directive_id FROM assignment WHERE id = $1`, [programme])).rows[0].directive_id;
    const { rows } = await client.query(
      `SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id JOIN directive d ON d.id = a.directive_id
       JOIN organization u ON u.id = a.unit_id
       WHERE u.code = 'DU-VPCP-CTTDT' AND t.title LIKE 'Tăng cường giáo dục chính trị%' AND a.state = 'OPEN' AND d.status = 'ISSUED'`,
    );
    // Đảng ủy Cổng Thông tin điện tử Chính phủ's own task in Đảng ủy VPCP's 2023 plan, still open.
    if (rows.length !== 1) throw new Error(`expected the open task of Đảng ủy Cổng, found ${rows.length}`);
    planned = rows[0].id;
  });
});

async function report(page: Page, text: string, evidence?: string) {
  const form = page.getByRole("form", { name: "Báo cáo tiến độ" });
  await form.getByRole("textbox", { name: "Nội dung báo cáo" }).fill(text);
  await form.getByRole("spinbutton", { name: "Tiến độ (%)" }).fill("100");
  if (evidence) {
    // The picker speaks Vietnamese whatever the browser's language, and names what was chosen.
    await expect(form.getByText("Chưa chọn tệp nào")).toBeVisible();
    await form.getByLabel("Tệp minh chứng").setInputFiles({ name: evidence, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await expect(form.getByText(evidence, { exact: true })).toBeVisible();
  }
  await form.getByRole("checkbox", { name: "Đề nghị công nhận hoàn thành nhiệm vụ" }).check();
  await form.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByText("Đã gửi báo cáo.")).toBeVisible();
  // A sent report empties the picker.
  await expect(form.getByText("Chưa chọn tệp nào")).toBeVisible();
}

test("a report is returned with a reason, resubmitted, and accepted", async ({ page }) => {
  await signIn(page, "truong.vpb");
  await page.goto(`/nhiem-vu/${programme}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chương trình hành động");
  await expect(page.getByRole("navigation", { name: "Chuỗi văn bản chỉ đạo" })).toContainText("01-CT/TW");
  await report(page, "Văn phòng Bộ đã chủ trì xây dựng dự thảo Chương trình hành động, lấy ý kiến các đơn vị.", "du-thao-chuong-trinh.pdf");
  await signOut(page);

  await signIn(page, "vanphong.bcsd");
  await page.getByRole("link", { name: "Duyệt báo cáo" }).click();
  const item = page.getByRole("article", { name: /Văn phòng Bộ.*Chương trình hành động/ });
  // The office sees the evidence it is deciding on, and can download it.
  const evidence = item.getByRole("link", { name: "du-thao-chuong-trinh.pdf" });
  await expect(evidence).toHaveAttribute("href", /^\/api\/minh-chung\/\d+$/);
  const [file] = await Promise.all([page.waitForEvent("download"), evidence.click()]);
  expect(file.suggestedFilename()).toBe("du-thao-chuong-trinh.pdf");
  await item.getByRole("textbox", { name: "Nhận xét / lý do trả lại" }).fill("Cần bổ sung danh mục nhiệm vụ cụ thể của từng đơn vị.");
  await item.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.getByText("Đã trả lại báo cáo cho đơn vị.")).toBeVisible();
  await signOut(page);

  await signIn(page, "truong.vpb");
  await page.goto(`/nhiem-vu/${programme}`);
  await expect(page.getByText("Cần bổ sung danh mục nhiệm vụ cụ thể của từng đơn vị.").first()).toBeVisible();
  await report(page, "Đã bổ sung danh mục nhiệm vụ cụ thể của từng đơn vị vào Chương trình hành động.");
  await signOut(page);

  // The office finds the unit's assignment from its directive's page: each unit links to its reports.
  await signIn(page, "vanphong.bcsd");
  await page.goto(`/van-ban/${programmeDirective}`);
  const unit = page.getByRole("main").locator(`a[href="/nhiem-vu/${programme}"]`);
  await expect(unit).toHaveText("Văn phòng Bộ");
  await unit.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chương trình hành động");
  await page.getByRole("button", { name: "Chấp nhận" }).first().click();
  await expect(page.getByText(/Đã chấp nhận báo cáo\. Nhiệm vụ được công nhận hoàn thành ngày 22\/11\/2026\./)).toBeVisible();
  await page.reload();
  // Due 30/06/2021 and completed now: late.
  await expect(page.getByText("Hoàn thành quá hạn").first()).toBeVisible();
});

test("a unit's own plan cascades to two sub-units and its progress shows on the parent assignment", async ({ page }) => {
  await signIn(page, "bithu.duct");
  await page.goto(`/nhiem-vu/${planned}`);
  await page.getByRole("link", { name: "Xây dựng kế hoạch thực hiện" }).click();
  await expect(page.getByRole("heading", { name: "Xây dựng kế hoạch thực hiện" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Loại văn bản" })).toHaveValue("KE_HOACH");
  await page.getByRole("textbox", { name: "Số", exact: true }).fill("3");
  await page.getByRole("textbox", { name: "Ngày ban hành" }).fill("22/11/2026");
  const task = page.getByRole("group", { name: "Nhiệm vụ 1" });
  for (const unit of ["Chi bộ Ban Thời sự", "Chi bộ Ban Chính sách"]) {
    await task.getByRole("searchbox", { name: "Đơn vị chủ trì" }).fill(unit);
    await task.getByRole("button", { name: unit, exact: true }).click();
    await expect(task.getByRole("button", { name: `Bỏ ${unit}` })).toBeVisible();
  }
  await page.getByRole("button", { name: "Lưu và xem trước ban hành" }).click();
  await expect(page.getByText(/^Ban hành sẽ giao 1 nhiệm vụ cho 2 đơn vị: 2 lượt giao/)).toBeVisible();
  await page.getByRole("button", { name: "Ban hành", exact: true }).click();
  await expect(page.getByText(/Đã ban hành: 2 lượt giao mới/)).toBeVisible();

  await page.goto(`/nhiem-vu/${planned}`);
  const plans = page.getByRole("region", { name: "Kế hoạch thực hiện của đơn vị" });
  await expect(plans).toContainText("3-KH/ĐU");
  await expect(plans).toContainText("0/2 nhiệm vụ của các đơn vị cấp dưới đã hoàn thành");
});

test("the office chooses reports in its queue and accepts them in one step", async ({ page }) => {
  // Two progress reports waiting since 2020 (so first in the queue, which is oldest first).
  const reports = await withE2eDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT a.id FROM assignment a JOIN directive d ON d.id = a.directive_id JOIN organization i ON i.id = d.issuer_id
       WHERE i.code = 'BCSD-BNV' AND a.state = 'OPEN' AND d.status = 'ISSUED' AND a.id <> $1 ORDER BY a.id LIMIT 2`,
      [programme],
    );
    const ids: number[] = [];
    for (const r of rows) {
      const inserted = await client.query(
        `INSERT INTO report (assignment_id, content, progress_percent, status, submitted_at) VALUES ($1, 'Báo cáo để chấp nhận cùng lúc', 50, 'SUBMITTED', '2020-01-06T02:00:00Z') RETURNING id`,
        [r.id],
      );
      ids.push(inserted.rows[0].id);
    }
    return ids;
  });
  expect(reports).toHaveLength(2);

  await signIn(page, "vanphong.bcsd");
  await page.goto("/duyet");
  const waiting = page.getByText(/^[\d.]+ báo cáo chờ duyệt$/);
  const before = Number((await waiting.textContent())!.replace(/\D/g, ""));
  const none = page.getByRole("button", { name: "Chấp nhận các báo cáo đã chọn" });
  await expect(none).toBeDisabled();
  // "Choose all on the page" chooses every report shown, and clears them again.
  const all = page.getByRole("checkbox", { name: "Chọn tất cả báo cáo trên trang" });
  const boxes = page.getByRole("checkbox", { name: /^Chọn báo cáo của / });
  const shown = await boxes.count();
  await all.check();
  await expect(page.getByRole("button", { name: `Chấp nhận ${shown} báo cáo đã chọn` })).toBeEnabled();
  await all.uncheck();
  await expect(none).toBeDisabled();

  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: "Chấp nhận 2 báo cáo đã chọn" }).click();
  await expect(page.getByText("Đã chấp nhận 2 báo cáo.")).toBeVisible();
  await expect(waiting).toHaveText(`${(before - 2).toLocaleString("vi-VN")} báo cáo chờ duyệt`);
  await expect(none).toBeDisabled();
  const statuses = await withE2eDatabase(async (client) => (await client.query(`SELECT status FROM report WHERE id = ANY($1::int[])`, [reports])).rows.map((r) => r.status));
  expect(statuses).toEqual(["ACCEPTED", "ACCEPTED"]);
});

test("the office lists a directive's units by status and opens one", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  await page.goto(`/van-ban/${programmeDirective}`);
  await page.getByRole("link", { name: "Danh sách đơn vị thực hiện" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Đơn vị thực hiện: Công văn số 12-CV/BCSĐ");
  // Each status option carries its count: pick the first that has units, e.g. "Quá hạn (3)".
  const status = page.getByLabel("Tình trạng");
  const options = await status.locator("option").allTextContents();
  const chosen = options.map((text) => /^(.+) \((\d+)\)$/.exec(text)).find((m) => m && Number(m[2]) > 0)!;
  await status.selectOption({ label: chosen[0] });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/[?&]tt=[A-Z_]+/);
  const rows = page.getByRole("main").locator("tbody tr");
  await expect(rows).toHaveCount(Math.min(Number(chosen[2]), 50));
  for (const row of await rows.all()) await expect(row).toContainText(chosen[1]);
  expect(await seriousViolations(page)).toEqual([]);
  // The same list, every page of it, as a workbook: its title row, then one row per unit.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Xuất Excel" }).click()]);
  expect(download.suggestedFilename()).toBe(`don-vi-thuc-hien-${programmeDirective}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as never);
  expect(String(book.worksheets[0].getCell("A1").value)).toContain("12-CV/BCSĐ");
  expect(book.worksheets[0].rowCount).toBe(4 + Number(chosen[2]));
  await rows.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/nhiem-vu\/\d+$/);
  await expect(page.getByRole("navigation", { name: "Chuỗi văn bản chỉ đạo" })).toContainText("12-CV/BCSĐ");
  // Found by name, typed without diacritics.
  await page.goBack();
  await page.getByLabel("Tình trạng").selectOption({ label: "Tất cả tình trạng" });
  await page.getByRole("searchbox", { name: "Tên đơn vị" }).fill("van phong bo");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/[?&]q=van\+phong\+bo/);
  await expect(page.getByRole("main").locator("tbody").getByRole("link", { name: "Văn phòng Bộ", exact: true }).first()).toBeVisible();
});

test("the office reminds the units still at work, and a unit head reads the reminder", async ({ page }) => {
  // The Ban Cán sự đảng's plan of this year (its number follows the date): units at work on its tasks.
  const plan = await withE2eDatabase(
    async (client) =>
      (await client.query(`SELECT d.id FROM directive d JOIN organization o ON o.id = d.issuer_id WHERE o.code = 'BCSD-BNV' AND d.title LIKE 'Đẩy mạnh thông tin, tuyên truyền%'`)).rows[0].id as number,
  );
  await signIn(page, "vanphong.bcsd");
  await page.goto(`/van-ban/${plan}/don-vi?tt=IN_PROGRESS`);
  const remind = page.getByRole("form", { name: "Đôn đốc" });
  await remind.getByLabel("Lời nhắn (không bắt buộc)").fill("Đề nghị báo cáo kết quả quý IV trước ngày 15/12/2026.");
  const button = remind.getByRole("button", { name: /^Đôn đốc \d+ đơn vị$/ });
  const units = Number(/(\d+)/.exec((await button.textContent()) ?? "")![1]);
  expect(units).toBeGreaterThan(0);
  await button.click();
  await expect(page.getByText(new RegExp(`^Đã đôn đốc ${units} đơn vị \\(\\d+ lượt giao\\)\\.$`))).toBeVisible();
  // Refreshed: everyone in the list has been reminded today, so the button cannot send again.
  await expect(page.getByText(/đang thực hiện trong danh sách đã được đôn đốc hôm nay/)).toBeVisible();
  await expect(remind.getByRole("button", { name: "Đã đôn đốc hôm nay" })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await signOut(page);

  await signIn(page, "truong.vpb");
  await page.goto("/thong-bao");
  const notice = page.getByRole("link", { name: /^Được đôn đốc: / }).first();
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page.getByRole("heading", { name: "Đôn đốc của cơ quan giao việc" })).toBeVisible();
  await expect(page.getByText("Đề nghị báo cáo kết quả quý IV trước ngày 15/12/2026.").first()).toBeVisible();
});
