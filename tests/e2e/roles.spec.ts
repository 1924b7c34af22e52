// Each role signs in and sees what it should — and not what it should not. The demo data is
// loaded as of 2026-11-22 (APP_TODAY), so what each person sees is known.
import { expect, test } from "@playwright/test";
import { registerSymbols, signIn, signOut } from "./support";

test("a visitor without a session is sent to the sign-in page", async ({ page }) => {
  await page.goto("/van-ban");
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
});

test("a wrong password gets a Vietnamese message and no session", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("truong.ttt");
  await page.getByLabel("Mật khẩu").fill("mat-khau-sai");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng." })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("office staff of the Ban Cán sự đảng see their directives and the ministry's, not another branch's", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  await expect(page.getByRole("heading", { name: "Tổng quan", level: 1 })).toBeVisible();
  // Its home follows the directives it issued (the units they assign are not below it).
  await expect(page.getByRole("region", { name: "Văn bản do Ban Cán sự đảng Bộ Nội vụ ban hành" }).getByText("Tỷ lệ đúng hạn", { exact: true })).toBeVisible();

  await page.goto("/van-ban?nam=2021");
  const symbols = await registerSymbols(page);
  expect(symbols).toEqual(expect.arrayContaining(["12-CV/BCSĐ", "26-CV/BCSĐ", "2761/BNV-TC", "01-CT/TW", "04-KH/BTCTW"]));
  // Đảng ủy Khối's programme and Đảng ủy VPCP's plan belong to another branch.
  await expect(page.getByText("Phương hướng, nhiệm vụ công tác tuyên giáo năm 2021")).toHaveCount(0);

  await page.goto("/van-ban?q=chi+thi+01");
  expect(await registerSymbols(page)).toContain("01-CT/TW");
  await signOut(page);
});

test("the head of Văn phòng Bộ sees the unit's work and the directives addressed to it only", async ({ page }) => {
  await signIn(page, "truong.vpb");
  await expect(page.getByRole("heading", { name: "Việc của đơn vị", level: 1 })).toBeVisible();

  await page.goto("/van-ban?nam=2021");
  const symbols = await registerSymbols(page);
  expect(symbols).toEqual(expect.arrayContaining(["12-CV/BCSĐ", "26-CV/BCSĐ", "2761/BNV-TC"]));
  expect(symbols).not.toContain("01-CT/TW");
  expect(symbols).not.toContain("04-KH/BTCTW");

  await page.getByRole("link", { name: "12-CV/BCSĐ" }).click();
  await expect(page.getByRole("heading", { name: "Công văn số 12-CV/BCSĐ" })).toBeVisible();
  // The parent is named, as the document names it, but cannot be opened from this unit.
  await expect(page.getByText("Chỉ thị số 01-CT/TW").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Chỉ thị số 01-CT/TW" })).toHaveCount(0);
  // The task's own card: the innermost section holding its heading.
  const programme = page.locator("section").filter({ has: page.getByRole("heading", { level: 3, name: /Chương trình hành động/ }) }).last();
  await expect(programme).toContainText("30/06/2021");
  await expect(programme.getByRole("row", { name: /Văn phòng Bộ/ }).first()).toContainText("Hoàn thành quá hạn");
});

test("leadership of Bộ Nội vụ reads the ministry's figures and forest, and nothing of another branch", async ({ page }) => {
  await signIn(page, "lanhdao.bnv");
  await expect(page.getByText("Quá hạn").first()).toBeVisible();
  await page.goto("/to-chuc");
  await page.getByRole("link", { name: "Bộ Nội vụ" }).click();
  await expect(page.getByRole("link", { name: "Văn phòng Bộ" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Trung tâm Thông tin" })).toBeVisible();
  await page.goto("/van-ban?q=tuyen+giao+nam+2021");
  await expect(page.getByText("Không có văn bản nào khớp với bộ lọc.")).toBeVisible();
});

test("the administrator keeps the forest and reads no directive", async ({ page }) => {
  await signIn(page, "quantri");
  await expect(page).toHaveURL(/\/to-chuc/);
  await expect(page.getByRole("link", { name: "Trung ương Đảng" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Chính phủ" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sổ văn bản" })).toHaveCount(0);
  // The page streams behind a loading state, so "not found" is the page's content, not its status.
  await page.goto("/van-ban");
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.locator("table")).toHaveCount(0);
  // Said inside the app's frame: one <main> landmark, one #main to skip to.
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.locator("#main")).toHaveCount(1);
});
