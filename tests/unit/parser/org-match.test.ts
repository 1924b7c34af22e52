// Matching unit names to an organisation list: diacritics, abbreviations, acronyms, short forms.
import { describe, expect, it } from "vitest";
import { matchOrganization, sameUnitName, unitKey, type OrgEntry } from "@/lib/domain/parser/org-match";
import { organizationEntries } from "@/prisma/seed/organizations";

const orgs = organizationEntries();
const context = ["Ban Cán sự đảng Bộ Nội vụ", "Bộ Nội vụ"];
const code = (name: string) => matchOrganization(name, orgs, { context })?.org.code ?? null;

describe("matchOrganization on the demo forest", () => {
  it.each([
    ["Văn phòng Bộ", "BNV-VPB"],
    ["VĂN PHÒNG BỘ", "BNV-VPB"],
    ["van phong bo", "BNV-VPB"],
    ["VP Bộ", "BNV-VPB"],
    ["Văn phòng Bộ Nội vụ", "BNV-VPB"],
    ["Đảng ủy Bộ", "BNV-DU"],
    ["ĐU Bộ Nội vụ", "BNV-DU"],
    ["TT Thông tin", "BNV-TTTT"],
    ["Thủ trưởng Vụ Pháp chế", "BNV-PC"],
    ["Ban Thi đua – Khen thưởng Trung ương", "BNV-BTDKT"],
    ["Đảng ủy VPCP", "DU-VPCP"],
    ["BCSĐ Bộ Nội vụ", "BCSD-BNV"],
    ["Ban Tuyên giáo TW", "TW-BTG"],
    ["BTCTW", "TW-BTC"],
    ["Đảng ủy Khối Các cơ quan Trung ương", "DUK"],
  ])("%s → %s", (name, expected) => {
    expect(code(name)).toBe(expected);
  });

  it("answers null for bodies it does not hold and for names several bodies share", () => {
    expect(code("Sở Nội vụ")).toBeNull();
    expect(code("Chi bộ")).toBeNull();
    // "ĐU" is the abbreviation of many đảng ủy: not one of them.
    expect(code("ĐU")).toBeNull();
  });

  it("takes the list as input: the same name matches whatever list it is given", () => {
    const province: OrgEntry[] = [
      { code: "UBND-NA", name: "Ủy ban nhân dân tỉnh Nghệ An" },
      { code: "SYT-NA", name: "Sở Y tế", parentName: "Ủy ban nhân dân tỉnh Nghệ An" },
      { code: "SGDDT-NA", name: "Sở Giáo dục và Đào tạo", aliases: ["Sở GD&ĐT"] },
      { code: "MTTQ-NA", name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An" },
    ];
    expect(matchOrganization("UBND tỉnh Nghệ An", province)?.org.code).toBe("UBND-NA");
    expect(matchOrganization("Sở GD&ĐT", province)?.org.code).toBe("SGDDT-NA");
    expect(matchOrganization("Sở GDĐT", province)?.org.code).toBe("SGDDT-NA");
    expect(matchOrganization("Ủy ban MTTQ Việt Nam tỉnh Nghệ An", province)?.org.code).toBe("MTTQ-NA");
    expect(matchOrganization("sở y tế", province)?.org.code).toBe("SYT-NA");
  });

  it("keys ignore case, diacritics, punctuation and expand abbreviations", () => {
    expect(unitKey("UBND tỉnh Nghệ An")).toBe(unitKey("Ủy ban nhân dân Tỉnh Nghệ An"));
    expect(unitKey("Ban Thi đua - Khen thưởng")).toBe(unitKey("ban thi dua khen thuong"));
    expect(unitKey("Chỉ thị".normalize("NFD"))).toBe(unitKey("Chỉ thị"));
  });

  it("recognises a body speaking of itself", () => {
    expect(sameUnitName("Đảng ủy VPCP", "Đảng ủy Văn phòng Chính phủ")).toBe(true);
    expect(sameUnitName("Ban Cán sự đảng Bộ", "Ban Cán sự đảng Bộ Nội vụ")).toBe(true);
    expect(sameUnitName("Tỉnh ủy", "Tỉnh ủy Bắc Giang")).toBe(true);
    expect(sameUnitName("Bộ Nội vụ", "Ban Cán sự đảng Bộ Nội vụ")).toBe(false);
  });
});
