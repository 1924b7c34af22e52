// Word lists for the national-size dataset (`npm run seed:scale`): the 63 provinces and cities as of
// 2024, syllables for plausible place names below them, and the wording of directives, tasks and
// reports. Pure data; lib/cli/scale/generate.ts decides what goes where.
import type { DirectiveType } from "@/lib/generated/prisma/enums";

/** The 63 tỉnh, thành phố trực thuộc Trung ương (2024), in the order of the official code list. */
export const PROVINCES: readonly { name: string; city: boolean }[] = [
  { name: "Hà Nội", city: true },
  { name: "Hà Giang", city: false },
  { name: "Cao Bằng", city: false },
  { name: "Bắc Kạn", city: false },
  { name: "Tuyên Quang", city: false },
  { name: "Lào Cai", city: false },
  { name: "Điện Biên", city: false },
  { name: "Lai Châu", city: false },
  { name: "Sơn La", city: false },
  { name: "Yên Bái", city: false },
  { name: "Hòa Bình", city: false },
  { name: "Thái Nguyên", city: false },
  { name: "Lạng Sơn", city: false },
  { name: "Quảng Ninh", city: false },
  { name: "Bắc Giang", city: false },
  { name: "Phú Thọ", city: false },
  { name: "Vĩnh Phúc", city: false },
  { name: "Bắc Ninh", city: false },
  { name: "Hải Dương", city: false },
  { name: "Hải Phòng", city: true },
  { name: "Hưng Yên", city: false },
  { name: "Thái Bình", city: false },
  { name: "Hà Nam", city: false },
  { name: "Nam Định", city: false },
  { name: "Ninh Bình", city: false },
  { name: "Thanh Hóa", city: false },
  { name: "Nghệ An", city: false },
  { name: "Hà Tĩnh", city: false },
  { name: "Quảng Bình", city: false },
  { name: "Quảng Trị", city: false },
  { name: "Thừa Thiên Huế", city: false },
  { name: "Đà Nẵng", city: true },
  { name: "Quảng Nam", city: false },
  { name: "Quảng Ngãi", city: false },
  { name: "Bình Định", city: false },
  { name: "Phú Yên", city: false },
  { name: "Khánh Hòa", city: false },
  { name: "Ninh Thuận", city: false },
  { name: "Bình Thuận", city: false },
  { name: "Kon Tum", city: false },
  { name: "Gia Lai", city: false },
  { name: "Đắk Lắk", city: false },
  { name: "Đắk Nông", city: false },
  { name: "Lâm Đồng", city: false },
  { name: "Bình Phước", city: false },
  { name: "Tây Ninh", city: false },
  { name: "Bình Dương", city: false },
  { name: "Đồng Nai", city: false },
  { name: "Bà Rịa - Vũng Tàu", city: false },
  { name: "Thành phố Hồ Chí Minh", city: true },
  { name: "Long An", city: false },
  { name: "Tiền Giang", city: false },
  { name: "Bến Tre", city: false },
  { name: "Trà Vinh", city: false },
  { name: "Vĩnh Long", city: false },
  { name: "Đồng Tháp", city: false },
  { name: "An Giang", city: false },
  { name: "Kiên Giang", city: false },
  { name: "Cần Thơ", city: true },
  { name: "Hậu Giang", city: false },
  { name: "Sóc Trăng", city: false },
  { name: "Bạc Liêu", city: false },
  { name: "Cà Mau", city: false },
];

/** First and second syllables of place names below province level ("Yên Thành", "Tân Phú"). */
export const FIRST_SYLLABLES = [
  "An", "Bình", "Phú", "Tân", "Hòa", "Long", "Thạnh", "Vĩnh", "Phước", "Đông", "Tây", "Nam", "Bắc", "Xuân",
  "Hưng", "Thuận", "Quang", "Minh", "Hồng", "Thanh", "Đức", "Trung", "Kim", "Ngọc", "Yên", "Lạc", "Hải",
  "Sơn", "Thạch", "Cẩm", "Gia", "Mỹ", "Hiệp", "Hương", "Phong", "Tiên", "Hoàng", "Thái", "Quảng", "Cao",
  "Đại", "Lương", "Định", "Nghĩa", "Thịnh", "Châu", "Lộc", "Tường", "Văn", "Khánh", "Diễn", "Tam", "Hợp",
] as const;

export const SECOND_SYLLABLES = [
  "An", "Bình", "Phú", "Hòa", "Lợi", "Thành", "Hưng", "Thịnh", "Lộc", "Phước", "Tiến", "Lâm", "Sơn", "Hải",
  "Giang", "Xuân", "Điền", "Trạch", "Khánh", "Mỹ", "Đông", "Tây", "Trung", "Nguyên", "Long", "Hiệp", "Quý",
  "Tân", "Đức", "Vinh", "Hà", "Lạc", "Thuận", "Yên", "Cường", "Phong", "Minh", "Quang", "Hồng", "Tường",
  "Thủy", "Châu", "Định", "Hội", "Đồng", "Kiều", "Liên", "Ninh",
] as const;

/** What directives and tasks are about. */
export const TOPICS = [
  "công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
  "công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
  "bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
  "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  "công tác cán bộ và quy hoạch cán bộ",
  "công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
  "công tác dân vận trong tình hình mới",
  "chuyển đổi số trong các cơ quan đảng",
  "cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
  "xây dựng nông thôn mới gắn với đô thị văn minh",
  "công tác phát triển đảng viên",
  "nâng cao chất lượng sinh hoạt chi bộ",
  "công tác bảo vệ chính trị nội bộ",
  "công tác tuyên truyền, giáo dục truyền thống cách mạng",
  "phòng, chống thiên tai, ứng phó với biến đổi khí hậu",
  "bảo đảm an ninh, trật tự, an toàn xã hội",
  "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
  "công tác thi đua, khen thưởng",
  "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
  "công tác văn thư, lưu trữ của Đảng",
  "giảm nghèo bền vững",
  "phát triển kinh tế tập thể, hợp tác xã",
  "công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân",
  "thực hiện dân chủ ở cơ sở",
  "công tác đối ngoại nhân dân",
  "xây dựng và phát triển văn hóa, con người Việt Nam",
  "công tác thông tin đối ngoại",
  "công tác giáo dục quốc phòng và an ninh",
  "phát triển khoa học, công nghệ, đổi mới sáng tạo",
  "công tác bảo vệ môi trường",
] as const;

/** The title (trích yếu) of a directive that is not an implementing plan. */
export function directiveTitle(type: DirectiveType, topic: string, year: number, central: boolean): string {
  switch (type) {
    case "CHI_THI":
      return `Về tăng cường sự lãnh đạo của Đảng đối với ${topic}`;
    case "NGHI_QUYET":
      return `Về ${topic} đến năm 2030, tầm nhìn đến năm 2045`;
    case "KET_LUAN":
      return `Về tiếp tục đẩy mạnh ${topic}`;
    case "QUY_DINH":
      return `Về trách nhiệm của tổ chức đảng, đảng viên trong ${topic}`;
    case "HUONG_DAN":
      return `Một số nội dung về ${topic}`;
    case "THONG_BAO":
      return central ? `Kết luận của Ban Bí thư về ${topic}` : `Kết luận của Ban Thường vụ về ${topic}`;
    case "CONG_VAN":
      return `Về việc báo cáo kết quả ${topic} năm ${year}`;
    case "CHUONG_TRINH":
      return `Chương trình công tác về ${topic} năm ${year}`;
    default:
      return `Triển khai ${topic} năm ${year}`;
  }
}

/** Who signs for the centre, as an implementing plan names it ("… của Bộ Chính trị"). */
export function centralSigner(type: DirectiveType): string {
  if (type === "CHI_THI" || type === "NGHI_QUYET" || type === "QUY_DINH") return "Bộ Chính trị";
  if (type === "KET_LUAN" || type === "THONG_BAO") return "Ban Bí thư";
  return "Ban Chấp hành Trung ương";
}

export const OWN_PLAN_TASK = "Xây dựng kế hoạch cụ thể để tổ chức triển khai thực hiện tại địa phương, đơn vị";

/** Ordinary tasks; {topic} is the directive's subject. */
export const TASK_TITLES = [
  "Tổ chức học tập, quán triệt, tuyên truyền sâu rộng nội dung văn bản đến cán bộ, đảng viên và nhân dân",
  "Rà soát, đánh giá thực trạng và đề xuất giải pháp về {topic}",
  "Kiểm tra, giám sát việc thực hiện {topic} tại cơ sở",
  "Sơ kết, đánh giá kết quả thực hiện, báo cáo cấp trên",
  "Tổng kết, rút kinh nghiệm việc thực hiện {topic}",
  "Xây dựng chuyên đề, tổ chức sinh hoạt chuyên đề về {topic}",
  "Kiện toàn ban chỉ đạo, phân công cán bộ theo dõi {topic}",
  "Thông tin, tuyên truyền kết quả {topic} trên các phương tiện thông tin đại chúng",
  "Lựa chọn, biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong {topic}",
  "Báo cáo kết quả thực hiện {topic}",
] as const;

/** Tasks with a measurable target (chỉ tiêu 100 %). */
export const TARGET_TASK_TITLES = [
  "Phấn đấu 100% cán bộ, đảng viên được học tập, quán triệt nội dung văn bản",
  "100% chi bộ tổ chức sinh hoạt chuyên đề về {topic}",
  "100% đảng viên đăng ký và thực hiện cam kết rèn luyện về {topic}",
] as const;

/** Central boards that coordinate some of the centre's tasks (codes of the demo forest). */
export const CENTRAL_BOARDS = ["TW-BTC", "TW-BTG", "TW-UBKT", "TW-VP"] as const;

export const COMPLETION_TEXTS = [
  "Đã hoàn thành nhiệm vụ; đề nghị xác nhận hoàn thành.",
  "Đã tổ chức triển khai, quán triệt đầy đủ đến cán bộ, đảng viên; gửi báo cáo kết quả thực hiện.",
  "Đã ban hành văn bản triển khai và hoàn thành các nội dung được giao.",
  "Đơn vị đã hoàn thành nhiệm vụ đúng yêu cầu; kèm theo báo cáo kết quả và tài liệu minh chứng.",
] as const;

export const PROGRESS_TEXTS = [
  "Đang triển khai thực hiện; đã hoàn thành một phần khối lượng công việc.",
  "Đã xây dựng kế hoạch, đang tổ chức thực hiện tại các chi bộ.",
  "Đã quán triệt trong cấp ủy, đang triển khai đến đảng viên.",
  "Đang tổng hợp số liệu, hoàn thiện báo cáo.",
] as const;

export const PERIOD_TEXTS = [
  "Báo cáo định kỳ: các nội dung được triển khai thường xuyên, đúng kế hoạch.",
  "Báo cáo định kỳ: đã thực hiện các nhiệm vụ trọng tâm của kỳ, không phát sinh vướng mắc.",
  "Báo cáo định kỳ: kết quả thực hiện trong kỳ và phương hướng kỳ tới.",
] as const;

export const RETURN_REASONS = [
  "Báo cáo chưa nêu rõ số liệu cụ thể, đề nghị bổ sung.",
  "Chưa kèm theo văn bản, tài liệu minh chứng.",
  "Kết quả chưa đáp ứng yêu cầu của nhiệm vụ, đề nghị tiếp tục thực hiện.",
  "Nội dung báo cáo chưa đúng kỳ báo cáo, đề nghị gửi lại.",
] as const;

/** The accounts that drive the benchmarks on the scale database. */
export const SCALE_USERS = {
  leaderCentre: { username: "lanhdao.tw", name: "Trương Quang Minh" },
  leaderProvince: { username: "lanhdao.tinh01", name: "Lê Hoài Nam" },
  officeProvince: { username: "vanphong.tinh01", name: "Phạm Thị Thanh Hương" },
  headCommune: { username: "truong.xa0001", name: "Đinh Văn Sáu" },
} as const;
