// The parser end to end on short texts of each style, with the words each field came from.
import { describe, expect, it } from "vitest";
import { parseDirectiveText, toEvaluationJson } from "@/lib/domain/parser/draft";
import type { DirectiveDraft } from "@/lib/domain/parser/types";

function draft(text: string): DirectiveDraft {
  const r = parseDirectiveText(text);
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r.draft;
}

describe("the document's own fields", () => {
  it("reads a news item's issuing sentence, with the words each field came from", () => {
    const text = "Ngày 12/3, Ban Cán sự đảng Bộ Nội vụ ban hành Công văn số 12-CV/BCSĐ về việc tổ chức thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị.\n\n11:30 17/03/2021";
    const d = draft(`Bộ Nội vụ tổ chức thực hiện Chỉ thị số 01-CT/TW\n\n11:30 17/03/2021 | Lượt xem : 2564\n\n${text}`);
    expect(d.symbol?.value).toBe("12-CV/BCSĐ");
    expect(d.type?.value).toBe("CONG_VAN");
    expect(d.issuer?.value).toBe("Ban Cán sự đảng Bộ Nội vụ");
    expect(d.issuedOn?.value).toBe("2021-03-12");
    expect(d.implements.map((l) => l.symbol)).toEqual(["01-CT/TW"]);
    expect(d.references).toEqual([]);
    for (const field of [d.symbol!, d.type!, d.issuer!, d.issuedOn!, ...d.implements]) {
      expect(d.text.slice(field.span.start, field.span.end)).toBe(field.span.text);
    }
    expect(d.issuedOn?.span.text).toBe("12/3");
    expect(d.type?.span.text).toBe("Công văn");
  });

  it("reads a formal header: issuer lines, number, place and date, type and title", () => {
    const d = draft(
      "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 45/KH-UBND\n\nNghệ An, ngày 10 tháng 2 năm 2024\n\nKẾ HOẠCH\nTriển khai công tác phòng, chống thiên tai năm 2024\n\n1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công an tỉnh tổ chức diễn tập trong quý II/2024.",
    );
    expect(d.symbol?.value).toBe("45/KH-UBND");
    expect(d.type?.value).toBe("KE_HOACH");
    expect(d.issuer?.value).toBe("Ủy ban nhân dân tỉnh Nghệ An");
    expect(d.issuedOn?.value).toBe("2024-02-10");
    expect(d.title?.value).toBe("Triển khai công tác phòng, chống thiên tai năm 2024");
    expect(toEvaluationJson(d).assignments).toEqual([
      { unit: "Sở Nông nghiệp và Phát triển nông thôn", role: "lead", task: "Tổ chức diễn tập trong quý II/2024", deadline: "trong quý II/2024" },
      { unit: "Công an tỉnh", role: "coordinate", task: "Tổ chức diễn tập trong quý II/2024", deadline: "trong quý II/2024" },
    ]);
  });

  it("reads symbols written with stray spaces and a document with no symbol", () => {
    expect(draft("Ngày 10/4/2024, Tỉnh ủy Bắc Giang ban hành Chỉ thị số 04 -CT/TU về công tác dân vận.").symbol?.value).toBe("04-CT/TU");
    expect(draft("Ngày 12/01/2024, Sở Nội vụ ban hành Kế hoạch số 08 /KH - SNV về cải cách hành chính.").symbol?.value).toBe("08/KH-SNV");
    const none = draft("15/09/2023 16:22\n\nĐảng ủy Văn phòng Chính phủ vừa ban hành Kế hoạch đẩy mạnh tuyên truyền về công tác xây dựng Đảng.");
    expect(none.symbol).toBeNull();
    expect(none.type?.value).toBe("KE_HOACH");
    expect(none.issuedOn?.value).toBe("2023-09-15");
    expect(none.title?.value).toBe("Đẩy mạnh tuyên truyền về công tác xây dựng Đảng");
  });
});

describe("implements and references", () => {
  it("implements what the issuing names with an implementing verb; cites the rest once each", () => {
    const d = draft(
      "Để thực hiện Kế hoạch số 04-KH/BTCTW ngày 22/3/2021 của Ban Tổ chức Trung ương, ngày 29/3/2021, Ban Cán sự đảng Bộ Nội vụ ban hành Công văn số 26-CV/BCSĐ. Gắn việc thực hiện Kế hoạch số 04-KH/BTCTW với Kế hoạch số 14-KH/BCSĐ, Chỉ thị 05-CT/TW và Chỉ thị số 05-CT/TW.",
    );
    expect(d.implements.map((l) => [l.symbol, l.type])).toEqual([["04-KH/BTCTW", "KE_HOACH"]]);
    expect(d.references.map((l) => [l.symbol, l.type])).toEqual([
      ["14-KH/BCSĐ", "KE_HOACH"],
      ["05-CT/TW", "CHI_THI"],
    ]);
  });

  it("does not take a 'Căn cứ' or 'gắn với' document for the parent", () => {
    const d = draft("Căn cứ Nghị định số 30/2020/NĐ-CP, ngày 05/7/2024, Bộ Y tế ban hành Công văn số 4567/BYT-KHTC gắn với việc thực hiện Chỉ thị số 05-CT/TW.");
    expect(d.implements).toEqual([]);
    expect(d.references.map((l) => l.symbol)).toEqual(["30/2020/NĐ-CP", "05-CT/TW"]);
  });
});

describe("tasks, units and deadlines", () => {
  const body = (s: string) => toEvaluationJson(draft(`Ngày 02/02/2024, Huyện ủy Gia Lâm ban hành Kế hoạch số 87-KH/HU.\n${s}`)).assignments.map((a) => [a.unit, a.role, a.deadline]);

  it("'giao … chủ trì, phối hợp với …' with the deadline in the next sentence", () => {
    expect(body("Giao Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tuyên giáo Huyện ủy tổ chức hội nghị. Thời gian hoàn thành trong Quí II/2024.")).toEqual([
      ["Văn phòng Huyện ủy", "lead", "trong Quí II/2024"],
      ["Ban Tuyên giáo Huyện ủy", "coordinate", "trong Quí II/2024"],
    ]);
  });

  it("'Cơ quan chủ trì: …' labels complete the task above them", () => {
    expect(body("1. Tổ chức tập huấn nghiệp vụ.\n- Cơ quan chủ trì: Ban Tổ chức Huyện ủy.\n- Cơ quan phối hợp: Ủy ban Kiểm tra Huyện ủy, Văn phòng Huyện ủy.\n- Thời gian hoàn thành: trước ngày 30/6/2024.")).toEqual([
      ["Ban Tổ chức Huyện ủy", "lead", "trước ngày 30/6/2024"],
      ["Ủy ban Kiểm tra Huyện ủy", "coordinate", "trước ngày 30/6/2024"],
      ["Văn phòng Huyện ủy", "coordinate", "trước ngày 30/6/2024"],
    ]);
  });

  it("'đề nghị các đơn vị …:' gives the items below to those units", () => {
    expect(body("Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở thực hiện các nội dung sau:\n- Tổ chức quán triệt kế hoạch trong tháng 3/2024;\n- Báo cáo kết quả thường xuyên.")).toEqual([
      ["các chi bộ, đảng bộ cơ sở", "assignee", "trong tháng 3/2024"],
      ["các chi bộ, đảng bộ cơ sở", "assignee", "thường xuyên"],
    ]);
  });

  it("a heading per unit gives the items under it to that unit; 'Chủ trì' and 'Phối hợp với' set roles", () => {
    expect(body("Ban Tuyên giáo Huyện ủy\n- Chủ trì, phối hợp với Trung tâm Chính trị huyện biên soạn tài liệu.\n- Phối hợp với Văn phòng Huyện ủy tổng hợp báo cáo.\nỦy ban nhân dân huyện\n- Bố trí kinh phí trong năm 2024.")).toEqual([
      ["Ban Tuyên giáo Huyện ủy", "lead", null],
      ["Trung tâm Chính trị huyện", "coordinate", null],
      ["Văn phòng Huyện ủy", "lead", null],
      ["Ban Tuyên giáo Huyện ủy", "coordinate", null],
      ["Ủy ban nhân dân huyện", "assignee", "trong năm 2024"],
    ]);
  });

  it("ignores the issuer speaking of itself, reports of the past, 'do X chủ trì' and the addressee list", () => {
    expect(
      body(
        "Huyện ủy yêu cầu:\nNăm 2023, Ban Dân vận Huyện ủy đã tham mưu tổ chức nhiều hội nghị.\nHội nghị do Ban Tuyên giáo Huyện ủy chủ trì trong tháng 1/2024.\nNơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Huyện ủy.",
      ),
    ).toEqual([]);
  });

  it("a deadline inside a cited document's description is not the task's", () => {
    expect(body("Các chi bộ trực thuộc thực hiện Kế hoạch số 14-KH/HU ngày 18/01/2024 của Huyện ủy về kỷ niệm các ngày lễ lớn trong năm 2024.")).toEqual([
      ["Các chi bộ trực thuộc", "assignee", null],
    ]);
  });

  it("resolves deadlines against the issue date", () => {
    const d = draft("Ngày 02/02/2024, Huyện ủy Gia Lâm ban hành Kế hoạch số 87-KH/HU.\nHuyện đoàn tổ chức ra quân trước ngày 15/3.");
    expect(d.tasks[0].deadline).toMatchObject({ text: "trước ngày 15/3", kind: "DATE", dueOn: "2024-03-15" });
    expect(d.text.slice(d.tasks[0].deadline!.span.start, d.tasks[0].deadline!.span.end)).toBe("trước ngày 15/3");
  });
});
