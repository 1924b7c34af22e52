// Document symbols: every symbol of the seed texts, both families, the mess real texts contain, and the errors.
import { describe, expect, it } from "vitest";
import {
  findSymbols,
  formatSymbol,
  normalizeSymbol,
  parseSymbol,
  sameSymbol,
  symbolFitsType,
  type ParsedSymbol,
  type SymbolError,
  type SymbolParts,
} from "@/lib/domain/symbol";
import type { DirectiveType } from "@/lib/domain/directive-type";

function parsed(input: string): ParsedSymbol {
  const r = parseSymbol(input);
  if (!r.ok) throw new Error(`${input} did not parse: ${r.error}`);
  return r.value;
}

type Expected = Omit<ParsedSymbol, "canonical" | "numberText">;
const party = (number: number, typeCode: string, type: DirectiveType, ...issuerCodes: string[]): Expected => ({
  family: "party", number, year: null, typeCode, type, issuerCodes, draftingUnit: null, term: null,
});
const state = (number: number, year: number | null, typeCode: string | null, type: DirectiveType | null, issuerCodes: string[], draftingUnit: string | null = null, term: string | null = null): Expected => ({
  family: "state", number, year, typeCode, type, issuerCodes, draftingUnit, term,
});

// Every symbol in the five seed texts, plus the other forms domain.md names.
const EXAMPLES: ReadonlyArray<[string, Expected]> = [
  ["04-KH/BTCTW", party(4, "KH", "KE_HOACH", "BTCTW")],
  ["26-CV/BCSĐ", party(26, "CV", "CONG_VAN", "BCSĐ")],
  ["12-CV/BCSĐ", party(12, "CV", "CONG_VAN", "BCSĐ")],
  ["14-KH/BCSĐ", party(14, "KH", "KE_HOACH", "BCSĐ")],
  ["58-KH/BCSĐ", party(58, "KH", "KE_HOACH", "BCSĐ")],
  ["01-CT/TW", party(1, "CT", "CHI_THI", "TW")],
  ["05-CT/TW", party(5, "CT", "CHI_THI", "TW")],
  ["35-NQ/TW", party(35, "NQ", "NGHI_QUYET", "TW")],
  ["02-NQ/TW", party(2, "NQ", "NGHI_QUYET", "TW")],
  ["85-QĐ/TW", party(85, "QĐ", "QUYET_DINH", "TW")],
  ["52-QĐ/TW", party(52, "QĐ", "QUYET_DINH", "TW")],
  ["01-KL/TW", party(1, "KL", "KET_LUAN", "TW")],
  ["08-HD/BTGTW", party(8, "HD", "HUONG_DAN", "BTGTW")],
  ["05-QC/BTCTU-BDVTU", party(5, "QC", "OTHER", "BTCTU", "BDVTU")],
  ["04-CT/TU", party(4, "CT", "CHI_THI", "TU")],
  ["10-QĐi/TW", party(10, "QĐi", "QUY_DINH", "TW")],
  ["15-CTr/ĐUK", party(15, "CTr", "CHUONG_TRINH", "ĐUK")],
  ["12/CT-TTg", state(12, null, "CT", "CHI_THI", ["TTg"])],
  ["09/2017/NĐ-CP", state(9, 2017, "NĐ", "NGHI_DINH", ["CP"])],
  ["2761/BNV-TC", state(2761, null, null, "CONG_VAN", ["BNV"], "TC")],
  ["160/2021/QH14", state(160, 2021, null, null, ["QH14"], null, "14")],
  ["01/2020/TTLT-BNV-BTC", state(1, 2020, "TTLT", "THONG_TU", ["BNV", "BTC"])],
  ["03/2018/TT-BNV", state(3, 2018, "TT", "THONG_TU", ["BNV"])],
  ["1305/CĐ-TTg", state(1305, null, "CĐ", "OTHER", ["TTg"])],
  ["17/2021/UBTVQH15", state(17, 2021, null, null, ["UBTVQH15"], null, "15")],
  ["120/QĐ-UBND", state(120, null, "QĐ", "QUYET_DINH", ["UBND"])],
  ["45/KH-UBND", state(45, null, "KH", "KE_HOACH", ["UBND"])],
  ["7/QyĐ-BNV", state(7, null, "QyĐ", "QUY_DINH", ["BNV"])],
];

describe("parseSymbol: the examples", () => {
  it.each(EXAMPLES)("%s", (input, expected) => {
    const value = parsed(input);
    expect(value).toMatchObject(expected);
    expect(value.canonical).toBe(input);
    expect(value.numberText).toBe(input.match(/^\d+/)![0]);
  });
});

describe("parseSymbol: the mess of real texts", () => {
  const nfd = (s: string) => s.normalize("NFD");
  it.each([
    ["04 -CT/TU", "04-CT/TU"],
    ["09/2017/NĐ- CP", "09/2017/NĐ-CP"],
    [" 26 - CV / BCSĐ ", "26-CV/BCSĐ"],
    ["số 26-CV/BCSĐ", "26-CV/BCSĐ"],
    ["Số: 26-CV/BCSĐ", "26-CV/BCSĐ"],
    ["Số 2761/BNV-TC", "2761/BNV-TC"],
    ["So 12/CT-TTg", "12/CT-TTg"],
    [nfd("Số 85-QĐ/TW"), "85-QĐ/TW"],
    [nfd("Số: 26-CV/BCSĐ"), "26-CV/BCSĐ"],
    ["85-QÐ/TW", "85-QĐ/TW"], // U+00D0 from a legacy font
    ["26-CV/BCSÐ", "26-CV/BCSĐ"],
    ["04–KH/BTCTW", "04-KH/BTCTW"], // en dash
    ["05-QC/BTCTU - BDVTU", "05-QC/BTCTU-BDVTU"],
    ["01 / 2020 / TTLT - BNV - BTC", "01/2020/TTLT-BNV-BTC"],
    ["04-kh/btctw", "04-KH/BTCTW"],
    ["15-ctr/đuk", "15-CTr/ĐUK"],
    ["12/ct-ttg", "12/CT-TTG"],
    ["12/CT-TTg\u00A0", "12/CT-TTg"],
  ])("%j → %s", (input, canonical) => {
    expect(normalizeSymbol(input)).toBe(canonical);
    expect(normalizeSymbol(input)).toBe(canonical.normalize("NFC"));
  });
});

describe("parseSymbol: errors", () => {
  it.each<[string, SymbolError]>([
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["Số:", "EMPTY"],
    ["1".repeat(30) + "-KH/" + "B".repeat(40), "TOO_LONG"],
    ["04-KH/" + "BTCTW-".repeat(40), "TOO_LONG"],
    ["04-XX/TW", "UNKNOWN_TYPE"],
    ["04-ND/TW", "UNKNOWN_TYPE"],
    ["09/2017/ND-CP", "UNKNOWN_TYPE"], // a year means a normative document, which names its type
    ["09/2017/BNV", "UNKNOWN_TYPE"],
    ["0-KH/TW", "BAD_NUMBER"],
    ["00/CT-TTg", "BAD_NUMBER"],
    ["1234567/BNV-TC", "BAD_NUMBER"],
    ["IV-KH/TW", "BAD_NUMBER"],
    ["-KH/TW", "BAD_NUMBER"],
    ["09/17/NĐ-CP", "BAD_YEAR"],
    ["09/1900/NĐ-CP", "BAD_YEAR"],
    ["09/20171/NĐ-CP", "BAD_YEAR"],
    ["04-KH/", "MISSING_ISSUER"],
    ["12/CT", "MISSING_ISSUER"],
    ["12/2021/NQ", "MISSING_ISSUER"],
    ["12", "MISSING_ISSUER"],
    ["04-KH", "MALFORMED"],
    ["04-KH/BTCTW/2021", "MALFORMED"],
    ["04-KH/BTCTW ngày 22/3/2021", "MALFORMED"],
    ["04-KH/BT CTW", "MALFORMED"],
    ["04-KH/BTCTW--BCSĐ", "MALFORMED"],
    ["04-K.H/TW", "MALFORMED"],
    ["04-KH/B@N", "MALFORMED"],
    ["12/CT-", "MALFORMED"],
    ["1/2/3/CT-TTg", "MALFORMED"],
    ["31/2/2021", "MALFORMED"], // a date, not a symbol
    ["09/3/2021", "MALFORMED"],
    ["Chỉ thị", "MALFORMED"],
  ])("%j → %s", (input, error) => {
    expect(parseSymbol(input)).toEqual({ ok: false, error });
    expect(normalizeSymbol(input)).toBeNull();
  });

  it("refuses a very long input before doing any work on it", () => {
    expect(parseSymbol(" ".repeat(500) + "04-KH/BTCTW")).toEqual({ ok: false, error: "TOO_LONG" });
  });
});

describe("formatSymbol", () => {
  it.each(EXAMPLES.map(([input]) => [input]))("round-trips %s", (input) => {
    const value = parsed(input);
    expect(formatSymbol(value)).toBe(value.canonical);
    expect(parsed(value.canonical)).toEqual(value);
  });

  it.each<[SymbolParts, string]>([
    [{ family: "party", number: 27, type: "CONG_VAN", issuerCodes: ["BCSĐ"] }, "27-CV/BCSĐ"],
    [{ family: "party", numberText: "04", type: "KE_HOACH", issuerCodes: ["BTCTW"] }, "04-KH/BTCTW"],
    [{ family: "party", number: 3, type: "CHUONG_TRINH", issuerCodes: ["ĐU"] }, "3-CTr/ĐU"],
    [{ family: "party", number: 5, typeCode: "QC", issuerCodes: ["BTCTU", "BDVTU"] }, "5-QC/BTCTU-BDVTU"],
    [{ family: "state", number: 2761, type: "CONG_VAN", issuerCodes: ["BNV"], draftingUnit: "TC" }, "2761/BNV-TC"],
    [{ family: "state", number: 12, type: "CHI_THI", issuerCodes: ["TTg"] }, "12/CT-TTg"],
    [{ family: "state", number: 9, numberText: "09", year: 2017, type: "NGHI_DINH", issuerCodes: ["CP"] }, "09/2017/NĐ-CP"],
    [{ family: "state", number: 160, year: 2021, issuerCodes: ["QH14"] }, "160/2021/QH14"],
    [{ family: "state", number: 8, type: "QUY_DINH", issuerCodes: ["BNV"] }, "8/QyĐ-BNV"],
  ])("forms %s", (parts, expected) => expect(formatSymbol(parts)).toBe(expected));

  it.each<[SymbolParts, string]>([
    [{ family: "party", number: 1, type: "OTHER", issuerCodes: ["TW"] }, "UNKNOWN_TYPE"],
    [{ family: "party", number: 1, type: "NGHI_DINH", issuerCodes: ["TW"] }, "UNKNOWN_TYPE"],
    [{ family: "party", number: 0, type: "CHI_THI", issuerCodes: ["TW"] }, "BAD_NUMBER"],
    [{ family: "party", number: 1, type: "CHI_THI", issuerCodes: [] }, "MISSING_ISSUER"],
    [{ family: "state", number: 1, year: 2021, type: "CONG_VAN", issuerCodes: ["BNV"] }, "UNKNOWN_TYPE"],
    // an issuer code that reads as a type would change the symbol's meaning
    [{ family: "state", number: 1, type: "CONG_VAN", issuerCodes: ["CT"], draftingUnit: "TTHT" }, "MALFORMED"],
  ])("refuses %j with %s", (parts, code) => expect(() => formatSymbol(parts)).toThrow(new RangeError(code)));
});

describe("symbolFitsType", () => {
  it.each<[string, DirectiveType, boolean]>([
    ["01-CT/TW", "CHI_THI", true],
    ["01-CT/TW", "KE_HOACH", false],
    ["04-KH/BTCTW", "KE_HOACH", true],
    ["26-CV/BCSĐ", "CONG_VAN", true],
    ["26-CV/BCSĐ", "KE_HOACH", false],
    ["85-QĐ/TW", "QUY_DINH", true], // party QĐ: Quy định in recent years
    ["52-QĐ/TW", "QUYET_DINH", true],
    ["120/QĐ-UBND", "QUYET_DINH", true],
    ["120/QĐ-UBND", "QUY_DINH", false],
    ["10-QĐi/TW", "QUY_DINH", true],
    ["10-QĐi/TW", "QUYET_DINH", false],
    ["15-CTr/ĐUK", "CHUONG_TRINH", true],
    ["15-CTr/ĐUK", "CHI_THI", false],
    ["05-QC/BTCTU-BDVTU", "OTHER", true],
    ["05-QC/BTCTU-BDVTU", "QUY_DINH", false],
    ["12/CT-TTg", "CHI_THI", true],
    ["12/CT-TTg", "CONG_VAN", false],
    ["09/2017/NĐ-CP", "NGHI_DINH", true],
    ["01/2020/TTLT-BNV-BTC", "THONG_TU", true],
    ["2761/BNV-TC", "CONG_VAN", true],
    ["2761/BNV-TC", "CHI_THI", false],
    ["160/2021/QH14", "NGHI_QUYET", true],
    ["160/2021/QH14", "OTHER", true],
    ["160/2021/QH14", "CONG_VAN", false],
    ["01-CT/TW", "OTHER", false],
  ])("%s fits %s: %s", (symbol, type, fits) => expect(symbolFitsType(parsed(symbol), type)).toBe(fits));
});

describe("sameSymbol", () => {
  it.each<[string, string, boolean]>([
    ["01-CT/TW", "01-CT/TW", true],
    ["Chỉ thị số 01-CT/TW".slice(12), " 01 - CT / TW ", true],
    ["01-CT/TW", "1-CT/TW", true],
    ["Số 26-CV/BCSĐ", "26-CV/BCSĐ".normalize("NFD"), true],
    ["26-CV/BCSĐ", "26-CV/BCSÐ", true],
    ["12/CT-TTg", "12/ct-ttg", true],
    ["09/2017/NĐ- CP", "09/2017/NĐ-CP", true],
    ["01-CT/TW", "01-CT/TU", false],
    ["01-CT/TW", "01-KL/TW", false],
    ["01-CT/TW", "02-CT/TW", false],
    ["10-QĐ/TW", "10-QĐi/TW", false],
    ["12/CT-TTg", "12-CT/TTg", false],
    ["09/2017/NĐ-CP", "09/2018/NĐ-CP", false],
    ["2761/BNV-TC", "2761/BNV-VP", false],
    ["05-QC/BTCTU-BDVTU", "05-QC/BDVTU-BTCTU", false],
    ["garbage", "garbage", false],
    ["", "", false],
  ])("%j vs %j → %s", (a, b, same) => {
    expect(sameSymbol(a, b)).toBe(same);
    expect(sameSymbol(b, a)).toBe(same);
  });

  it("accepts parsed symbols", () => {
    expect(sameSymbol(parsed("04-KH/BTCTW"), "4-KH/BTCTW")).toBe(true);
  });
});

// Sentences from the seed texts (verbatim), with their date and time lines as decoys.
const SEEDS: ReadonlyArray<[string, string, string[]]> = [
  [
    "000",
    "17:53 30/03/2021 | Lượt xem : 1512\n\nĐể thực hiện Kế hoạch số 04-KH/BTCTW ngày 22/3/2021 của Ban Tổ chức Trung ương về thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021, ngày 29/3, Ban Cán sự đảng Bộ Nội vụ ban hành Công văn số 26-CV/BCSĐ gửi các cơ quan, đơn vị thuộc, trực thuộc Bộ. Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ phối hợp chặt chẽ với cấp ủy Đảng cùng cấp phổ biến, quán triệt và nghiêm túc tổ chức thực hiện Kế hoạch số 04-KH/BTCTW tại cơ quan, đơn vị, bảo đảm mục đích, yêu cầu, nội dung, hình thức Ban Tổ chức Trung ương đề ra. Gắn việc thực hiện Kế hoạch số 04-KH/BTCTW với thực hiện Kế hoạch số 14-KH/BCSĐ ngày 18/01/2021 của Ban Cán sự đảng Bộ Nội vụ tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2021; Kế hoạch số 58-KH/BCSĐ ngày 26/3/2020 của Ban Cán sự đảng Bộ về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII, việc thực hiện Chỉ thị số 05-CT/TW và các Quy định về nêu gương. Giải Búa liềm vàng lần thứ VI - năm 2021",
    ["04-KH/BTCTW", "26-CV/BCSĐ", "04-KH/BTCTW", "04-KH/BTCTW", "14-KH/BCSĐ", "58-KH/BCSĐ", "05-CT/TW"],
  ],
  [
    "001",
    "Hà Nội, Ngày 20/06/2021\n\nBộ Nội vụ triển khai thực hiện Chỉ thị số 12/CT-TTg ngày 12/5/2021 của Thủ tướng Chính phủ\n\nNgày đăng: 09/06/2021   03:41\nNgày 09/6/2021, Bộ Nội vụ ban hành văn bản số 2761/BNV-TC nhằm triển khai thực hiện Chỉ thị số 12/CT-TTg ngày 12/5/2021 của Thủ tướng Chính phủ về tăng cường công tác tuyên truyền, định hướng hoạt động truyền thông, báo chí phục vụ nhiệm vụ bảo vệ Tổ quốc;\n- Triển khai thực hiện đảm bảo đúng quy định Nghị định số 09/2017/NĐ- CP ngày 09/02/2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước.\nNgày 05/02/1985, Ban Bí thư Trung ương Đảng ra Quyết định số 52-QĐ/TW lấy ngày 21/6 hằng năm là Ngày Báo chí Việt Nam. Từ ngày 14 đến ngày 16/6/2021, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ tư.\nBan Tuyên giáo Trung ương vừa ban hành Hướng dẫn số 08-HD/BTGTW về tuyên truyền kỷ niệm 110 năm Ngày sinh Đại tướng Võ Nguyên Giáp (25/8/1911 - 25/8/2021).\nNgày 12/6/2021, thay mặt Bộ Chính trị, Tổng Bí thư Nguyễn Phú Trọng đã ký Nghị quyết số 02-NQ/TW của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới. (Chủ tịch Nhân đại - Chủ tịch Quốc hội)",
    ["12/CT-TTg", "2761/BNV-TC", "12/CT-TTg", "09/2017/NĐ-CP", "52-QĐ/TW", "08-HD/BTGTW", "02-NQ/TW"],
  ],
  [
    "002",
    "15/09/2023 16:22\nBiểu dương, nhân rộng những mô hình hay, cách làm hiệu quả, gương cán bộ, đảng viên và người lao động tiêu biểu trong công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị gắn với thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Tuyên truyền những thành tựu căn bản trong việc bảo vệ nền tảng tư tưởng của Đảng theo tinh thần Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị khóa XII. Vận động đảng viên, cán bộ, công chức, viên chức, người lao động chia sẻ, lan tỏa thông tin tích cực trên mạng xã hội; thực hiện nghiêm Quy định số 85-QĐ/TW ngày 07/10/2022 của Ban Bí thư về việc cán bộ, đảng viên thiết lập và sử dụng trang thông tin điện tử cá nhân trên Internet, mạng xã hội.",
    ["01-KL/TW", "05-CT/TW", "35-NQ/TW", "85-QĐ/TW"],
  ],
  [
    "003",
    "21:38' 7/1/2021\n\nSáng 6-1, tại Hà Nội, Đảng ủy Khối Các cCơ quan Trung ương tổ chức Hội nghị tổng kết công tác tuyên giáo năm 2020. Cùng với đó, việc triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và các chuyên đề hằng năm được thực hiện nghiêm túc, hiệu quả. Nhiệm vụ trọng tâm trong công tác tuyên giáo năm 2021 là: tiếp tục thực hiện Chỉ thị số 05-CT/TW gắn với thực hiện Nghị quyết Trung ương 4 (khóa XII) và các quy định về trách nhiệm nêu gương của cán bộ, đảng viên.\nGIỚI THIỆU TẠP CHÍ IN\nSố 12 - 2021",
    ["05-CT/TW", "05-CT/TW"],
  ],
  [
    "004",
    "Bộ Nội vụ tổ chức thực hiện Chỉ thị số 01-CT/TW của Bộ Chính trị\n\n11:30 17/03/2021 | Lượt xem : 2564\n\nNgày 12/3, Ban Cán sự đảng Bộ Nội vụ ban hành Công văn số 12-CV/BCSĐ về việc tổ chức thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị về việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng (Chỉ thị số 01-CT/TW).\nTheo đó, thực hiện Quy chế phối hợp, Ban Cán sự đảng Bộ Nội vụ đề nghị Ban Thường vụ Đảng ủy Bộ lãnh đạo, chỉ đạo và xây dựng Kế hoạch tổ chức thực hiện Chỉ thị số 01-CT/TW và theo chỉ đạo của Đảng ủy cấp trên. Ban Cán sự đảng Bộ Nội vụ yêu cầu người đứng đầu các đơn vị thuộc, trực thuộc Bộ phối hợp chặt chẽ với cấp ủy Đảng cùng cấp thực hiện nghiêm túc Chỉ thị số 01-CT/TW và Kế hoạch thực hiện Chỉ thị số 01-CT/TW của Đảng ủy Bộ. Bên cạnh đó, yêu cầu các cơ quan thông tin báo chí của Bộ và các đơn vị trực thuộc Bộ tổ chức thực hiện tốt công tác tuyên truyền, đưa tin các hoạt động thực hiện Chỉ thị số 01-CT/TW của Bộ, ngành Nội vụ. Các đồng chí Báo cáo viên Trung ương của Bộ Nội vụ chủ động, tích cực nghiên cứu; đồng thời, bám sát sự lãnh đạo, chỉ đạo, định hướng của Ban Tuyên giáo Trung ương, tham gia có hiệu quả việc thực hiện Chỉ thị 01-CT/TW tại Bộ Nội vụ. Phòng, chống dịch bệnh Covid-19, công tác phục vụ bầu cử Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026, bảo đảm thiết thực, hiệu quả, an toàn./.",
    ["01-CT/TW", "12-CV/BCSĐ", "01-CT/TW", "01-CT/TW", "01-CT/TW", "01-CT/TW", "01-CT/TW", "01-CT/TW", "01-CT/TW"],
  ],
];

describe("findSymbols", () => {
  it.each(SEEDS)("finds every symbol of seed %s and nothing else", (_name, text, expected) => {
    const found = findSymbols(text);
    expect(found.map((f) => f.canonical)).toEqual(expected);
    for (const f of found) {
      expect(text.slice(f.index, f.index + f.raw.length)).toBe(f.raw);
      expect(f.parsed.canonical).toBe(f.canonical);
    }
  });

  it("keeps the stray space in raw and finds a symbol written without 'số'", () => {
    const text = "đúng quy định Nghị định số 09/2017/NĐ- CP ngày 09/02/2017";
    expect(findSymbols(text)).toMatchObject([{ raw: "09/2017/NĐ- CP", canonical: "09/2017/NĐ-CP", index: text.indexOf("09/2017") }]);
    const bare = "việc thực hiện Chỉ thị 01-CT/TW tại Bộ Nội vụ";
    expect(findSymbols(bare)).toMatchObject([{ raw: "01-CT/TW", index: bare.indexOf("01-") }]);
  });

  it.each([
    ["Chỉ thị số 04 -CT/TU của Tỉnh ủy", "04 -CT/TU", "04-CT/TU"],
    ["theo Quy chế 05-QC/BTCTU-BDVTU.", "05-QC/BTCTU-BDVTU", "05-QC/BTCTU-BDVTU"],
    ["Thông tư liên tịch số 01/2020/TTLT-BNV-BTC;", "01/2020/TTLT-BNV-BTC", "01/2020/TTLT-BNV-BTC"],
    ["Nghị quyết số 160/2021/QH14 của Quốc hội", "160/2021/QH14", "160/2021/QH14"],
    ["Chương trình số 15-CTr/ĐUK ngày 1/2/2021", "15-CTr/ĐUK", "15-CTr/ĐUK"],
    ["Quy định 85-QÐ/TW", "85-QÐ/TW", "85-QĐ/TW"],
    ["(số 12/CT-TTg)", "12/CT-TTg", "12/CT-TTg"],
    // a hyphen spaced on both sides is punctuation, not a joint issuer
    ["theo Chỉ thị số 01-CT/TW - UBND tỉnh triển khai", "01-CT/TW", "01-CT/TW"],
    ["Chỉ thị số 01-CT/TW -UBND", "01-CT/TW -UBND", "01-CT/TW-UBND"],
  ])("in %j finds %j", (text, raw, canonical) => {
    expect(findSymbols(text).map((f) => [f.raw, f.canonical])).toEqual([[raw, canonical]]);
  });

  it("works on NFD text, indices pointing into the text as given", () => {
    const text = "Thực hiện Chỉ thị số 01-CT/TW và Công văn số 26-CV/BCSĐ".normalize("NFD");
    const found = findSymbols(text);
    expect(found.map((f) => f.canonical)).toEqual(["01-CT/TW", "26-CV/BCSĐ"]);
    for (const f of found) expect(text.slice(f.index, f.index + f.raw.length)).toBe(f.raw);
  });

  it.each([
    "ngày 09/3/2021 của Bộ Chính trị",
    "9/3/2021",
    "17:53 30/03/2021",
    "(25/8/1911 - 25/8/2021)",
    "nhiệm kỳ 2021 - 2026",
    "Số 12 - 2021",
    "Sáng 6-1, tại Hà Nội",
    "dịch bệnh Covid-19",
    "Chỉ thị 01-CT/TW- Bộ Nội vụ",
    "theo 24/7 Bộ",
    "số 04-XX/TW",
    "văn bản 01-ct/tw viết thường",
    "",
  ])("finds no symbol in %j (except the one that is there)", (text) => {
    const expected = text.includes("01-CT/TW") ? ["01-CT/TW"] : [];
    expect(findSymbols(text).map((f) => f.canonical)).toEqual(expected);
  });
});
