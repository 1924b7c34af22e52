// Pasted text → a draft for the form, on the demo data: units matched to the office's own scope,
// cited symbols to the register it can open, unknown ones flagged, and nothing written.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { draftFromText, type TextDraft } from "@/lib/server/directive-draft";
import { sessionUserFrom, type SessionUser } from "@/lib/server/session-user";
import { findActiveAccount } from "@/lib/server/users";
import { messages } from "@/lib/i18n/messages";
import { loadDemoData } from "@/prisma/seed/load";
import { useTestDatabase } from "./helpers/database";

const t = useTestDatabase({ today: "2026-11-22" });
const people: Record<string, SessionUser> = {};

async function person(username: string): Promise<SessionUser> {
  const row = await t.prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  return sessionUserFrom((await findActiveAccount(row.id))!);
}

async function draft(username: string, file: string): Promise<TextDraft> {
  const r = await draftFromText(people[username], readFileSync(`tests/fixtures/parser/${file}`, "utf8"));
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

async function codes(ids: number[]): Promise<string[]> {
  const rows = await t.prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true, code: true } });
  return ids.map((id) => rows.find((r) => r.id === id)!.code);
}

beforeAll(async () => {
  await loadDemoData(t.prisma, { today: "2026-11-22", hashPassword: async () => "x" });
  for (const u of ["vanphong.bcsd", "vanphong.duvpcp", "vanphong.bnv", "truong.vpb"]) people[u] = await person(u);
});

describe("draftFromText on the demo data", () => {
  it("fills 12-CV/BCSĐ for the Ban Cán sự đảng's office: symbol, parent in the register, units of the ministry", async () => {
    const before = await t.prisma.directive.count();
    const d = await draft("vanphong.bcsd", "seed-004.txt");
    expect(d.input).toMatchObject({ type: "CONG_VAN", symbolMode: "MANUAL", symbol: "12-CV/BCSĐ", issuedOn: "2021-03-12" });
    const parent = await t.prisma.directive.findFirstOrThrow({ where: { symbol: "01-CT/TW" }, select: { id: true } });
    expect(d.input.parentId).toBe(parent.id);
    expect(d.labels.parent?.label).toBe("Chỉ thị số 01-CT/TW");
    expect(d.sources.symbol).toBe("12-CV/BCSĐ");
    expect(d.sources.issuedOn).toBe("12/3");

    // "giao Văn phòng Bộ chủ trì, phối hợp với Trung tâm Thông tin, Văn phòng Ban Cán sự đảng, Văn phòng Đảng ủy Bộ … trong tháng 3/2021"
    const conference = d.input.tasks.find((x) => x.title.startsWith("Tổ chức Hội nghị tại Bộ"))!;
    expect(conference.deadlineText).toBe("trong tháng 3/2021");
    expect(await codes(conference.assignees.filter((a) => a.role === "LEAD").map((a) => a.organizationId))).toEqual(["BNV-VPB"]);
    expect(await codes(conference.assignees.filter((a) => a.role === "COORDINATE").map((a) => a.organizationId))).toEqual(["BNV-TTTT", "BNV-VPBCSD", "BNV-DU-VP"]);
    // "Đảng ủy Bộ" is the ministry's party committee; a group goes to every unit directly under the ministry.
    const committee = d.input.tasks[0];
    expect(await codes(committee.assignees.map((a) => a.organizationId))).toEqual(["BNV-DU"]);
    const group = d.input.tasks[1];
    expect(group.assignees).toEqual([expect.objectContaining({ selector: "CHILDREN", role: "LEAD" })]);
    expect(await codes(group.assignees.map((a) => a.organizationId))).toEqual(["BNV"]);
    expect(d.labels.units[committee.assignees[0].organizationId].name).toBe("Đảng ủy Bộ Nội vụ");
    // Nothing was written.
    expect(await t.prisma.directive.count()).toBe(before);
  });

  it("flags units outside the office's list and directives missing from the register", async () => {
    const d = await draft("vanphong.duvpcp", "seed-002.txt");
    expect(d.input).toMatchObject({ type: "KE_HOACH", symbol: "", issuedOn: "2023-09-15" });
    expect(d.notes).not.toContain(expect.stringContaining("Đảng ủy Cổng Thông tin điện tử Chính phủ"));
    const other = await draft("vanphong.duvpcp", "own-02-ubnd-cong-van.txt");
    expect(other.notes).toContain("«Sở Y tế»: không tìm thấy trong danh sách đơn vị");
    expect(other.notes).toContain("1305/CĐ-TTg: chưa có trong sổ — tạo mới");
    expect(other.missingDirectives).toEqual(["1305/CĐ-TTg"]);
    expect(other.input.parentId).toBeNull();
  });

  it("matches units only within the person's scope", async () => {
    // Bộ Nội vụ's office does not direct Đảng ủy Văn phòng Chính phủ's units.
    const d = await draft("vanphong.bnv", "seed-002.txt");
    expect(d.notes).toContain("«Đảng ủy Cổng Thông tin điện tử Chính phủ»: không tìm thấy trong danh sách đơn vị");
  });

  it("answers bad input with the parser's message, and refuses a person who may not create directives", async () => {
    const empty = await draftFromText(people["vanphong.bcsd"], "   ");
    expect(empty).toMatchObject({ ok: false, message: messages.parser.errors.EMPTY });
    const big = await draftFromText(people["vanphong.bcsd"], "x".repeat(1_000_001));
    expect(big).toMatchObject({ ok: false, message: messages.parser.errors.TOO_LARGE });
    const leader = await person("lanhdao.bnv");
    await expect(draftFromText(leader, "Kế hoạch số 12-KH/TU")).rejects.toThrow();
  });
});
