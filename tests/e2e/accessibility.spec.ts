// axe finds no serious or critical violation on the pages that exist, for each kind of person.
import { expect, test } from "@playwright/test";
import { seriousViolations, signIn } from "./support";

test("the sign-in page", async ({ page }) => {
  await page.goto("/dang-nhap");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the directive editor and the issue preview", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  await page.goto("/van-ban/moi");
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  expect(await seriousViolations(page), "new directive form").toEqual([]);
  await page.goto("/van-ban?trangthai=DRAFT");
  await page.locator("tbody tr td:first-child a").first().click();
  await page.getByRole("link", { name: "Xem trước và ban hành" }).click();
  await expect(page.getByRole("heading", { name: "Ban hành văn bản" })).toBeVisible();
  expect(await seriousViolations(page), "issue preview").toEqual([]);
  await page.getByRole("link", { name: "Quay lại sửa" }).click();
  await expect(page.getByRole("heading", { name: "Sửa văn bản" })).toBeVisible();
  expect(await seriousViolations(page), "edit form").toEqual([]);
});

test("the unit workflow pages: inbox, assignment, notifications, review queue", async ({ page }) => {
  await signIn(page, "truong.vpb");
  expect(await seriousViolations(page), "inbox").toEqual([]);
  await page.getByRole("list", { name: "Việc của đơn vị" }).getByRole("link").first().click();
  await expect(page.getByRole("navigation", { name: "Chuỗi văn bản chỉ đạo" })).toBeVisible();
  expect(await seriousViolations(page), "assignment page").toEqual([]);
  await page.goto("/thong-bao");
  await expect(page.getByRole("heading", { name: "Thông báo", level: 1 })).toBeVisible();
  expect(await seriousViolations(page), "notifications").toEqual([]);
  await page.context().clearCookies();
  await signIn(page, "vanphong.bcsd");
  await page.goto("/duyet");
  await expect(page.getByRole("heading", { name: "Duyệt báo cáo", level: 1 })).toBeVisible();
  expect(await seriousViolations(page), "review queue").toEqual([]);
});

for (const username of ["vanphong.bcsd", "truong.vpb", "lanhdao.duk", "quantri"]) {
  test(`the pages ${username} can open`, async ({ page }) => {
    await signIn(page, username);
    const paths = username === "quantri" ? ["/to-chuc"] : ["/", "/van-ban", "/to-chuc"];
    for (const path of paths) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    if (username !== "quantri") {
      await page.goto("/van-ban");
      await page.locator("tbody tr td:first-child a").first().click();
      await expect(page.getByRole("heading", { name: "Nhiệm vụ", level: 2 })).toBeVisible();
      expect(await seriousViolations(page), "directive page").toEqual([]);
    }
    await page.goto("/to-chuc");
    await page.locator("tbody tr td:first-child a").first().click();
    expect(await seriousViolations(page), "organisation page").toEqual([]);
  });
}
