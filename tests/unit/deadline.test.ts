// Deadlines: every phrase of domain.md's table and of the seed texts, in phrases and in running text, and report slots.
import { describe, expect, it } from "vitest";
import {
  findDeadlines,
  parseDeadline,
  periodOf,
  reportSlots,
  type DeadlineKind,
  type ReportingCycle,
} from "@/lib/domain/deadline";
import type { IsoDate } from "@/lib/domain/calendar";

type Row = [phrase: string, kind: DeadlineKind, dueOn: IsoDate | null, cycle: ReportingCycle, matched?: string];

describe("parseDeadline", () => {
  it.each<Row>([
    ["trước ngày 30/6/2021", "DATE", "2021-06-30", "NONE"],
    ["chậm nhất ngày 15/7/2021", "DATE", "2021-07-15", "NONE"],
    ["Chậm nhất là ngày 15/07/2021", "DATE", "2021-07-15", "NONE"],
    ["hạn chót ngày 1/12/2021", "DATE", "2021-12-01", "NONE"],
    ["trước ngày 30 tháng 6 năm 2021", "DATE", "2021-06-30", "NONE"],
    ["hoàn thành trước 29/02/2024", "DATE", "2024-02-29", "NONE"],
    ["30/6/2021", "DATE", "2021-06-30", "NONE"],
    ["30.6.2021", "DATE", "2021-06-30", "NONE"],
    ["2021-06-30", "DATE", "2021-06-30", "NONE"],
    ["trong tháng 3/2021", "MONTH", "2021-03-31", "NONE"],
    ["tháng 3 năm 2021", "MONTH", "2021-03-31", "NONE"],
    ["Trong tháng 02/2024", "MONTH", "2024-02-29", "NONE"],
    ["cuối tháng 4-2021", "MONTH", "2021-04-30", "NONE"],
    ["3/2021", "MONTH", "2021-03-31", "NONE"],
    ["trong Quý II/2021", "QUARTER", "2021-06-30", "NONE"],
    ["Quí II/2021", "QUARTER", "2021-06-30", "NONE"],
    ["quý 2 năm 2021", "QUARTER", "2021-06-30", "NONE"],
    ["Quý IV năm 2021", "QUARTER", "2021-12-31", "NONE"],
    ["QUÝ I/2022", "QUARTER", "2022-03-31", "NONE"],
    ["trong quý III - 2021", "QUARTER", "2021-09-30", "NONE"],
    ["Thời gian hoàn thành trong Quí II/2021.", "QUARTER", "2021-06-30", "NONE", "trong Quí II/2021"],
    ["6 tháng đầu năm 2021", "HALF_YEAR", "2021-06-30", "NONE"],
    ["6 tháng cuối năm 2021", "HALF_YEAR", "2021-12-31", "NONE"],
    ["trong sáu tháng đầu năm 2022", "HALF_YEAR", "2022-06-30", "NONE"],
    ["trong năm 2021", "YEAR", "2021-12-31", "NONE"],
    ["cuối năm 2021", "YEAR", "2021-12-31", "NONE"],
    ["năm 2021", "YEAR", "2021-12-31", "NONE"],
    ["2021", "YEAR", "2021-12-31", "NONE"],
    ["thường xuyên", "ONGOING", null, "NONE"],
    ["Thường xuyên", "ONGOING", null, "NONE"],
    ["trong suốt cả nhiệm kỳ", "ONGOING", null, "NONE"],
    ["suốt nhiệm kỳ", "ONGOING", null, "NONE"],
    ["định kỳ hằng quý báo cáo", "ONGOING", null, "QUARTERLY", "định kỳ hằng quý"],
    ["hàng quý", "ONGOING", null, "QUARTERLY"],
    ["hằng quý", "ONGOING", null, "QUARTERLY"],
    ["6 tháng một lần", "ONGOING", null, "HALF_YEARLY"],
    ["định kỳ 6 tháng", "ONGOING", null, "HALF_YEARLY"],
    ["định kỳ 6 tháng báo cáo Ban Cán sự đảng", "ONGOING", null, "HALF_YEARLY", "định kỳ 6 tháng"],
    ["hằng năm", "ONGOING", null, "YEARLY"],
    ["hàng năm", "ONGOING", null, "YEARLY"],
    ["định kỳ hằng năm báo cáo", "ONGOING", null, "YEARLY", "định kỳ hằng năm"],
    ["hằng tháng", "ONGOING", null, "MONTHLY"],
    ["thường xuyên; định kỳ hằng quý báo cáo kết quả", "ONGOING", null, "QUARTERLY", "thường xuyên; định kỳ hằng quý"],
    ["trong năm 2021, định kỳ hằng quý báo cáo", "YEAR", "2021-12-31", "QUARTERLY", "trong năm 2021, định kỳ hằng quý"],
    ["định kỳ 6 tháng, hằng năm báo cáo", "ONGOING", null, "HALF_YEARLY", "định kỳ 6 tháng, hằng năm"],
    ["báo cáo hằng năm và hằng quý", "ONGOING", null, "QUARTERLY", "hằng năm và hằng quý"],
  ])("%j → %s %s %s", (phrase, kind, dueOn, reportingCycle, matched) => {
    expect(parseDeadline(phrase)).toEqual({ kind, dueOn, reportingCycle, matched: matched ?? phrase.trim() });
  });

  it.each([
    "Thời gian hoàn thành trong Quí II/2021",
    "trước ngày 30/6/2021",
    "trong suốt cả nhiệm kỳ",
    "6 tháng đầu năm 2021",
    "định kỳ hằng quý báo cáo",
  ])("NFD %j reads like NFC and gives back the NFD text", (phrase) => {
    const nfc = parseDeadline(phrase)!;
    const nfd = parseDeadline(phrase.normalize("NFD"))!;
    expect({ ...nfd, matched: nfd.matched.normalize("NFC") }).toEqual(nfc);
    expect(phrase.normalize("NFD")).toContain(nfd.matched);
  });

  it("is case- and diacritic-insensitive", () => {
    expect(parseDeadline("TRONG QUY II/2021")).toMatchObject({ kind: "QUARTER", dueOn: "2021-06-30" });
    expect(parseDeadline("truoc ngay 30/6/2021")).toMatchObject({ kind: "DATE", dueOn: "2021-06-30" });
    expect(parseDeadline("THƯỜNG XUYÊN")).toMatchObject({ kind: "ONGOING" });
  });

  it.each<[string, IsoDate, DeadlineKind, IsoDate]>([
    ["trước ngày 30/6", "2021-03-29", "DATE", "2021-06-30"],
    ["trước ngày 30/6", "2022-08-15", "DATE", "2022-06-30"],
    ["trong tháng 3", "2021-03-12", "MONTH", "2021-03-31"],
    ["trong Quý II", "2021-03-12", "QUARTER", "2021-06-30"],
    ["6 tháng đầu năm", "2021-01-07", "HALF_YEAR", "2021-06-30"],
    ["trong năm nay", "2021-01-07", "YEAR", "2021-12-31"],
    ["trước ngày 29/2", "2024-01-10", "DATE", "2024-02-29"],
  ])("%j with reference %s → %s %s", (phrase, referenceDate, kind, dueOn) => {
    expect(parseDeadline(phrase, { referenceDate })).toMatchObject({ kind, dueOn });
  });

  it("an explicit year wins over the reference date", () => {
    expect(parseDeadline("trong Quý II/2022", { referenceDate: "2021-03-12" })).toMatchObject({ dueOn: "2022-06-30" });
  });

  it.each<[string, IsoDate | undefined]>([
    ["trước ngày 30/6", undefined], // no year and nothing to take it from
    ["trong tháng 3", undefined],
    ["trước ngày 29/2", "2021-01-10"], // no 29/2 in 2021
    ["trước ngày 31/2/2021", undefined],
    ["trước ngày 31/4/2021", undefined],
    ["trong tháng 13/2021", undefined],
    ["Quý V/2021", undefined],
    ["trong quý 5 năm 2021", undefined],
    ["Quý II/21", undefined],
    ["31/2/2021", undefined],
    ["13/2021", undefined],
    ["", undefined],
    ["   ", undefined],
    ["sớm nhất có thể", undefined],
    ["theo quy định", undefined],
    ["quy định về nêu gương", undefined],
    ["trước 30/6/21", undefined],
    ["trước ngày 31/2/2021, định kỳ hằng quý báo cáo", undefined], // half-read is refused whole
  ])("%j → null", (phrase, referenceDate) => {
    expect(parseDeadline(phrase, referenceDate ? { referenceDate } : undefined)).toBeNull();
  });

  it("refuses a reference date that is not a date", () => {
    expect(() => parseDeadline("trước ngày 30/6", { referenceDate: "30/6/2021" })).toThrow(RangeError);
  });
});

// Sentences from the seed texts (verbatim), including the dates and time phrases that are not deadlines.
const SEED_SENTENCES: ReadonlyArray<[string, string, Array<[string, DeadlineKind, IsoDate | null, ReportingCycle]>]> = [
  [
    "004: quarter",
    "Sau đợt nghiên cứu, học tập, quán triệt Nghị quyết Đại hội, Ban Cán sự đảng Bộ Nội vụ giao Văn phòng Bộ chủ trì, phối hợp với các cơ quan, đơn vị thuộc, trực thuộc Bộ xây dựng Chương trình hành động của Bộ Nội vụ thực hiện Nghị quyết Đại hội XIII của Đảng gắn với chức năng, nhiệm vụ, phù hợp với đặc điểm tình hình và điều kiện thực tế của Bộ, thể hiện sự quyết tâm, sáng tạo và bảo đảm tính khả thi, thiết thực, hiệu quả. Thời gian hoàn thành trong Quí II/2021. ",
    [["trong Quí II/2021", "QUARTER", "2021-06-30", "NONE"]],
  ],
  [
    "004: month",
    "Ban Cán sự đảng Bộ Nội vụ cũng giao Văn phòng Bộ chủ trì, phối hợp với Trung tâm Thông tin, Văn phòng Ban Cán sự đảng, Văn phòng Đảng ủy Bộ tổ chức Hội nghị tại Bộ, kết nối điểm cầu với Hội nghị trực tuyến toàn quốc về nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng do Ban Bí thư Trung ương Đảng chủ trì trong tháng 3/2021.",
    [["trong tháng 3/2021", "MONTH", "2021-03-31", "NONE"]],
  ],
  [
    "004: ongoing",
    "Việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng là công việc thường xuyên, phải được thực hiện một cách nghiêm túc, bài bản, khoa học trong suốt cả nhiệm kỳ. Xác định rõ đây là một trong những nhiệm vụ trọng tâm của năm 2021",
    [
      ["thường xuyên", "ONGOING", null, "NONE"],
      ["trong suốt cả nhiệm kỳ", "ONGOING", null, "NONE"],
    ],
  ],
  [
    "004: dates that are not deadlines",
    "11:30 17/03/2021 | Lượt xem : 2564\n\nNgày 12/3, Ban Cán sự đảng Bộ Nội vụ ban hành Công văn số 12-CV/BCSĐ về việc tổ chức thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị. Đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026, bảo đảm thiết thực, hiệu quả, an toàn./.",
    [],
  ],
  [
    "000: a year scope",
    "17:53 30/03/2021 | Lượt xem : 1512\n\nĐể thực hiện Kế hoạch số 04-KH/BTCTW ngày 22/3/2021 của Ban Tổ chức Trung ương về thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021, ngày 29/3, Ban Cán sự đảng Bộ Nội vụ ban hành Công văn số 26-CV/BCSĐ. Gắn việc thực hiện Kế hoạch số 04-KH/BTCTW với thực hiện Kế hoạch số 14-KH/BCSĐ ngày 18/01/2021 của Ban Cán sự đảng Bộ Nội vụ tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2021; Kế hoạch số 58-KH/BCSĐ ngày 26/3/2020. Giải Búa liềm vàng lần thứ VI - năm 2021",
    [["trong năm 2021", "YEAR", "2021-12-31", "NONE"]],
  ],
  [
    "001: ongoing, yearly, and a date range",
    "Hà Nội, Ngày 20/06/2021\nNgày đăng: 09/06/2021   03:41\n- Duy trì thường xuyên, cập nhật kịp thời thông tin tại mục Tiếp cận thông tin trên Cổng Thông tin điện tử của Bộ.\nNgày 05/02/1985, Ban Bí thư Trung ương Đảng ra Quyết định số 52-QĐ/TW lấy ngày 21/6 hằng năm là Ngày Báo chí Việt Nam. Từ ngày 14 đến ngày 16/6/2021, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ tư. Đại tướng Võ Nguyên Giáp (25/8/1911 - 25/8/2021). Phục vụ Lãnh đạo Bộ tham dự Họp báo Chính phủ thường kỳ.",
    [
      ["thường xuyên", "ONGOING", null, "NONE"],
      ["hằng năm", "ONGOING", null, "YEARLY"],
    ],
  ],
  [
    "002: terms that are not deadlines",
    "15/09/2023 16:22\nCác nghị quyết, chỉ thị, kết luận của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư qua các nhiệm kỳ, nhất là Nghị quyết Đại hội XIII của Đảng. Những giải pháp đẩy mạnh công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị từ đầu nhiệm kỳ Đại hội XIII của Đảng đến nay. Thực hiện nghiêm Quy định số 85-QĐ/TW ngày 07/10/2022 của Ban Bí thư.",
    [],
  ],
  [
    "003: yearly topics and the year's targets",
    "21:38' 7/1/2021\n\nSáng 6-1, tại Hà Nội. Cùng với đó, việc triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và các chuyên đề hằng năm được thực hiện nghiêm túc, hiệu quả. Sau 4 năm thực hiện. Một số chỉ tiêu trong năm 2021: 100% cán bộ, đảng viên học tập. Số 12 - 2021",
    [
      ["hằng năm", "ONGOING", null, "YEARLY"],
      ["trong năm 2021", "YEAR", "2021-12-31", "NONE"],
    ],
  ],
];

describe("findDeadlines", () => {
  it.each(SEED_SENTENCES)("seed %s", (_name, text, expected) => {
    const found = findDeadlines(text);
    expect(found.map((f) => [f.matched, f.kind, f.dueOn, f.reportingCycle])).toEqual(expected);
    for (const f of found) expect(text.slice(f.index, f.index + f.matched.length)).toBe(f.matched);
  });

  it("finds phrases in NFD text with indices into that text", () => {
    const text = "Thời gian hoàn thành trong Quí II/2021. Việc này là thường xuyên.".normalize("NFD");
    const found = findDeadlines(text);
    expect(found.map((f) => [f.matched.normalize("NFC"), f.kind])).toEqual([
      ["trong Quí II/2021", "QUARTER"],
      ["thường xuyên", "ONGOING"],
    ]);
    for (const f of found) expect(text.slice(f.index, f.index + f.matched.length)).toBe(f.matched);
  });

  it.each<[string, DeadlineKind, IsoDate]>([
    ["Báo cáo kết quả trước ngày 30/6/2021. 2. Giao Văn phòng", "DATE", "2021-06-30"],
    ["gửi về Văn phòng chậm nhất ngày 15/7/2021;", "DATE", "2021-07-15"],
    ["cập nhật dữ liệu trước 16 giờ 00 ngày 25/10/2024.", "DATE", "2024-10-25"],
    ["gửi báo cáo trước 17h00, ngày 05/3/2024 qua hệ thống", "DATE", "2024-03-05"],
    ["chậm nhất 16 giờ 30 phút ngày 2/4/2024;", "DATE", "2024-04-02"],
    ["sơ kết trong 6 tháng đầu năm 2021, tổng kết", "HALF_YEAR", "2021-06-30"],
    ["hoàn thành trong 6 tháng cuối năm 2021.", "HALF_YEAR", "2021-12-31"],
    ["hoàn thành trong quý 2 năm 2021.", "QUARTER", "2021-06-30"],
  ])("in %j finds one %s due %s", (text, kind, dueOn) => {
    expect(findDeadlines(text)).toMatchObject([{ kind, dueOn, reportingCycle: "NONE" }]);
  });

  it("bare dates and periods in running text are not deadlines", () => {
    expect(findDeadlines("Ngày 30/6/2021, Bộ Nội vụ tổ chức hội nghị sơ kết 6 tháng đầu năm 2021 và Quý II/2021 theo quy định.")).toEqual([]);
  });

  it("year-less phrases need a reference date", () => {
    const text = "Hoàn thành trước ngày 30/6.";
    expect(findDeadlines(text)).toEqual([]);
    expect(findDeadlines(text, { referenceDate: "2021-03-29" })).toMatchObject([{ kind: "DATE", dueOn: "2021-06-30", matched: "Hoàn thành trước ngày 30/6" }]);
  });

  it("reports a cycle as its own ONGOING item", () => {
    expect(findDeadlines("Thực hiện thường xuyên, định kỳ hằng quý báo cáo Ban Cán sự đảng.").map((f) => [f.matched, f.reportingCycle])).toEqual([
      ["thường xuyên", "NONE"],
      ["định kỳ hằng quý", "QUARTERLY"],
    ]);
  });
});

describe("report slots", () => {
  it.each<[ReportingCycle, IsoDate, string, IsoDate, IsoDate]>([
    ["MONTHLY", "2021-03-12", "2021-03", "2021-03-01", "2021-03-31"],
    ["MONTHLY", "2024-02-10", "2024-02", "2024-02-01", "2024-02-29"],
    ["QUARTERLY", "2021-05-20", "2021-Q2", "2021-04-01", "2021-06-30"],
    ["QUARTERLY", "2021-12-31", "2021-Q4", "2021-10-01", "2021-12-31"],
    ["HALF_YEARLY", "2021-06-30", "2021-H1", "2021-01-01", "2021-06-30"],
    ["HALF_YEARLY", "2021-07-01", "2021-H2", "2021-07-01", "2021-12-31"],
    ["YEARLY", "2021-03-12", "2021", "2021-01-01", "2021-12-31"],
  ])("periodOf(%s, %s) → %s from %s due %s", (cycle, date, periodKey, periodStart, dueOn) => {
    expect(periodOf(cycle, date)).toEqual({ periodKey, periodStart, dueOn });
  });

  it("periodOf NONE is null", () => expect(periodOf("NONE", "2021-03-12")).toBeNull());

  it("quarterly slots from a mid-quarter start", () => {
    expect(reportSlots("QUARTERLY", "2021-03-12", "2021-12-31")).toEqual([
      { periodKey: "2021-Q1", periodStart: "2021-01-01", dueOn: "2021-03-31" },
      { periodKey: "2021-Q2", periodStart: "2021-04-01", dueOn: "2021-06-30" },
      { periodKey: "2021-Q3", periodStart: "2021-07-01", dueOn: "2021-09-30" },
      { periodKey: "2021-Q4", periodStart: "2021-10-01", dueOn: "2021-12-31" },
    ]);
  });

  it("a period that begins on `until` is included, one that begins after it is not", () => {
    expect(reportSlots("QUARTERLY", "2021-03-12", "2021-04-01").map((s) => s.periodKey)).toEqual(["2021-Q1", "2021-Q2"]);
    expect(reportSlots("QUARTERLY", "2021-03-12", "2021-03-31").map((s) => s.periodKey)).toEqual(["2021-Q1"]);
  });

  it("monthly slots cross a year end", () => {
    expect(reportSlots("MONTHLY", "2021-11-15", "2022-02-01").map((s) => [s.periodKey, s.dueOn])).toEqual([
      ["2021-11", "2021-11-30"],
      ["2021-12", "2021-12-31"],
      ["2022-01", "2022-01-31"],
      ["2022-02", "2022-02-28"],
    ]);
  });

  it("half-yearly and yearly slots", () => {
    expect(reportSlots("HALF_YEARLY", "2021-03-12", "2022-06-30").map((s) => [s.periodKey, s.dueOn])).toEqual([
      ["2021-H1", "2021-06-30"],
      ["2021-H2", "2021-12-31"],
      ["2022-H1", "2022-06-30"],
    ]);
    expect(reportSlots("YEARLY", "2021-03-12", "2026-01-01").map((s) => s.periodKey)).toEqual(["2021", "2022", "2023", "2024", "2025", "2026"]);
  });

  it("the period containing start counts even when until is earlier in it; NONE gives nothing", () => {
    expect(reportSlots("YEARLY", "2021-03-12", "2021-02-01").map((s) => s.periodKey)).toEqual(["2021"]);
    expect(reportSlots("QUARTERLY", "2021-03-12", "2020-12-31")).toEqual([]);
    expect(reportSlots("NONE", "2021-03-12", "2025-12-31")).toEqual([]);
  });

  it("refuses dates that are not dates", () => {
    expect(() => reportSlots("MONTHLY", "2021-02-30", "2021-12-31")).toThrow(RangeError);
    expect(() => reportSlots("MONTHLY", "2021-02-01", "31/12/2021")).toThrow(RangeError);
  });
});
