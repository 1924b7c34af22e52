// The administrator's day: create a unit, import units from a CSV file, create an account and
// disable it (its open session stops at the next click), read the audit log; axe on every admin page.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { seriousViolations, signIn, signOut } from "./support";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/to-chuc.csv");

test.describe.serial("administration", () => {
  let temporaryPassword = "";
  /** The password the new account chooses at its first sign-in, in place of the administrator's. */
  const ownPassword = "Mat-khau-cua-toi-2026";

  test("creates a unit under Văn phòng Bộ and finds it", async ({ page }) => {
    await signIn(page, "quantri");
    await page.getByRole("link", { name: "Quản trị" }).first().click();
    await expect(page.getByRole("heading", { name: "Quản trị tổ chức", level: 1 })).toBeVisible();
    expect(await seriousViolations(page), "organisations").toEqual([]);

    const form = page.getByRole("form", { name: "Tạo tổ chức" });
    await form.getByRole("textbox", { name: "Mã", exact: true }).fill("BNV-VPB-E2E");
    await form.getByRole("textbox", { name: "Tên", exact: true }).fill("Tổ Thư ký Hội nghị");
    await form.getByRole("combobox", { name: "Loại", exact: true }).selectOption({ label: "Đơn vị" });
    await form.getByRole("textbox", { name: "Trực thuộc" }).fill("KHONG-CO");
    await form.getByRole("button", { name: "Tạo tổ chức" }).click();
    await expect(form.getByText("Không có tổ chức mã KHONG-CO trong phạm vi quản trị của bạn.")).toBeVisible();
    await expect(form.getByRole("textbox", { name: "Trực thuộc" })).toHaveAttribute("aria-invalid", "true");
    await form.getByRole("textbox", { name: "Trực thuộc" }).fill("BNV-VPB");
    await form.getByRole("button", { name: "Tạo tổ chức" }).click();
    await expect(form.getByRole("status")).toHaveText("Đã tạo tổ chức Tổ Thư ký Hội nghị.");

    await page.getByRole("searchbox", { name: "Tìm tổ chức" }).fill("to thu ky hoi nghi");
    await page.getByRole("button", { name: "Lọc" }).click();
    await page.getByRole("link", { name: "Tổ Thư ký Hội nghị" }).click();
    await expect(page.getByRole("heading", { name: "Tổ Thư ký Hội nghị", level: 1 })).toBeVisible();
    await expect(page.getByText("Văn phòng Bộ", { exact: true })).toBeVisible();
    expect(await seriousViolations(page), "organisation administration page").toEqual([]);
  });

  test("imports units from a CSV file after a preview", async ({ page }) => {
    await signIn(page, "quantri");
    await page.goto("/quan-tri/to-chuc/nhap");
    expect(await seriousViolations(page), "import page").toEqual([]);
    await page.getByLabel("Tệp tổ chức").setInputFiles(FIXTURE);
    await page.getByRole("button", { name: "Xem trước" }).click();
    await expect(page.getByText("3 dòng hợp lệ, 0 dòng có lỗi.")).toBeVisible();
    const preview = page.getByRole("region", { name: "Xem trước" });
    await expect(preview.getByRole("row")).toHaveCount(4);
    await expect(preview.getByText("Phòng Hành chính, Văn thư")).toBeVisible();
    expect(await seriousViolations(page), "import preview").toEqual([]);
    await page.getByRole("button", { name: "Nhập 3 tổ chức" }).click();
    await expect(page.getByText("Đã nhập 3 tổ chức.")).toBeVisible();

    await page.goto("/to-chuc");
    await page.getByRole("link", { name: "Chính phủ" }).click();
    await page.getByRole("link", { name: "Bộ Nội vụ" }).click();
    await page.getByRole("link", { name: "Văn phòng Bộ" }).click();
    await expect(page.getByRole("link", { name: "Phòng Tổng hợp" })).toBeVisible();
  });

  test("creates an account whose temporary password works", async ({ page, browser }) => {
    await signIn(page, "quantri");
    await page.goto("/quan-tri/nguoi-dung");
    await expect(page.getByRole("heading", { name: "Quản trị người dùng", level: 1 })).toBeVisible();
    expect(await seriousViolations(page), "users").toEqual([]);
    const form = page.getByRole("form", { name: "Tạo tài khoản" });
    await form.getByRole("textbox", { name: "Tên đăng nhập" }).fill("thuky.hoinghi");
    await form.getByRole("textbox", { name: "Họ và tên" }).fill("Nguyễn Thư Ký");
    await form.getByRole("combobox", { name: "Vai trò" }).selectOption({ label: "Trưởng đơn vị" });
    await form.getByRole("textbox", { name: "Đơn vị", exact: true }).fill("BNV-VPB-E2E");
    await form.getByRole("button", { name: "Tạo tài khoản" }).click();
    const created = form.getByRole("status");
    await expect(created).toContainText("Mật khẩu tạm thời");
    temporaryPassword = /: (\S+)$/.exec((await created.textContent()) ?? "")?.[1] ?? "";
    expect(temporaryPassword).toHaveLength(14);

    const other = await browser.newContext();
    const theirPage = await other.newPage();
    await signIn(theirPage, "thuky.hoinghi", { password: temporaryPassword });
    // The administrator's password opens nothing but the page to choose one's own.
    await expect(theirPage).toHaveURL(/\/doi-mat-khau$/);
    await expect(theirPage.getByRole("status").filter({ hasText: "Mật khẩu của bạn do quản trị hệ thống đặt." })).toBeVisible();
    await theirPage.goto("/van-ban");
    await expect(theirPage).toHaveURL(/\/doi-mat-khau$/);
    expect(await seriousViolations(theirPage), "change password").toEqual([]);
    const change = theirPage.getByRole("form", { name: "Đổi mật khẩu" });
    await change.getByLabel("Mật khẩu hiện tại").fill(temporaryPassword);
    await change.getByLabel(/^Mật khẩu mới/).fill(ownPassword);
    await change.getByLabel("Nhập lại mật khẩu mới").fill(ownPassword);
    await change.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(change.getByRole("status")).toHaveText("Đã đổi mật khẩu.");
    await theirPage.getByRole("link", { name: "Tiếp tục làm việc" }).click();
    await expect(theirPage.getByRole("heading", { name: "Việc của đơn vị", level: 1 })).toBeVisible();
    await other.close();
  });

  test("disables the account: its open session stops at the next click", async ({ page, browser }) => {
    const other = await browser.newContext();
    const theirPage = await other.newPage();
    await signIn(theirPage, "thuky.hoinghi", { password: ownPassword });
    await expect(theirPage.getByRole("heading", { name: "Việc của đơn vị", level: 1 })).toBeVisible();

    await signIn(page, "quantri");
    await page.goto("/quan-tri/nguoi-dung?q=nguyen+thu+ky");
    await page.getByRole("link", { name: "Nguyễn Thư Ký" }).click();
    await expect(page.getByRole("heading", { name: "Nguyễn Thư Ký", level: 1 })).toBeVisible();
    expect(await seriousViolations(page), "user page").toEqual([]);
    const disable = page.getByRole("form", { name: "Khóa tài khoản" });
    // Locking waits for its confirmation: one slip of the mouse does not lock a colleague out.
    await expect(disable.getByRole("button", { name: "Khóa tài khoản" })).toBeDisabled();
    await disable.getByRole("checkbox", { name: "Tôi xác nhận khóa tài khoản thuky.hoinghi." }).check();
    await disable.getByRole("button", { name: "Khóa tài khoản" }).click();
    await expect(disable.getByRole("status")).toHaveText("Đã khóa tài khoản.");

    await theirPage.goto("/");
    await expect(theirPage).toHaveURL(/dang-nhap/);
    // The sign-in page says the session ended; the right password then learns the account is locked.
    await expect(theirPage.getByText("Phiên làm việc đã hết hạn. Hãy đăng nhập lại.")).toBeVisible();
    await theirPage.getByLabel("Tên đăng nhập").fill("thuky.hoinghi");
    await theirPage.getByLabel("Mật khẩu").fill(ownPassword);
    await theirPage.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(theirPage.getByRole("alert").filter({ hasText: "Tài khoản này đã bị khóa." })).toBeVisible();
    await other.close();
  });

  test("reads the audit log filtered, and exports it", async ({ page }) => {
    await signIn(page, "quantri");
    await page.goto("/quan-tri/nhat-ky");
    await expect(page.getByRole("heading", { name: "Nhật ký hệ thống", level: 1 })).toBeVisible();
    await page.getByRole("combobox", { name: "Hành động" }).selectOption({ label: "Khóa tài khoản" });
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 sự kiện" })).toBeVisible();
    await expect(page.getByRole("cell", { name: /thuky\.hoinghi/ })).toBeVisible();
    expect(await seriousViolations(page), "audit log").toEqual([]);
    const href = await page.getByRole("link", { name: "Xuất Excel" }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("spreadsheetml");
  });

  test("the inspection commission opens the secret letter, and the read is in the audit log", async ({ page }) => {
    await signIn(page, "kiemtra.tw");
    await page.goto("/van-ban?q=bao+ve+chinh+tri+noi+bo");
    const register = page.getByRole("region", { name: "Sổ văn bản" });
    await expect(register.getByText("Mật", { exact: true }).filter({ visible: true })).toBeVisible();
    await register.locator("tbody tr td:first-child a").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("CV/BCSĐ");
    expect(await seriousViolations(page), "secret directive for the commission").toEqual([]);
    await signOut(page);

    await signIn(page, "quantri");
    await page.goto("/quan-tri/nhat-ky?hanhdong=directive.read_secret");
    await expect(page.getByRole("status").filter({ hasText: "1 sự kiện" })).toBeVisible();
    await expect(page.getByRole("cell", { name: /kiemtra\.tw/ })).toBeVisible();
  });
});
