// Office staff of Ban Cán sự đảng Bộ Nội vụ enter seed 000's Công văn 26-CV/BCSĐ with its tasks
// from scratch, preview, issue; the heads of the assigned units then find the work in their lists.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { deleteDirective, withE2eDatabase } from "./fixtures";
import { signIn, signOut } from "./support";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // The demo data already holds 26-CV/BCSĐ; this test enters it anew.
  await withE2eDatabase((client) => deleteDirective(client, "26-CV/BCSĐ", "BCSD-BNV"));
});

async function chooseUnit(task: Locator, role: "Đơn vị chủ trì" | "Đơn vị phối hợp", search: string, button: string) {
  await task.getByRole("searchbox", { name: role }).fill(search);
  await task.getByRole("button", { name: button, exact: true }).click();
  await expect(task.getByRole("button", { name: `Bỏ ${button}` })).toBeVisible();
}

async function chooseDirective(page: Page, picker: string, search: string, label: string) {
  await page.getByRole("searchbox", { name: picker }).fill(search);
  await page.getByRole("button", { name: label, exact: true }).click();
  await expect(page.getByRole("button", { name: `Bỏ ${label}` })).toBeVisible();
}

test("office staff enter 26-CV/BCSĐ with its tasks, preview and issue it", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  await page.goto("/van-ban");
  await page.getByRole("link", { name: "Nhập văn bản" }).click();
  await expect(page.getByRole("heading", { name: "Nhập văn bản mới" })).toBeVisible();

  await page.getByRole("combobox", { name: "Loại văn bản" }).selectOption({ label: "Công văn" });
  await page.getByRole("textbox", { name: "Số", exact: true }).fill("26");
  await expect(page.locator("#directive-symbol-preview")).toContainText("26-CV/BCSĐ");
  await page.getByRole("textbox", { name: "Ngày ban hành" }).fill("29/03/2021");
  await page
    .getByRole("textbox", { name: "Trích yếu" })
    .fill("Về việc thực hiện Kế hoạch số 04-KH/BTCTW về thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021");
  await chooseDirective(page, "Thực hiện văn bản (văn bản cấp trên)", "04-KH", "Kế hoạch số 04-KH/BTCTW");
  await chooseDirective(page, "Văn bản liên quan", "14-KH", "Kế hoạch số 14-KH/BCSĐ");
  await chooseDirective(page, "Văn bản liên quan", "58-KH", "Kế hoạch số 58-KH/BCSĐ");

  // Task 1: every unit of the ministry, ongoing.
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  let task = page.getByRole("group", { name: "Nhiệm vụ 1" });
  await task.getByRole("textbox", { name: "Tên nhiệm vụ" }).fill("Phổ biến, quán triệt, tổ chức thực hiện Kế hoạch số 04-KH/BTCTW tại cơ quan, đơn vị");
  await chooseUnit(task, "Đơn vị chủ trì", "Bộ Nội vụ", "Các đơn vị trực thuộc Bộ Nội vụ");

  // Task 2: the Búa liềm vàng award, led by the journal with two coordinating units.
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  task = page.getByRole("group", { name: "Nhiệm vụ 2" });
  await task.getByRole("textbox", { name: "Tên nhiệm vụ" }).fill("Tham mưu triển khai hưởng ứng Giải Búa liềm vàng lần thứ VI - năm 2021");
  await task.getByRole("textbox", { name: "Hạn hoàn thành" }).fill("Quý II/2021");
  await expect(task.getByText("Hạn: 30/06/2021")).toBeVisible();
  await chooseUnit(task, "Đơn vị chủ trì", "Tạp chí Tổ chức", "Tạp chí Tổ chức nhà nước");
  await chooseUnit(task, "Đơn vị phối hợp", "Trung tâm Thông tin", "Trung tâm Thông tin");
  await chooseUnit(task, "Đơn vị phối hợp", "Văn phòng Ban Cán sự", "Văn phòng Ban Cán sự đảng");

  // Task 3: the press units build their own plans.
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  task = page.getByRole("group", { name: "Nhiệm vụ 3" });
  await task.getByRole("textbox", { name: "Tên nhiệm vụ" }).fill("Xây dựng kế hoạch cụ thể, mở chuyên trang, chuyên mục tuyên truyền công tác xây dựng Đảng");
  await task.getByRole("checkbox", { name: "Đơn vị phải xây dựng kế hoạch thực hiện riêng" }).check();
  await chooseUnit(task, "Đơn vị chủ trì", "Tạp chí Tổ chức", "Tạp chí Tổ chức nhà nước");
  await chooseUnit(task, "Đơn vị chủ trì", "Trung tâm Thông tin", "Trung tâm Thông tin");

  await page.getByRole("button", { name: "Lưu và xem trước ban hành" }).click();
  await expect(page.getByRole("heading", { name: "Ban hành văn bản" })).toBeVisible();
  await expect(page.getByText(/Ban hành sẽ giao \d+ nhiệm vụ cho \d+ đơn vị: \d+ lượt giao/)).toBeVisible();
  await expect(page.getByText("Nhiệm vụ 2: 1 chủ trì, 2 phối hợp")).toBeVisible();
  await expect(page.getByText("Nhiệm vụ 3: 2 chủ trì, 0 phối hợp")).toBeVisible();

  await page.getByRole("button", { name: "Ban hành", exact: true }).click();
  await expect(page.getByText(/Đã ban hành: \d+ lượt giao mới/)).toBeVisible();
  await page.getByRole("link", { name: "Xem văn bản" }).first().click();
  await expect(page.getByRole("heading", { name: "Công văn số 26-CV/BCSĐ" })).toBeVisible();
  await expect(page.getByText("Đã ban hành").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Kế hoạch số 04-KH/BTCTW" })).toBeVisible();
  await signOut(page);
});

test("the heads of the assigned units find the new work in their lists", async ({ page }) => {
  await signIn(page, "truong.tcnn");
  const list = page.getByRole("list", { name: "Việc của đơn vị" });
  await expect(list.getByText("Tham mưu triển khai hưởng ứng Giải Búa liềm vàng lần thứ VI - năm 2021")).toBeVisible();
  await expect(list.getByText("Xây dựng kế hoạch cụ thể, mở chuyên trang, chuyên mục tuyên truyền công tác xây dựng Đảng")).toBeVisible();
  await signOut(page);

  await signIn(page, "truong.ttt");
  await expect(page.getByRole("list", { name: "Việc của đơn vị" }).getByText("Tham mưu triển khai hưởng ứng Giải Búa liềm vàng lần thứ VI - năm 2021")).toBeVisible();
  await signOut(page);

  // A unit the directive did not name does not see the journal's task.
  await signIn(page, "bithu.duct");
  await expect(page.getByText("Giải Búa liềm vàng lần thứ VI")).toHaveCount(0);
});

test("bad input gets Vietnamese messages at the fields and saves nothing", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  await page.goto("/van-ban/moi");
  await page.getByRole("combobox", { name: "Loại văn bản" }).selectOption({ label: "Kế hoạch" });
  await page.getByRole("radio", { name: "Nhập như trên văn bản" }).check();
  await page.getByRole("textbox", { name: "Số, ký hiệu" }).fill("26-CV/BCSĐ");
  await page.getByRole("textbox", { name: "Ngày ban hành" }).fill("29/03/2021");
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  const task = page.getByRole("group", { name: "Nhiệm vụ 1" });
  await task.getByRole("textbox", { name: "Tên nhiệm vụ" }).fill("Việc thử");
  await task.getByRole("textbox", { name: "Hạn hoàn thành" }).fill("trong tháng 2/2021");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chưa lưu được" })).toBeVisible();
  await expect(page.locator("#directive-title-error")).toContainText("Hãy nhập thông tin này.");
  await expect(page.locator("#directive-symbol-error")).toContainText("không khớp với loại văn bản");
  await expect(task.getByText(/trước ngày ban hành/).first()).toBeVisible();
  await expect(task.getByText("Nhiệm vụ cần ít nhất một đơn vị chủ trì.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/van-ban\/moi$/);
});
