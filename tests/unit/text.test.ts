// Diacritic-, case- and normalisation-insensitive text matching.
import { describe, expect, it } from "vitest";
import { fold, foldWithMap, matchesQuery, originalSlice, searchTokens } from "@/lib/domain/text";

const nfd = (s: string) => s.normalize("NFD");

describe("fold", () => {
  it.each([
    ["Chỉ thị số 01-CT/TW", "chi thi so 01-ct/tw"],
    ["Đảng ủy", "dang uy"],
    ["QUÍ", "qui"],
    ["Quý II/2021", "quy ii/2021"],
    ["Ban Cán sự đảng Bộ Nội vụ", "ban can su dang bo noi vu"],
    ["  Kế   hoạch\tsố\n04-KH/BTCTW  ", "ke hoach so 04-kh/btctw"],
    ["26-CV/BCSĐ", "26-cv/bcsd"],
    ["Nghị định số 09/2017/NĐ- CP", "nghi dinh so 09/2017/nd- cp"],
    ["trong suốt cả nhiệm kỳ", "trong suot ca nhiem ky"],
    ["Đảng ủy Khối Các cCơ quan Trung ương", "dang uy khoi cac cco quan trung uong"],
    ["thường xuyên", "thuong xuyen"],
    ["hằng năm / hàng năm", "hang nam / hang nam"],
    ["ỨNG DỤNG", "ung dung"],
    ["", ""],
  ])("fold(%j) → %j", (input, folded) => expect(fold(input)).toBe(folded));

  it.each(["Chỉ thị", "Đảng ủy Khối", "Quí II/2021", "Kết luận số 01-KL/TW", "Người phát ngôn của Bộ Nội vụ"])(
    "NFD %j folds like NFC",
    (text) => {
      expect(nfd(text)).not.toBe(text);
      expect(fold(nfd(text))).toBe(fold(text));
    },
  );

  it("treats the Đ look-alikes of legacy fonts as d", () => {
    expect(fold("ÐẢNG ỦY")).toBe("dang uy"); // U+00D0
    expect(fold("Ɖảng")).toBe("dang"); // U+0189
  });

  it("drops invisible characters and odd spaces", () => {
    expect(fold("Chỉ\u200B thị\u00A0số\u202F01")).toBe("chi thi so 01");
    expect(fold("Kế\u00ADhoạch")).toBe("kehoach");
  });
});

describe("foldWithMap", () => {
  it.each([
    "Chỉ thị số 01-CT/TW",
    nfd("Thời gian hoàn thành trong Quí II/2021."),
    "  Đảng   ủy\n Khối ",
    "ÐẢNG \u200B ỦY",
    "ΟΔΟΣ",
  ])("folds exactly like fold (%j)", (text) => {
    const mapped = foldWithMap(text);
    expect(mapped.folded).toBe(fold(text));
    expect(mapped.map).toHaveLength(mapped.folded.length);
  });

  it("cuts the original phrase out of NFC and NFD text alike", () => {
    for (const text of ["Thời gian hoàn thành trong Quí II/2021. Tiếp", nfd("Thời gian hoàn thành trong Quí II/2021. Tiếp")]) {
      const mapped = foldWithMap(text);
      const start = mapped.folded.indexOf("trong qui ii/2021");
      const { raw, index } = originalSlice(text, mapped, start, start + "trong qui ii/2021".length);
      expect(raw.normalize("NFC")).toBe("trong Quí II/2021");
      expect(text.slice(index, index + raw.length)).toBe(raw);
    }
  });

  it("a phrase at the very end keeps its last combining mark and drops trailing spaces", () => {
    const text = nfd("làm thường xuyên  ");
    const mapped = foldWithMap(text);
    const start = mapped.folded.indexOf("thuong xuyen");
    expect(originalSlice(text, mapped, start, mapped.folded.length).raw).toBe(nfd("thường xuyên"));
  });
});

describe("searchTokens", () => {
  it.each([
    ["chi thi 01", ["chi", "thi", "01"]],
    ["Chỉ thị 01-CT/TW", ["chi", "thi", "01-ct/tw"]],
    ['  "Kế hoạch",  04-KH/BTCTW. ', ["ke", "hoach", "04-kh/btctw"]],
    ["Đảng ủy đảng", ["dang", "uy"]],
    ["", []],
    ["  , ; ", []],
  ])("searchTokens(%j) → %j", (query, tokens) => expect(searchTokens(query)).toEqual(tokens));
});

describe("matchesQuery", () => {
  const title = "Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị về việc nghiên cứu, học tập";
  it.each([
    [title, "chi thi 01", true],
    [title, "CHỈ THỊ 01-ct/tw", true],
    [title, nfd("Chỉ thị"), true],
    [nfd(title), "chỉ thị bộ chính trị", true],
    [title, "01-ct/tw", true],
    [title, "nghien cuu hoc tap", true],
    [title, "chi thi 05", false],
    [title, "chi thi 02", true], // substring match: "02" occurs in "2021"
    [title, "ke hoach", false],
    [title, "01-kh/tw", false],
    ["Công văn số 26-CV/BCSĐ", "26-cv/bcsd", true],
    ["Công văn số 26-CV/BCSĐ", "bcsđ", true],
    ["Đảng ủy Văn phòng Chính phủ", "dang uy VPCP", false],
    ["Đảng ủy Văn phòng Chính phủ", "dang uy van phong", true],
    ["Thời gian hoàn thành trong Quí II/2021", "QUÍ ii", true],
    ["Chỉ thị số 04 -CT/TU", "04-ct/tu", true],
    ["Nghị định số 09/2017/NĐ- CP", "09/2017/nđ-cp", true],
    [title, "", true],
    ["", "chi thi", false],
  ])("matchesQuery(%j, %j) → %s", (haystack, query, expected) => expect(matchesQuery(haystack, query)).toBe(expected));
});
