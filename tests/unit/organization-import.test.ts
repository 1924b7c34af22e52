// Checking a file of organisations: every problem on its row, parents in the file in any order,
// cycles, duplicate codes, and CSV as spreadsheets write it.
import { describe, expect, it } from "vitest";
import { checkImportRows, mapHeader, parentsFirst, parseCsv, type ExistingOrganization } from "@/lib/domain/organization-import";
import { isOrganizationCode, normalizeCode, parseKind } from "@/lib/domain/organization-code";
import { messages } from "@/lib/i18n/messages";

const labels = messages.organizationKind;
const existing = new Map<string, ExistingOrganization>([
  ["BNV", { id: 1, active: true, managed: true }],
  ["CU", { id: 2, active: false, managed: true }],
  ["KHAC", { id: 3, active: true, managed: false }],
]);

function check(csv: string) {
  const [header, ...cells] = parseCsv(csv);
  const { columns, missing } = mapHeader(header);
  expect(missing).toEqual([]);
  return checkImportRows(cells, columns, existing, labels);
}

const codes = (row: { problems: { code: string }[] }) => row.problems.map((p) => p.code);

describe("organisation codes and kinds", () => {
  it("normalises codes and accepts Vietnamese letters", () => {
    expect(normalizeCode(" bnv-vpb ")).toBe("BNV-VPB");
    expect(normalizeCode("đu-ct")).toBe("ĐU-CT");
    expect(isOrganizationCode("ĐU-CT")).toBe(true);
    expect(isOrganizationCode("A B")).toBe(false);
    expect(isOrganizationCode("-A")).toBe(false);
    expect(isOrganizationCode("X".repeat(41))).toBe(false);
  });

  it("reads kinds by system name or Vietnamese label, ignoring diacritics", () => {
    expect(parseKind("CELL", labels)).toBe("CELL");
    expect(parseKind("Chi bộ", labels)).toBe("CELL");
    expect(parseKind("chi bo", labels)).toBe("CELL");
    expect(parseKind("đơn vị", labels)).toBe("UNIT");
    expect(parseKind("ban", labels)).toBeNull();
    expect(parseKind("", labels)).toBeNull();
  });
});

describe("CSV", () => {
  it("reads quotes, doubled quotes, newlines inside quotes, a BOM and semicolons", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n\n')).toEqual([["a", "b"], ["x, y", 'say "hi"']]);
    expect(parseCsv('a;b\n"line\nbreak";2')).toEqual([["a", "b"], ["line\nbreak", "2"]]);
  });

  it("maps Vietnamese headers with or without diacritics and reports the missing ones", () => {
    expect(mapHeader(["Mã", "Tên", "Loại", "Mã cấp trên"]).missing).toEqual([]);
    expect(mapHeader(["ma", "ten"]).missing).toEqual(["kind", "parentCode"]);
  });
});

describe("checking rows", () => {
  it("accepts rows under an existing organisation or under another row, in any order", () => {
    const rows = check("ma,ten,loai,ma_cap_tren,viet_tat,hoat_dong_tu\nX2,Phòng X2,Đơn vị,X1,,\nX1,Vụ X1,UNIT,BNV,VX,01/07/2025\n");
    expect(rows.map(codes)).toEqual([[], []]);
    expect(rows[1]).toMatchObject({ line: 3, code: "X1", kind: "UNIT", abbreviation: "VX", activeFrom: "2025-07-01" });
    expect(parentsFirst(rows).map((r) => r.code)).toEqual(["X1", "X2"]);
  });

  it("names every problem of a row", () => {
    const rows = check(
      [
        "ma,ten,loai,ma_cap_tren,viet_tat,hoat_dong_tu",
        ",,Ban,,,31/02/2025", // no code, no name, bad kind, no parent, bad date
        "BNV,Trùng mã có sẵn,UNIT,BNV,,", // code exists
        "A,Một,UNIT,KHONGCO,,", // unknown parent
        "B,Hai,UNIT,CU,,", // inactive parent
        "C,Ba,UNIT,KHAC,,", // parent outside the administrator's scope
        "D,Bốn,UNIT,BNV,,",
        "D,Bốn lặp,UNIT,BNV,,", // duplicate in the file
        "E,Năm,UNIT,F,,",
        "F,Sáu,UNIT,E,,", // E ↔ F
        "G,Bảy,UNIT,A,,", // under a row with a problem
        "H,Tám,UNIT,H,,", // its own parent
      ].join("\n"),
    );
    expect(rows.map(codes)).toEqual([
      ["missingCode", "missingName", "badKind", "missingParent", "badDate"],
      ["codeExists"],
      ["unknownParent"],
      ["parentInactive"],
      ["unknownParent"],
      [],
      ["duplicateCode"],
      ["cycle"],
      ["cycle"],
      ["parentInvalid"],
      ["cycle"],
    ]);
    expect(rows[6].problems[0]).toEqual({ code: "duplicateCode", params: { code: "D", row: 7 } });
    expect(rows[7].problems[0]).toEqual({ code: "cycle", params: { codes: "E → F → E" } });
  });
});
