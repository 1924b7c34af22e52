// Office staff paste the news item of seed 004 and get Công văn 12-CV/BCSĐ as a draft: the fields
// filled with the words they came from, the parent found in the register, the units chosen, the
// deadlines resolved; nothing is saved until they press "Lưu". Bad input gets a message.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { withE2eDatabase } from "./fixtures";
import { seriousViolations, signIn } from "./support";

test.describe.configure({ mode: "serial" });

const seed = readFileSync(path.resolve(import.meta.dirname, "../fixtures/parser/seed-004.txt"), "utf8");

// The demo data already holds 12-CV/BCSĐ, and other browser tests work on its assignments. This test
// enters it anew from its text, so the demo's own is filed under another year while it runs (a
// symbol is unique per issuer and year) and put back afterwards, with the new draft removed.
let demoId = 0;
const DEMO = `SELECT d.id FROM directive d JOIN organization o ON o.id = d.issuer_id WHERE d.symbol = '12-CV/BCSĐ' AND o.code = 'BCSD-BNV'`;

test.beforeAll(async () => {
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query(`UPDATE directive SET year = 1900 WHERE id IN (${DEMO} AND d.status = 'ISSUED') RETURNING id`);
    demoId = rows[0].id;
  });
});

test.afterAll(async () => {
  await withE2eDatabase(async (client) => {
    await client.query(`DELETE FROM directive WHERE id IN (${DEMO} AND d.status = 'DRAFT') AND id <> $1`, [demoId]);
    await client.query(`UPDATE directive SET year = 2021 WHERE id = $1`, [demoId]);
  });
});

test("pasting seed 004 fills the new-directive form with a draft to confirm", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  await page.goto("/van-ban/moi");
  await expect(page.getByRole("heading", { name: "Dán văn bản" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("textbox", { name: "Nội dung văn bản" }).fill(seed);
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByText(/Đã điền bản nháp từ văn bản dán vào: 7 nhiệm vụ/)).toBeVisible();

  // The document's own fields, each with its source words, all editable.
  await expect(page.getByRole("combobox", { name: "Loại văn bản" })).toHaveValue("CONG_VAN");
  const symbol = page.getByRole("textbox", { name: "Số, ký hiệu" });
  await expect(symbol).toHaveValue("12-CV/BCSĐ");
  await expect(page.getByRole("textbox", { name: "Ngày ban hành" })).toHaveValue("12/03/2021");
  await expect(page.locator('[data-source="issuedOn"]')).toHaveText("Từ: «12/3»");
  await expect(page.getByRole("textbox", { name: "Trích yếu" })).toHaveValue(/^Về việc tổ chức thực hiện Chỉ thị số 01-CT\/TW/);
  await expect(page.getByRole("button", { name: "Bỏ Chỉ thị số 01-CT/TW" })).toBeVisible();

  // The tasks: units found in the organisation list, deadlines resolved against the issue date.
  const conference = page.getByRole("group", { name: "Nhiệm vụ 5" });
  await expect(conference.getByRole("textbox", { name: "Tên nhiệm vụ" })).toHaveValue(/^Tổ chức Hội nghị tại Bộ/);
  await expect(conference.getByRole("textbox", { name: "Hạn hoàn thành" })).toHaveValue("trong tháng 3/2021");
  await expect(conference.getByText("Hạn: 31/03/2021")).toBeVisible();
  for (const unit of ["Văn phòng Bộ", "Trung tâm Thông tin", "Văn phòng Ban Cán sự đảng", "Văn phòng Đảng ủy Bộ"]) {
    await expect(conference.getByRole("button", { name: `Bỏ ${unit}`, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("group", { name: "Nhiệm vụ 1" }).getByRole("button", { name: "Bỏ Đảng ủy Bộ Nội vụ" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Nothing is saved yet; the person edits and saves.
  await withE2eDatabase(async (client) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM directive WHERE symbol = '12-CV/BCSĐ' AND year = 2021`);
    expect(rows[0].n).toBe(0);
  });
  await page.getByRole("group", { name: "Nhiệm vụ 7" }).getByRole("button", { name: "Xóa nhiệm vụ 7" }).click();
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page).toHaveURL(/\/van-ban\/\d+$/);
  await expect(page.getByRole("heading", { name: /12-CV\/BCSĐ/ })).toBeVisible();
});

test("bad input gets a message and changes nothing", async ({ page }) => {
  await signIn(page, "vanphong.bcsd");
  await page.goto("/van-ban/moi");
  await page.getByRole("textbox", { name: "Nội dung văn bản" }).fill("Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ.");
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByText("Không tìm thấy văn bản chỉ đạo nào trong nội dung này")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Trích yếu" })).toHaveValue("");
  // The refused text stays where it was pasted, to be mended rather than pasted again.
  await expect(page.getByRole("textbox", { name: "Nội dung văn bản" })).toHaveValue("Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ.");
});
