// Directive types, their symbol abbreviations and the words that name them.
import { describe, expect, it } from "vitest";
import {
  canonicalAbbreviation,
  DIRECTIVE_TYPES,
  isDirectiveType,
  normalizeCode,
  preferredAbbreviation,
  TYPE_ABBREVIATIONS,
  TYPE_NAME_PATTERNS,
  typeForAbbreviation,
  typeForName,
  typesForAbbreviation,
  type DirectiveType,
  type SymbolFamily,
} from "@/lib/domain/directive-type";
import { fold } from "@/lib/domain/text";

describe("DIRECTIVE_TYPES", () => {
  it("are exactly the enum names of domain.md", () => {
    expect(DIRECTIVE_TYPES).toEqual([
      "NGHI_QUYET", "CHI_THI", "KET_LUAN", "QUY_DINH", "QUYET_DINH", "KE_HOACH", "CHUONG_TRINH",
      "HUONG_DAN", "THONG_BAO", "CONG_VAN", "NGHI_DINH", "THONG_TU", "BAO_CAO", "OTHER",
    ]);
  });

  it("isDirectiveType", () => {
    expect(isDirectiveType("CHI_THI")).toBe(true);
    expect(isDirectiveType("chi_thi")).toBe(false);
    expect(isDirectiveType("LUAT")).toBe(false);
    expect(isDirectiveType(undefined)).toBe(false);
  });
});

describe("typeForAbbreviation", () => {
  it.each<[string, SymbolFamily | undefined, DirectiveType | null]>([
    ["NQ", undefined, "NGHI_QUYET"],
    ["CT", undefined, "CHI_THI"],
    ["CTr", undefined, "CHUONG_TRINH"],
    ["KL", undefined, "KET_LUAN"],
    ["QĐ", "party", "QUYET_DINH"],
    ["QĐ", "state", "QUYET_DINH"],
    ["QĐ".normalize("NFD"), undefined, "QUYET_DINH"],
    ["QÐ", undefined, "QUYET_DINH"], // Icelandic eth from a legacy font
    ["QĐi", "party", "QUY_DINH"],
    ["QyĐ", "state", "QUY_DINH"],
    ["KH", undefined, "KE_HOACH"],
    ["HD", undefined, "HUONG_DAN"],
    ["CV", "party", "CONG_VAN"],
    ["NĐ", undefined, "NGHI_DINH"],
    ["TB", undefined, "THONG_BAO"],
    ["BC", undefined, "BAO_CAO"],
    ["TT", "state", "THONG_TU"],
    ["TT", undefined, "THONG_TU"],
    ["TT", "party", "OTHER"], // Thông tri
    ["TTLT", undefined, "THONG_TU"],
    ["QC", undefined, "OTHER"],
    ["TTr", undefined, "OTHER"],
    ["CĐ", undefined, "OTHER"],
    [" KH ", undefined, "KE_HOACH"],
    ["kh", undefined, "KE_HOACH"],
    ["ctr", undefined, "CHUONG_TRINH"],
    ["XX", undefined, null],
    ["ND", undefined, null], // no stroke: not NĐ
    ["TC", undefined, null], // a drafting unit far more often than a Thông cáo
    ["", undefined, null],
  ])("%j (%s) → %s", (abbr, family, type) => expect(typeForAbbreviation(abbr, family)).toBe(type));

  it("CTr and CT are different types", () => {
    expect(typeForAbbreviation("CTr")).not.toBe(typeForAbbreviation("CT"));
  });

  it("party QĐ may be a Quyết định or a Quy định; state QĐ is only a Quyết định", () => {
    expect(typesForAbbreviation("QĐ", "party")).toEqual(["QUYET_DINH", "QUY_DINH"]);
    expect(typesForAbbreviation("QĐ", "state")).toEqual(["QUYET_DINH"]);
    expect(typesForAbbreviation("nope", "state")).toEqual([]);
  });

  it("canonicalAbbreviation gives the table spelling", () => {
    expect(canonicalAbbreviation("ctr")).toBe("CTr");
    expect(canonicalAbbreviation("QĐI")).toBe("QĐi");
    expect(canonicalAbbreviation("qyđ")).toBe("QyĐ");
    expect(canonicalAbbreviation("BNV")).toBeNull();
  });

  it("TYPE_ABBREVIATIONS lists longer codes before their prefixes", () => {
    expect(TYPE_ABBREVIATIONS.indexOf("CTr")).toBeLessThan(TYPE_ABBREVIATIONS.indexOf("CT"));
    expect(TYPE_ABBREVIATIONS.indexOf("TTLT")).toBeLessThan(TYPE_ABBREVIATIONS.indexOf("TT"));
    expect(TYPE_ABBREVIATIONS.indexOf("QĐi")).toBeLessThan(TYPE_ABBREVIATIONS.indexOf("QĐ"));
  });

  it("normalizeCode repairs Đ look-alikes and NFD", () => {
    expect(normalizeCode("BCSÐ")).toBe("BCSĐ");
    expect(normalizeCode("QD\u0335")).toBe("QĐ");
    expect(normalizeCode(" TTg ")).toBe("TTg");
  });
});

describe("preferredAbbreviation", () => {
  it.each<[DirectiveType, SymbolFamily, string | null]>([
    ["CONG_VAN", "party", "CV"],
    ["CONG_VAN", "state", null],
    ["CHI_THI", "party", "CT"],
    ["CHI_THI", "state", "CT"],
    ["KE_HOACH", "party", "KH"],
    ["CHUONG_TRINH", "party", "CTr"],
    ["QUY_DINH", "party", "QĐ"],
    ["QUY_DINH", "state", "QyĐ"],
    ["QUYET_DINH", "state", "QĐ"],
    ["NGHI_DINH", "state", "NĐ"],
    ["NGHI_DINH", "party", null],
    ["THONG_TU", "state", "TT"],
    ["THONG_TU", "party", null],
    ["HUONG_DAN", "party", "HD"],
    ["OTHER", "party", null],
  ])("%s in the %s family → %j", (type, family, abbr) => expect(preferredAbbreviation(type, family)).toBe(abbr));

  it("every preferred abbreviation reads back as its type", () => {
    for (const family of ["party", "state"] as const) {
      for (const type of DIRECTIVE_TYPES) {
        const abbr = preferredAbbreviation(type, family);
        if (abbr !== null) expect(typesForAbbreviation(abbr, family)).toContain(type);
      }
    }
  });
});

describe("TYPE_NAME_PATTERNS", () => {
  it("has folded words for every type", () => {
    for (const type of DIRECTIVE_TYPES) {
      expect(TYPE_NAME_PATTERNS[type].length).toBeGreaterThan(0);
      for (const pattern of TYPE_NAME_PATTERNS[type]) expect(fold(pattern)).toBe(pattern);
    }
    expect(TYPE_NAME_PATTERNS.CHI_THI).toContain("chi thi");
    expect(TYPE_NAME_PATTERNS.KE_HOACH).toContain("ke hoach");
    expect(TYPE_NAME_PATTERNS.CONG_VAN).toEqual(expect.arrayContaining(["cong van", "van ban"]));
  });

  it.each<[string, DirectiveType | null]>([
    // every type name written before a symbol in the seeds
    ["Kế hoạch số 04-KH/BTCTW", "KE_HOACH"],
    ["Công văn số 26-CV/BCSĐ", "CONG_VAN"],
    ["Chỉ thị số 05-CT/TW", "CHI_THI"],
    ["Chỉ thị 01-CT/TW", "CHI_THI"],
    ["văn bản số 2761/BNV-TC", "CONG_VAN"],
    ["Nghị định số 09/2017/NĐ- CP", "NGHI_DINH"],
    ["Quyết định số 52-QĐ/TW", "QUYET_DINH"],
    ["Quy định số 85-QĐ/TW", "QUY_DINH"],
    ["Hướng dẫn số 08-HD/BTGTW", "HUONG_DAN"],
    ["Nghị quyết số 02-NQ/TW", "NGHI_QUYET"],
    ["Kết luận số 01-KL/TW", "KET_LUAN"],
    ["Chương trình hành động", "CHUONG_TRINH"],
    ["Quy chế phối hợp", "OTHER"],
    ["Thông tư liên tịch số 01/2020/TTLT-BNV-BTC", "THONG_TU"],
    ["THÔNG BÁO", "THONG_BAO"],
    ["Báo cáo", "BAO_CAO"],
    ["Quy".normalize("NFD") + " định", "QUY_DINH"],
    ["Quyđịnh", null],
    ["Chỉ thịnh", null],
    ["Ban Cán sự đảng", null],
    ["", null],
  ])("typeForName(%j) → %s", (phrase, type) => expect(typeForName(phrase)).toBe(type));
});
