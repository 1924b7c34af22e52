// The demo organisation forest: the bodies the five source texts name, and enough of their
// surroundings for the groups they address ("các đơn vị thuộc, trực thuộc Bộ", "các đảng ủy, chi ủy
// trực thuộc") to be real sets of units.
//
// Modelling note. A forest cannot hold both the party line and the state line: a ministry's
// party bodies answer to the party above while its departments answer to the minister. So:
// - Ban Cán sự đảng Bộ Nội vụ is appointed by, and sits under, Trung ương Đảng; it directs the
//   ministry through scopeRoot = Bộ Nội vụ.
// - Đảng ủy Bộ Nội vụ sits inside the ministry (in reality its đảng bộ belonged to Đảng bộ Khối
//   các cơ quan Trung ương) so that the Ban Cán sự đảng may address it, as Công văn 12-CV/BCSĐ does.
// - Bộ Chính trị, Ban Bí thư and the central boards sign for Trung ương, and Thủ tướng for Chính phủ:
//   they are children of their root that direct the whole root (scopeRoot).
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { OrganizationSeed } from "./types";
import type { OrgEntry } from "@/lib/domain/parser/org-match";

const org = (
  code: string,
  name: string,
  abbreviation: string | null,
  kind: OrganizationKind,
  parent: string | null,
  scopeRoot?: string,
): OrganizationSeed => ({ code, name, abbreviation, kind, parent, ...(scopeRoot ? { scopeRoot } : {}) });

/** Parents always come before their children; scopeRoot may point forward (it is set after all inserts). */
export const ORGANIZATIONS: readonly OrganizationSeed[] = [
  // ── Trung ương Đảng ──
  org("TW", "Trung ương Đảng", "TW", "CENTRAL", null),
  org("TW-BCT", "Bộ Chính trị", "TW", "LEADING_BODY", "TW", "TW"),
  org("TW-BBT", "Ban Bí thư", "TW", "LEADING_BODY", "TW", "TW"),
  org("TW-BTC", "Ban Tổ chức Trung ương", "BTCTW", "ADVISORY_BOARD", "TW", "TW"),
  org("TW-BTG", "Ban Tuyên giáo Trung ương", "BTGTW", "ADVISORY_BOARD", "TW", "TW"),
  // The inspection commission and the central office guide the whole party too (e.g. Hướng dẫn
  // 36-HD/VPTW on document format), hence the same scope as the central boards.
  org("TW-UBKT", "Ủy ban Kiểm tra Trung ương", "UBKTTW", "ADVISORY_BOARD", "TW", "TW"),
  org("TW-VP", "Văn phòng Trung ương Đảng", "VPTW", "ADVISORY_BOARD", "TW", "TW"),
  org("BCSD-BNV", "Ban Cán sự đảng Bộ Nội vụ", "BCSĐ", "COMMITTEE", "TW", "BNV"),

  org("DUK", "Đảng ủy Khối các cơ quan Trung ương", "ĐUK", "COMMITTEE", "TW"),
  org("DUK-BTG", "Ban Tuyên giáo Đảng ủy Khối", "BTGĐUK", "ADVISORY_BOARD", "DUK", "DUK"),

  org("DU-VPCP", "Đảng ủy Văn phòng Chính phủ", "ĐU", "COMMITTEE", "DUK"),
  org("DU-VPCP-CTTDT", "Đảng ủy Cổng Thông tin điện tử Chính phủ", "ĐU", "COMMITTEE", "DU-VPCP"),
  org("DU-VPCP-CTTDT-TS", "Chi bộ Ban Thời sự", "CB", "CELL", "DU-VPCP-CTTDT"),
  org("DU-VPCP-CTTDT-CS", "Chi bộ Ban Chính sách", "CB", "CELL", "DU-VPCP-CTTDT"),
  org("DU-VPCP-CTTDT-VP", "Chi bộ Văn phòng Cổng Thông tin điện tử Chính phủ", "CB", "CELL", "DU-VPCP-CTTDT"),
  org("DU-VPCP-VTH", "Chi bộ Vụ Tổng hợp", "CB", "CELL", "DU-VPCP"),
  org("DU-VPCP-VPL", "Chi bộ Vụ Pháp luật", "CB", "CELL", "DU-VPCP"),
  org("DU-VPCP-CQTTV", "Đảng bộ Cục Quản trị - Tài vụ", "ĐU", "COMMITTEE", "DU-VPCP"),
  org("DU-VPCP-TCCB", "Chi bộ Vụ Tổ chức cán bộ", "CB", "CELL", "DU-VPCP"),
  org("DU-VPCP-KTTH", "Chi bộ Vụ Kinh tế tổng hợp", "CB", "CELL", "DU-VPCP"),
  org("DU-VPCP-TKBT", "Chi bộ Vụ Thư ký - Biên tập", "CB", "CELL", "DU-VPCP"),
  org("DU-VPCP-QHQT", "Chi bộ Vụ Quan hệ quốc tế", "CB", "CELL", "DU-VPCP"),
  org("DU-VPCP-KSTT", "Chi bộ Cục Kiểm soát thủ tục hành chính", "CB", "CELL", "DU-VPCP"),

  org("DU-BTP", "Đảng ủy Bộ Tư pháp", "ĐU", "COMMITTEE", "DUK"),
  org("DU-BNG", "Đảng ủy Bộ Ngoại giao", "ĐU", "COMMITTEE", "DUK"),
  org("DU-BGDDT", "Đảng ủy Bộ Giáo dục và Đào tạo", "ĐU", "COMMITTEE", "DUK"),
  org("DU-BYT", "Đảng ủy Bộ Y tế", "ĐU", "COMMITTEE", "DUK"),
  org("DU-TTXVN", "Đảng ủy Thông tấn xã Việt Nam", "ĐU", "COMMITTEE", "DUK"),

  // ── Chính phủ ──
  org("CP", "Chính phủ", "CP", "CENTRAL", null),
  org("CP-TTG", "Thủ tướng Chính phủ", "TTg", "LEADING_BODY", "CP", "CP"),
  org("VPCP", "Văn phòng Chính phủ", "VPCP", "MINISTRY", "CP"),
  org("BNV", "Bộ Nội vụ", "BNV", "MINISTRY", "CP"),
  // Abbreviations of the departments are the drafting-unit codes of the ministry's letters (BNV-VP).
  org("BNV-VPB", "Văn phòng Bộ", "VP", "UNIT", "BNV"),
  org("BNV-TTTT", "Trung tâm Thông tin", "TTTT", "UNIT", "BNV"),
  org("BNV-TCNN", "Tạp chí Tổ chức nhà nước", "TCNN", "UNIT", "BNV"),
  org("BNV-VPBCSD", "Văn phòng Ban Cán sự đảng", "VPBCSĐ", "ADVISORY_BOARD", "BNV"),
  org("BNV-HVHC", "Học viện Hành chính Quốc gia", "HVHCQG", "UNIT", "BNV"),
  org("BNV-DHNV", "Trường Đại học Nội vụ Hà Nội", "ĐHNV", "UNIT", "BNV"),
  org("BNV-BTGCP", "Ban Tôn giáo Chính phủ", "BTGCP", "UNIT", "BNV"),
  org("BNV-BTDKT", "Ban Thi đua - Khen thưởng Trung ương", "TĐKT", "UNIT", "BNV"),
  org("BNV-TCCB", "Vụ Tổ chức cán bộ", "TCCB", "UNIT", "BNV"),
  org("BNV-PC", "Vụ Pháp chế", "PC", "UNIT", "BNV"),
  org("BNV-CCVC", "Vụ Công chức - Viên chức", "CCVC", "UNIT", "BNV"),
  org("BNV-TCBC", "Vụ Tổ chức - Biên chế", "TCBC", "UNIT", "BNV"),
  org("BNV-CQDP", "Vụ Chính quyền địa phương", "CQĐP", "UNIT", "BNV"),
  org("BNV-TTR", "Thanh tra Bộ", "TTr", "UNIT", "BNV"),
  org("BNV-VTLT", "Cục Văn thư và Lưu trữ nhà nước", "VTLTNN", "UNIT", "BNV"),

  org("BNV-DU", "Đảng ủy Bộ Nội vụ", "ĐU", "COMMITTEE", "BNV"),
  org("BNV-DU-VP", "Văn phòng Đảng ủy Bộ", "VPĐU", "ADVISORY_BOARD", "BNV-DU", "BNV-DU"),
  org("BNV-DU-CBVPB", "Chi bộ Văn phòng Bộ", "CB", "CELL", "BNV-DU"),
  org("BNV-DU-CBTCCB", "Chi bộ Vụ Tổ chức cán bộ", "CB", "CELL", "BNV-DU"),
  org("BNV-DU-CBPC", "Chi bộ Vụ Pháp chế", "CB", "CELL", "BNV-DU"),
  org("BNV-DU-CBTTTT", "Chi bộ Trung tâm Thông tin", "CB", "CELL", "BNV-DU"),
  org("BNV-DU-CBTCNN", "Chi bộ Tạp chí Tổ chức nhà nước", "CB", "CELL", "BNV-DU"),

  org("BNV-CD", "Công đoàn Bộ Nội vụ", null, "MASS_ORGANIZATION", "BNV"),
  org("BNV-DTN", "Đoàn Thanh niên Bộ Nội vụ", null, "MASS_ORGANIZATION", "BNV"),
];

const BY_CODE = new Map(ORGANIZATIONS.map((o) => [o.code, o]));

export function organizationByCode(code: string): OrganizationSeed {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`Unknown organisation code in demo data: ${code}`);
  return found;
}

/** Direct children of `parent`, in forest order, optionally only of some kinds. */
export function childrenOf(parent: string, kinds?: readonly OrganizationKind[]): string[] {
  return ORGANIZATIONS.filter((o) => o.parent === parent && (!kinds || kinds.includes(o.kind))).map((o) => o.code);
}

/**
 * "Các cơ quan, đơn vị thuộc, trực thuộc Bộ": the ministry's departments and agencies. Its party
 * committee and mass organisations are not among them; the texts name those separately.
 */
export const BNV_UNITS: readonly string[] = childrenOf("BNV", ["UNIT", "ADVISORY_BOARD"]);

/** "Các đoàn thể chính trị" of the ministry (Công văn 2761/BNV-TC names them with the units). */
export const BNV_MASS_ORGANIZATIONS: readonly string[] = childrenOf("BNV", ["MASS_ORGANIZATION"]);

/** "Các đảng ủy trực thuộc" Đảng ủy Khối (its own advisory board excluded). */
export const DUK_COMMITTEES: readonly string[] = childrenOf("DUK", ["COMMITTEE"]);

/** "Các đảng ủy, chi ủy trực thuộc" Đảng ủy Văn phòng Chính phủ: every direct child. */
export const DU_VPCP_CHILDREN: readonly string[] = childrenOf("DU-VPCP");

/** The chi bộ of Đảng ủy Bộ Nội vụ. */
export const BNV_DU_CELLS: readonly string[] = childrenOf("BNV-DU", ["CELL"]);

/** The forest as the plain list the text parser matches unit names against, without a database (npm run parse). */
export function organizationEntries(): OrgEntry[] {
  return ORGANIZATIONS.map((o) => ({
    code: o.code,
    name: o.name,
    abbreviation: o.abbreviation,
    parentName: o.parent ? organizationByCode(o.parent).name : null,
  }));
}
