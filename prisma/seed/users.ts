// Demo accounts: at least one per role, placed where the seeded directives give each of them
// something to do (enter and review, report, watch, administer). Names are invented.
import type { Role } from "@/lib/generated/prisma/enums";
import { organizationByCode } from "./organizations";
import type { UserSeed } from "./types";

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = "ChiDao@2026";

interface DemoUser extends UserSeed {
  /** What the account is for, shown by the start script and in the README. */
  purpose: string;
}

const DEMO_USERS: readonly DemoUser[] = [
  {
    username: "vanphong.bcsd",
    name: "Nguyễn Thị Thu Hà",
    role: "OFFICE_STAFF",
    organization: "BCSD-BNV",
    purpose: "Nhập, ban hành văn bản của Ban Cán sự đảng Bộ Nội vụ (12-CV/BCSĐ, 26-CV/BCSĐ…) và duyệt báo cáo của các đơn vị.",
  },
  {
    username: "vanphong.bnv",
    name: "Trần Văn Hùng",
    role: "OFFICE_STAFF",
    organization: "BNV",
    purpose: "Nhập, ban hành văn bản của Bộ Nội vụ (2761/BNV-TC…) và duyệt báo cáo của các đơn vị thuộc Bộ.",
  },
  {
    username: "vanphong.duvpcp",
    name: "Lê Thị Minh Phương",
    role: "OFFICE_STAFF",
    organization: "DU-VPCP",
    purpose: "Văn phòng Đảng ủy Văn phòng Chính phủ: kế hoạch của Đảng ủy và báo cáo của các đảng ủy, chi ủy trực thuộc.",
  },
  {
    username: "vanphong.duk",
    name: "Phạm Quốc Tuấn",
    role: "OFFICE_STAFF",
    organization: "DUK",
    purpose: "Văn phòng Đảng ủy Khối các cơ quan Trung ương: chỉ tiêu công tác tuyên giáo và báo cáo của các đảng ủy trực thuộc.",
  },
  {
    username: "truong.vpb",
    name: "Đỗ Văn Thắng",
    role: "UNIT_HEAD",
    organization: "BNV-VPB",
    purpose: "Chánh Văn phòng Bộ: chủ trì nhiều nhiệm vụ (Chương trình hành động, Hội nghị quán triệt), báo cáo tiến độ.",
  },
  {
    username: "truong.ttt",
    name: "Vũ Thị Lan Anh",
    role: "UNIT_HEAD",
    organization: "BNV-TTTT",
    purpose: "Giám đốc Trung tâm Thông tin: phối hợp, báo cáo các nhiệm vụ thông tin, tuyên truyền.",
  },
  {
    username: "truong.tcnn",
    name: "Hoàng Minh Đức",
    role: "UNIT_HEAD",
    organization: "BNV-TCNN",
    purpose: "Tổng Biên tập Tạp chí Tổ chức nhà nước: chủ trì Giải Búa liềm vàng, báo cáo kết quả.",
  },
  {
    username: "bithu.duct",
    name: "Ngô Thanh Sơn",
    role: "UNIT_HEAD",
    organization: "DU-VPCP-CTTDT",
    purpose: "Bí thư Đảng ủy Cổng Thông tin điện tử Chính phủ: báo cáo nhiệm vụ và ban hành kế hoạch cho các chi bộ.",
  },
  {
    username: "lanhdao.bnv",
    name: "Bùi Đức Thịnh",
    role: "LEADERSHIP",
    organization: "BNV",
    purpose: "Lãnh đạo Bộ Nội vụ: theo dõi bảng điều khiển, tỷ lệ đúng hạn của các đơn vị thuộc Bộ.",
  },
  {
    username: "lanhdao.duk",
    name: "Đặng Thị Hồng Nhung",
    role: "LEADERSHIP",
    organization: "DUK",
    purpose: "Lãnh đạo Đảng ủy Khối: theo dõi việc thực hiện của các đảng ủy trực thuộc và cấp dưới.",
  },
  {
    username: "kiemtra.tw",
    name: "Lý Thị Thanh Bình",
    role: "OVERSIGHT",
    organization: "TW-UBKT",
    purpose: "Ủy ban Kiểm tra Trung ương: xem toàn bộ văn bản, nhiệm vụ và số liệu trong phạm vi, kể cả văn bản mật (mỗi lần đọc văn bản mật được ghi nhật ký); không sửa gì.",
  },
  {
    username: "quantri",
    name: "Phan Anh Tú",
    role: "ADMIN",
    organization: "TW",
    purpose: "Quản trị hệ thống: quản lý cây tổ chức và tài khoản người dùng.",
  },
];

export const USERS: readonly UserSeed[] = DEMO_USERS.map(({ username, name, role, organization }) => ({ username, name, role, organization }));

export interface DemoAccount {
  username: string;
  role: Role;
  organization: string;
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = DEMO_USERS.map((u) => ({
  username: u.username,
  role: u.role,
  organization: organizationByCode(u.organization).name,
  description: u.purpose,
}));

/** The office that reviews reports on an issuer's directives, when the demo has one. */
export function reviewerFor(issuerCode: string): string | null {
  return DEMO_USERS.find((u) => u.role === "OFFICE_STAFF" && u.organization === issuerCode)?.username ?? null;
}

/** The head who writes a unit's reports, when the demo has one. */
export function authorFor(unitCode: string): string | null {
  return DEMO_USERS.find((u) => u.role === "UNIT_HEAD" && u.organization === unitCode)?.username ?? null;
}
