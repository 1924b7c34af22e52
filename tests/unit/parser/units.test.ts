// The unit-name grammar: single bodies, groups, lists, office holders, and where a name ends.
import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/domain/parser/tokens";
import { readUnitList } from "@/lib/domain/parser/units";

function read(text: string, relaxed = true) {
  const tokens = tokenize(text);
  const r = readUnitList(text, tokens, 0, { relaxed });
  return { names: r.units.map((u) => u.name), groups: r.units.map((u) => u.group), rest: text.slice(tokens[r.end]?.start ?? text.length) };
}

describe("readUnitList", () => {
  it.each([
    ["Tạp chí Tổ chức nhà nước chủ trì, phối hợp", ["Tạp chí Tổ chức nhà nước"], "chủ trì, phối hợp"],
    ["Trung tâm Thông tin, Văn phòng Ban Cán sự đảng, Văn phòng Đảng ủy Bộ tổ chức Hội nghị", ["Trung tâm Thông tin", "Văn phòng Ban Cán sự đảng", "Văn phòng Đảng ủy Bộ"], "tổ chức Hội nghị"],
    ["Ban Tôn giáo Chính phủ, Ban Thi đua - Khen thưởng Trung ương, Trường Đại học Nội vụ Hà Nội tích cực", ["Ban Tôn giáo Chính phủ", "Ban Thi đua - Khen thưởng Trung ương", "Trường Đại học Nội vụ Hà Nội"], "tích cực"],
    ["Sở Văn hóa, Thể thao và Du lịch, Sở Kế hoạch và Đầu tư triển khai", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư"], "triển khai"],
    ["Cục Công nghệ thông tin; cơ quan phối hợp", ["Cục Công nghệ thông tin"], "; cơ quan phối hợp"],
    ["Cục Nhà giáo và Cán bộ quản lý giáo dục chủ trì", ["Cục Nhà giáo và Cán bộ quản lý giáo dục"], "chủ trì"],
    ["Đảng ủy Khối các cơ quan Trung ương triển khai", ["Đảng ủy Khối các cơ quan Trung ương"], "triển khai"],
    ["Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Tỉnh đoàn thực hiện", ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn"], "thực hiện"],
  ])("reads the bodies of %j", (text, names, rest) => {
    const r = read(text);
    expect(r.names).toEqual(names);
    expect(r.groups.every((g) => !g)).toBe(true);
    expect(r.rest).toBe(rest);
  });

  it.each([
    ["các cơ quan, đơn vị thuộc, trực thuộc Bộ xây dựng", ["các cơ quan, đơn vị thuộc, trực thuộc Bộ"]],
    ["Các cơ quan báo chí, thông tin của Bộ và các cơ quan trực thuộc Bộ xây dựng", ["Các cơ quan báo chí, thông tin của Bộ", "các cơ quan trực thuộc Bộ"]],
    ["các đảng ủy, chi ủy trực thuộc xây dựng", ["các đảng ủy, chi ủy trực thuộc"]],
    ["các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố căn cứ", ["các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện, thành phố"]],
    ["các sở giáo dục và đào tạo chỉ đạo", ["các sở giáo dục và đào tạo"]],
  ])("reads groups in %j", (text, names) => {
    const r = read(text);
    expect(r.names).toEqual(names);
    expect(r.groups.every((g) => g)).toBe(true);
  });

  it("drops office holders and keeps the body", () => {
    expect(read("Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ phối hợp").names).toEqual(["các cơ quan, đơn vị thuộc, trực thuộc Bộ"]);
    expect(read("Ban Thường vụ Đảng ủy Bộ lãnh đạo").names).toEqual(["Đảng ủy Bộ"]);
    expect(read("người đứng đầu các đơn vị thuộc, trực thuộc Bộ phối hợp").names).toEqual(["các đơn vị thuộc, trực thuộc Bộ"]);
  });

  it("reads the body of the people named ('đội ngũ giảng viên của …')", () => {
    expect(read("lãnh đạo cơ quan báo chí của Bộ và đội ngũ giảng viên của Học viện Hành chính Quốc gia tích cực").names).toEqual([
      "cơ quan báo chí của Bộ",
      "Học viện Hành chính Quốc gia",
    ]);
  });

  it("refuses people, words that only look like units, and units relative to each addressee", () => {
    expect(read("Bộ trưởng hoặc Thủ trưởng cơ quan trực thuộc Bộ có hình thức").names).toEqual([]);
    expect(read("Các quan điểm, chủ trương").names).toEqual([]);
    expect(read("cấp ủy Đảng cùng cấp phổ biến").names).toEqual([]);
    expect(read("bổ sung kinh phí").names).toEqual([]);
  });
});
