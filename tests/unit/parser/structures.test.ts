// The parser on the structures of documents beyond running text: tables pasted from a Phụ lục, the
// "Kính gửi" list, two-line issuer headers, an issuing that is ordered rather than reported, asides in
// parentheses, documents joined by "và" to the implemented one, and the end of a document at "Nơi nhận".
import { describe, expect, it } from "vitest";
import { parseDirectiveText, toEvaluationJson } from "@/lib/domain/parser/draft";
import type { DirectiveDraft } from "@/lib/domain/parser/types";

function draft(text: string): DirectiveDraft {
  const r = parseDirectiveText(text);
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r.draft;
}
const rows = (d: DirectiveDraft) => toEvaluationJson(d).assignments.map((a) => [a.unit, a.role, a.deadline]);
const HEAD = "BỘ XÂY DỰNG\nSố: 118/QĐ-BXD\nHà Nội, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2025\n\n";

describe("tables", () => {
  it.each([
    ["tabs", "\t"],
    ["bars", " | "],
  ])("reads a header row and one task per row, cut by %s", (_name, sep) => {
    const table = [
      ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú"],
      ["1", "Rà soát thủ tục hành chính", "Văn phòng Bộ", "Vụ Pháp chế; Thanh tra Bộ", "Quý II/2025", ""],
      ["2", "Số hóa hồ sơ", "Trung tâm Thông tin", "Các cục, vụ thuộc Bộ", "Tháng 9/2025"],
    ].map((r) => r.join(sep));
    expect(rows(draft(`${HEAD}PHỤ LỤC\n${table.join("\n")}\nMột dòng sau bảng.`))).toEqual([
      ["Văn phòng Bộ", "lead", "Quý II/2025"],
      ["Vụ Pháp chế", "coordinate", "Quý II/2025"],
      ["Thanh tra Bộ", "coordinate", "Quý II/2025"],
      ["Trung tâm Thông tin", "lead", "Tháng 9/2025"],
      ["Các cục, vụ thuộc Bộ", "coordinate", "Tháng 9/2025"],
    ]);
  });

  it("takes a cell the unit grammar cannot read to its end as one name per ';'", () => {
    const text = `${HEAD}STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tHướng dẫn quy hoạch\tSở Xây dựng các tỉnh, thành phố trực thuộc Trung ương\tNăm 2025`;
    expect(rows(draft(text))).toEqual([["Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương", "lead", "Năm 2025"]]);
  });

  it("a line of a news page with a bar is no table", () => {
    const d = draft("Bộ Xây dựng ban hành kế hoạch\n\n10:15 | 12/03/2025 | Xây dựng\n\nNgày 10/3/2025, Bộ Xây dựng ban hành Kế hoạch số 15/KH-BXD. Giao Văn phòng Bộ chủ trì tổng hợp kết quả thực hiện.");
    expect(rows(d)).toEqual([["Văn phòng Bộ", "lead", null]]);
  });
});

describe("the letter's frame", () => {
  it("the 'Kính gửi' list heads no tasks, and an ordered 'ban hành' is a task, not the issuing", () => {
    const d = draft(
      "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 210/UBND-NC\nHà Tĩnh, ngày 02 tháng 4 năm 2025\n\nKính gửi:\n- Sở Tư pháp;\n- Công an tỉnh.\n\nỦy ban nhân dân tỉnh có ý kiến như sau:\n1. Giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tham mưu UBND tỉnh ban hành quy chế phối hợp, hoàn thành trước ngày 30/5/2025.",
    );
    expect(d.symbol?.value).toBe("210/UBND-NC");
    expect(d.type?.value).toBe("CONG_VAN");
    expect(rows(d)).toEqual([
      ["Sở Tư pháp", "lead", "hoàn thành trước ngày 30/5/2025"],
      ["Công an tỉnh", "coordinate", "hoàn thành trước ngày 30/5/2025"],
    ]);
  });

  it("stops at 'Nơi nhận:': recipients and signature are not the body", () => {
    const d = draft("SỞ Y TẾ\nSố: 77/SYT-VP\nNgày 03 tháng 3 năm 2025\n\nĐề nghị các đơn vị trực thuộc thực hiện các nội dung sau:\n- Rà soát trang thiết bị trước ngày 15/3/2025.\nNơi nhận:\n- Giám đốc, các Phó Giám đốc Sở;\n- Lưu: VT.");
    expect(rows(d)).toEqual([["các đơn vị trực thuộc", "assignee", "trước ngày 15/3/2025"]]);
  });

  it.each([
    ["UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ", "Sở Nội vụ tỉnh Lâm Đồng"],
    ["THÀNH ỦY HUẾ\nBAN DÂN VẬN", "Ban Dân vận Thành ủy Huế"],
    ["ĐẢNG BỘ TỈNH NAM ĐỊNH\nHUYỆN ỦY HẢI HẬU", "Huyện ủy Hải Hậu"],
    ["ĐẢNG BỘ TỈNH NAM ĐỊNH\nTỈNH ỦY", "Tỉnh ủy Nam Định"],
    ["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG", "Ủy ban nhân dân thành phố Đà Nẵng"],
    ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\nĐẢNG ỦY BỘ TÀI CHÍNH", "Đảng ủy Bộ Tài chính"],
    ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bộ Tài nguyên và Môi trường"],
    ["UBND TỈNH AN GIANG\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội tỉnh An Giang"],
    ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\nBAN CÁN SỰ ĐẢNG BỘ NỘI VỤ", "Ban Cán sự đảng Bộ Nội vụ"],
  ])("reads the issuer of %j as %j", (lines, issuer) => {
    expect(draft(`${lines}\nSố: 12/KH-X\nNgày 02 tháng 4 năm 2025\n\nKẾ HOẠCH\nVề công tác năm 2025`).issuer?.value).toBe(issuer);
  });
});

describe("running text", () => {
  it("an aside in parentheses does not end a list of units", () => {
    const d = draft("Ngày 5/3/2025, Tỉnh ủy Lạng Sơn ban hành Chỉ thị số 09-CT/TU. Ban Nội chính Tỉnh ủy chủ trì, phối hợp với Công an tỉnh (cơ quan thường trực) và Thanh tra tỉnh kiểm tra việc thực hiện.");
    expect(rows(d)).toEqual([
      ["Ban Nội chính Tỉnh ủy", "lead", null],
      ["Công an tỉnh", "coordinate", null],
      ["Thanh tra tỉnh", "coordinate", null],
    ]);
  });

  it("'Trưởng các …' and 'X là cơ quan thường trực, chủ trì' name units; 'Theo Quyết định,' opens the clause; places inside a group", () => {
    const d = draft(
      "Ngày 5/3/2025, UBND tỉnh Lâm Đồng ban hành Quyết định số 388/QĐ-UBND. Theo Quyết định, Sở Nội vụ là cơ quan thường trực, chủ trì, phối hợp với Trường Chính trị tỉnh tổ chức bồi dưỡng cán bộ.\nUBND các huyện, thành phố Đà Lạt và Bảo Lộc cử cán bộ tham gia đầy đủ.\nĐề nghị Trưởng các phòng, ban triển khai thực hiện nghiêm túc.\nTiểu ban Văn kiện hoàn thiện dự thảo báo cáo trước ngày 20/3/2025.",
    );
    expect(rows(d)).toEqual([
      ["Sở Nội vụ", "lead", null],
      ["Trường Chính trị tỉnh", "coordinate", null],
      ["UBND các huyện, thành phố Đà Lạt và Bảo Lộc", "assignee", null],
      ["các phòng, ban", "assignee", null],
      ["Tiểu ban Văn kiện", "assignee", "trước ngày 20/3/2025"],
    ]);
  });

  it("the sentence after the issuing may open the next paragraph; a document joined by 'và' is implemented too", () => {
    const d = draft(
      "Ngày 5/3/2025, Tỉnh ủy Lạng Sơn ban hành Chỉ thị số 09-CT/TU về phòng, chống tham nhũng.\n\nChỉ thị nhằm triển khai Quy định số 131-QĐ/TW ngày 27/10/2023 của Bộ Chính trị về kiểm soát quyền lực và Kết luận số 12-KL/TW của Ban Chấp hành Trung ương; căn cứ Nghị quyết số 04-NQ/TW.",
    );
    expect(d.implements.map((l) => l.symbol)).toEqual(["131-QĐ/TW", "12-KL/TW"]);
    expect(d.references.map((l) => l.symbol)).toEqual(["04-NQ/TW"]);
  });
});

describe("a task's title", () => {
  it("leaves out a deadline clause that closes it — the deadline has its own field — and keeps one that says more", () => {
    const d = draft(
      `${HEAD}Giao Văn phòng Bộ chủ trì tổng hợp báo cáo kiểm thử, hoàn thành trước ngày 31/12/2025.\n` +
        `Giao Thanh tra Bộ chủ trì rà soát hồ sơ, báo cáo Bộ trưởng trước ngày 30/6/2025.\n` +
        `Giao Vụ Pháp chế chủ trì sửa đổi quy chế trong quý III/2025.`,
    );
    expect(d.tasks.map((t) => [t.text, t.deadline?.dueOn])).toEqual([
      ["Tổng hợp báo cáo kiểm thử", "2025-12-31"],
      // "báo cáo Bộ trưởng" is more than a lead-in to the date: kept whole.
      ["Rà soát hồ sơ, báo cáo Bộ trưởng trước ngày 30/6/2025", "2025-06-30"],
      // No comma: the sentence is the task as written.
      ["Sửa đổi quy chế trong quý III/2025", "2025-09-30"],
    ]);
  });
});
