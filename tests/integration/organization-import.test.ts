// Importing organisations from a file: the preview names each row's problems in Vietnamese; the
// import creates every row in one transaction (parents first, closure exact), or nothing at all.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importOrganizations, previewImport, readImportFile } from "@/lib/server/organization-import";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { expectClosureExact } from "./helpers/forest";
import { org, user } from "./helpers/world";

useTestDatabase();

const w = {} as Record<string, number>;
const u = {} as Record<string, SessionUser>;
const fixture = readFileSync(new URL("../fixtures/to-chuc.csv", import.meta.url));

beforeAll(async () => {
  w.BNV = (await org("Bộ Nội vụ", null, { kind: "MINISTRY" })).id;
  w["BNV-VPB"] = (await org("Văn phòng Bộ", w.BNV)).id;
  w.KHAC = (await org("Bộ Khác", null, { kind: "MINISTRY" })).id;
  for (const k of Object.keys(w)) await db().organization.update({ where: { id: w[k] }, data: { code: k } });
  u.admin = await user("ADMIN", w["BNV-VPB"]); // a scoped administrator: Bộ Khác is outside

  u.office = await user("OFFICE_STAFF", w.BNV);
});

const file = (name: string, content: string | Uint8Array) => new File([content as BlobPart], name);

async function cellsOf(f: File) {
  const read = await readImportFile(f);
  if (!read.ok) throw new Error(read.message);
  return read.cells;
}

async function counts() {
  return { orgs: await db().organization.count(), closure: await db().organizationClosure.count(), audit: await db().auditEvent.count() };
}

describe("reading a file", () => {
  it("reads CSV and the first sheet of an Excel workbook alike", async () => {
    const csv = await cellsOf(file("to-chuc.csv", fixture));
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Tổ chức");
    for (const row of csv) ws.addRow(row);
    ws.getCell("F3").value = new Date("2025-07-01T00:00:00Z"); // a real date cell
    const xlsx = await cellsOf(file("to-chuc.xlsx", new Uint8Array(await book.xlsx.writeBuffer())));
    expect(xlsx.map((r) => r.slice(0, 4))).toEqual(csv.map((r) => r.slice(0, 4)));
    expect(xlsx[2][5]).toBe("2025-07-01");
  });

  it("refuses other files, empty files, and files beyond the limits", async () => {
    expect(await readImportFile(file("a.pdf", "x"))).toMatchObject({ ok: false, message: expect.stringContaining(".xlsx") });
    expect(await readImportFile(file("a.csv", "ma,ten,loai,ma_cap_tren\n"))).toMatchObject({ ok: false, message: "Tệp không có dòng dữ liệu nào." });
    expect(await readImportFile(file("a.csv", new Uint8Array([0x61, 0xff, 0xfe, 0x0a, 0x62])))).toMatchObject({ ok: false });
    const many = ["ma,ten,loai,ma_cap_tren", ...Array.from({ length: 2001 }, (_, i) => `C${i},Tên,UNIT,BNV`)].join("\n");
    expect(await readImportFile(file("a.csv", many))).toMatchObject({ ok: false, message: expect.stringContaining("2000") });
    expect(await readImportFile(file("a.csv", "x".repeat(2 * 1024 * 1024 + 1)))).toMatchObject({ ok: false, message: expect.stringContaining("MB") });
  });
});

describe("preview and import", () => {
  it("previews rows with their problems in Vietnamese, and imports nothing while any remains", async () => {
    const cells = await cellsOf(
      file(
        "loi.csv",
        ["Mã,Tên,Loại,Mã cấp trên", "P1,Phòng 1,Đơn vị,BNV-VPB", "P1,Phòng 1 lặp,Đơn vị,BNV-VPB", "P2,,Ban,KHONGCO", "P3,Phòng 3,UNIT,KHAC", "P4,Phòng 4,UNIT,P5", "P5,Phòng 5,UNIT,P4"].join("\n"),
      ),
    );
    const preview = await previewImport(u.admin, cells);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value).toMatchObject({ valid: 1, invalid: 5 });
    expect(preview.value.rows.map((r) => r.problems)).toEqual([
      [],
      ["Mã P1 lặp lại ở dòng 2."],
      ["Thiếu tên.", "Loại “Ban” không hợp lệ.", "Không có cấp trên mã KHONGCO (trong tệp hay trong phạm vi của bạn)."],
      ["Không có cấp trên mã KHAC (trong tệp hay trong phạm vi của bạn)."],
      ["Vòng lặp cấp trên: P4 → P5 → P4."],
      ["Vòng lặp cấp trên: P5 → P4 → P5."],
    ]);
    const before = await counts();
    expect(await importOrganizations(u.admin, cells)).toMatchObject({ ok: false, message: expect.stringContaining("Chưa có gì được nhập") });
    expect(await counts()).toEqual(before);
  });

  it("refuses a file without the required columns", async () => {
    expect(await previewImport(u.admin, [["ma", "ten"], ["A", "B"]])).toMatchObject({ ok: false, message: "Thiếu cột bắt buộc: loai, ma_cap_tren." });
  });

  it("imports the fixture in one transaction, parents first, with closure rows and audit events", async () => {
    const cells = await cellsOf(file("to-chuc.csv", fixture));
    const preview = await previewImport(u.admin, cells);
    expect(preview).toMatchObject({ ok: true, value: { valid: 3, invalid: 0 } });
    const r = await importOrganizations(u.admin, cells);
    expect(r).toMatchObject({ ok: true, value: { created: 3 }, message: "Đã nhập 3 tổ chức." });
    const cell = await db().organization.findUniqueOrThrow({ where: { code: "BNV-VPB-P2-CB" }, select: { depth: true, kind: true, parent: { select: { code: true } } } });
    expect(cell).toEqual({ depth: 3, kind: "CELL", parent: { code: "BNV-VPB-P2" } });
    expect((await db().organization.findUniqueOrThrow({ where: { code: "BNV-VPB-P1" } })).name).toBe("Phòng Hành chính, Văn thư");
    await expectClosureExact("imported");
    expect(await db().auditEvent.count({ where: { action: "organization.create", data: { path: ["via"], equals: "import" } } })).toBe(3);
    expect(await db().auditEvent.count({ where: { action: "organization.import" } })).toBe(1);
    // The same file again: every code now exists, nothing is added.
    const again = await previewImport(u.admin, cells);
    expect(again).toMatchObject({ ok: true, value: { valid: 0, invalid: 3 } });
  });

  it("is for administrators only", async () => {
    await expect(previewImport(u.office, await cellsOf(file("to-chuc.csv", fixture)))).rejects.toThrow("FORBIDDEN");
  });
});
