// The other party bodies of the sources: Đảng ủy Khối's propaganda targets for 2021 (seed 003) and
// Đảng ủy Văn phòng Chính phủ's 2023 plan (seed 002), with the central documents the plan cites.
import { DU_VPCP_CHILDREN, DUK_COMMITTEES } from "./organizations";
import { accepted, done, group, open, returned, task } from "./builders";
import type { DirectiveSeed } from "./types";

const CITED: DirectiveSeed[] = [
  {
    key: "35-NQ/TW",
    type: "NGHI_QUYET",
    symbol: "35-NQ/TW",
    issuer: "TW-BCT",
    issuedOn: "2018-10-22",
    title: "Về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới",
    status: "ISSUED",
    tasks: [],
  },
  {
    key: "01-KL/TW",
    type: "KET_LUAN",
    symbol: "01-KL/TW",
    issuer: "TW-BCT",
    issuedOn: "2021-05-18",
    title: "Về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    status: "ISSUED",
    references: ["05-CT/TW"],
    tasks: [],
  },
  {
    key: "85-QĐ/TW",
    type: "QUY_DINH",
    symbol: "85-QĐ/TW",
    issuer: "TW-BBT",
    issuedOn: "2022-10-07",
    title: "Về việc cán bộ, đảng viên thiết lập và sử dụng trang thông tin điện tử cá nhân trên Internet, mạng xã hội",
    status: "ISSUED",
    tasks: [],
  },
];

// Each committee's own figures, used consistently across the three targets: party members, and
// the party organisations (cấp ủy, tổ chức đảng) under it.
export const PARTY_SIZE: Readonly<Record<string, { members: number; organisations: number }>> = {
  "DU-VPCP": { members: 612, organisations: 11 },
  "DU-BTP": { members: 1184, organisations: 46 },
  "DU-BNG": { members: 1950, organisations: 92 },
  "DU-BGDDT": { members: 1046, organisations: 38 },
  "DU-BYT": { members: 1327, organisations: 52 },
  "DU-TTXVN": { members: 845, organisations: 29 },
};
const members = (code: string, achieved = PARTY_SIZE[code].members) => ({ achieved, of: PARTY_SIZE[code].members });
const orgs = (code: string, achieved = PARTY_SIZE[code].organisations) => ({ achieved, of: PARTY_SIZE[code].organisations });

const TUYEN_GIAO_2021: DirectiveSeed = {
  key: "DUK-tuyen-giao-2021",
  type: "CHUONG_TRINH",
  symbol: null,
  issuer: "DUK",
  // The conference of 06/01/2021 that set the programme; the source gives no document number.
  issuedOn: "2021-01-06",
  title: "Phương hướng, nhiệm vụ công tác tuyên giáo năm 2021 của Đảng bộ Khối các cơ quan Trung ương với chủ đề “Đề cao trách nhiệm nêu gương của tổ chức đảng và đảng viên”",
  summary: "Triển khai tại Hội nghị tổng kết công tác tuyên giáo năm 2020, triển khai nhiệm vụ năm 2021 (Hà Nội, 06/01/2021).",
  status: "ISSUED",
  references: ["05-CT/TW"],
  tasks: [
    task(
      "Bảo đảm 100% cán bộ, đảng viên học tập, quán triệt đầy đủ và nghiêm túc các nghị quyết của Đảng",
      "Một số chỉ tiêu trong năm 2021: 100% cán bộ, đảng viên học tập, quán triệt đầy đủ và nghiêm túc các nghị quyết của Đảng.",
      "trong năm 2021",
      [
        done("DU-VPCP", "LEAD", "2021-12-20", "612/612 đảng viên đã học tập, quán triệt đầy đủ các nghị quyết.", { figures: members("DU-VPCP") }),
        done("DU-BTP", "LEAD", "2021-12-24", "100% đảng viên của Đảng bộ đã học tập, quán triệt các nghị quyết.", { figures: members("DU-BTP") }),
        done("DU-BNG", "LEAD", "2022-01-14", "1.936/1.950 đảng viên đã học tập; 14 đảng viên công tác ở nước ngoài học tập trực tuyến bổ sung.", {
          figures: members("DU-BNG", 1950),
          before: [accepted("2021-12-29", "1.936/1.950 đảng viên đã học tập, quán triệt.", { figures: members("DU-BNG", 1936) })],
        }),
        done("DU-BGDDT", "LEAD", "2021-12-29", "Bổ sung số liệu theo từng đảng bộ cơ sở: 1.046/1.046 đảng viên đã học tập, quán triệt.", {
          figures: members("DU-BGDDT"),
          before: [returned("2021-12-22", "Đã hoàn thành việc học tập, quán triệt.", "Đề nghị báo cáo số liệu cụ thể theo từng đảng bộ cơ sở, chi bộ trực thuộc.")],
        }),
        open("DU-BYT", "LEAD", [accepted("2021-10-15", "1.128/1.327 đảng viên đã học tập; nhiều đảng viên tham gia chống dịch Covid-19 chưa tham gia được.", { figures: members("DU-BYT", 1128) })]),
        done("DU-TTXVN", "LEAD", "2021-12-15", "845/845 đảng viên đã học tập, quán triệt các nghị quyết.", { figures: members("DU-TTXVN") }),
      ],
      { targetValue: 100, targetUnit: "%" },
    ),
    task(
      "Bảo đảm 100% cấp ủy, tổ chức đảng có giải pháp hiệu quả, sáng tạo nâng cao chất lượng học tập, quán triệt, tuyên truyền nghị quyết",
      "100% cấp ủy, tổ chức đảng có giải pháp hiệu quả, sáng tạo để lãnh đạo, chỉ đạo nhằm nâng cao chất lượng việc tổ chức, học tập, quán triệt, tuyên truyền về các nghị quyết của Đảng.",
      "trong năm 2021",
      [
        done("DU-VPCP", "LEAD", "2021-12-20", "11/11 cấp ủy trực thuộc có giải pháp, tiêu biểu là học tập trực tuyến kết hợp thảo luận tại chi bộ.", { figures: orgs("DU-VPCP") }),
        done("DU-BTP", "LEAD", "2022-01-10", "46/46 tổ chức đảng có giải pháp nâng cao chất lượng học tập nghị quyết.", { figures: orgs("DU-BTP") }),
        open("DU-BNG", "LEAD", [accepted("2021-12-28", "87/92 tổ chức đảng có giải pháp; 5 chi bộ ở nước ngoài đang hoàn thiện.", { figures: orgs("DU-BNG", 87) })]),
        done("DU-BGDDT", "LEAD", "2021-12-27", "38/38 tổ chức đảng có giải pháp.", { figures: orgs("DU-BGDDT") }),
        done("DU-BYT", "LEAD", "2022-02-08", "52/52 tổ chức đảng có giải pháp.", { figures: orgs("DU-BYT") }),
        done("DU-TTXVN", "LEAD", "2021-12-17", "29/29 tổ chức đảng có giải pháp.", { figures: orgs("DU-TTXVN") }),
      ],
      { targetValue: 100, targetUnit: "%" },
    ),
    task(
      "Bảo đảm 100% cấp ủy, tổ chức đảng xây dựng chương trình hành động thực hiện nghị quyết",
      "100% cấp ủy, tổ chức đảng xây dựng chương trình hành động thực hiện nghị quyết; các đảng ủy trực thuộc cụ thể hóa và triển khai phù hợp với đặc điểm, chức năng, nhiệm vụ của từng đảng bộ.",
      "trong năm 2021",
      [
        done("DU-VPCP", "LEAD", "2021-06-30", "11/11 cấp ủy trực thuộc đã ban hành chương trình hành động.", { figures: orgs("DU-VPCP") }),
        done("DU-BTP", "LEAD", "2021-07-15", "46/46 tổ chức đảng đã xây dựng chương trình hành động.", { figures: orgs("DU-BTP") }),
        done("DU-BNG", "LEAD", "2021-09-20", "92/92 tổ chức đảng đã xây dựng chương trình hành động.", { figures: orgs("DU-BNG") }),
        open("DU-BGDDT", "LEAD", [accepted("2021-11-30", "30/38 tổ chức đảng đã ban hành chương trình hành động.", { figures: orgs("DU-BGDDT", 30) })]),
        done("DU-BYT", "LEAD", "2022-03-01", "52/52 tổ chức đảng đã ban hành chương trình hành động.", {
          figures: orgs("DU-BYT"),
          before: [returned("2022-01-25", "Cơ bản hoàn thành việc xây dựng chương trình hành động.", "Đề nghị gửi kèm danh sách các tổ chức đảng đã ban hành chương trình.", { figures: orgs("DU-BYT", 49) })],
        }),
        done("DU-TTXVN", "LEAD", "2021-05-28", "29/29 tổ chức đảng đã ban hành chương trình hành động.", { figures: orgs("DU-TTXVN") }),
      ],
      { targetValue: 100, targetUnit: "%", requiresOwnPlan: true },
    ),
    task(
      "Tiếp tục thực hiện Chỉ thị số 05-CT/TW gắn với Nghị quyết Trung ương 4 (khóa XII) và các quy định về trách nhiệm nêu gương",
      "Tiếp tục thực hiện Chỉ thị số 05-CT/TW gắn với thực hiện Nghị quyết Trung ương 4 (khóa XII) và các quy định về trách nhiệm nêu gương của cán bộ, đảng viên.",
      null,
      group(DUK_COMMITTEES, {
        "DU-VPCP": open("DU-VPCP", "LEAD", [accepted("2021-12-20", "Đăng ký và thực hiện chuyên đề năm 2021; biểu dương 15 tập thể, cá nhân tiêu biểu.", { percent: 60 })]),
        "DU-BTP": open("DU-BTP", "LEAD", [accepted("2021-12-24", "Đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ định kỳ.", { percent: 60 })]),
        "DU-TTXVN": open("DU-TTXVN", "LEAD", [accepted("2021-12-15", "Tổ chức cuộc thi viết về gương người tốt, việc tốt trong Thông tấn xã.", { percent: 60 })]),
      }),
    ),
  ],
};

const DU_VPCP_2023: DirectiveSeed = {
  key: "DU-VPCP-tuyen-truyen-2023",
  type: "KE_HOACH",
  // The news item gives the plan but not its number.
  symbol: null,
  issuer: "DU-VPCP",
  issuedOn: "2023-09-15",
  title: "Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị trong Đảng bộ Văn phòng Chính phủ",
  status: "ISSUED",
  references: ["01-KL/TW", "05-CT/TW", "35-NQ/TW", "85-QĐ/TW"],
  tasks: [
    task(
      "Xây dựng kế hoạch, tổ chức có hiệu quả công tác tuyên truyền về xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
      "Đảng ủy VPCP yêu cầu các đảng ủy, chi ủy trực thuộc xây dựng kế hoạch, tổ chức có hiệu quả công tác tuyên truyền về xây dựng, chỉnh đốn Đảng và hệ thống chính trị bằng nhiều hình thức phong phú, sinh động gắn với việc triển khai thực hiện các quy định của Bộ Chính trị, Ban Bí thư Trung ương Đảng.",
      null,
      group(DU_VPCP_CHILDREN, {
        "DU-VPCP-CTTDT": done("DU-VPCP-CTTDT", "LEAD", "2023-10-05", "Đảng ủy Cổng đã ban hành kế hoạch tuyên truyền và mở chuyên mục “Xây dựng Đảng” trên Cổng Thông tin điện tử Chính phủ."),
        "DU-VPCP-VTH": done("DU-VPCP-VTH", "LEAD", "2023-10-09", "Chi ủy đã ban hành kế hoạch tuyên truyền năm 2023 - 2024."),
        "DU-VPCP-VPL": done("DU-VPCP-VPL", "LEAD", "2023-10-12", "Chi ủy đã ban hành kế hoạch, phân công đảng viên phụ trách."),
        "DU-VPCP-CQTTV": done("DU-VPCP-CQTTV", "LEAD", "2023-10-20", "Đảng ủy Cục đã ban hành kế hoạch và hướng dẫn các chi bộ trực thuộc."),
        "DU-VPCP-TCCB": done("DU-VPCP-TCCB", "LEAD", "2023-10-16", "Chi ủy đã ban hành kế hoạch tuyên truyền."),
        "DU-VPCP-KTTH": done("DU-VPCP-KTTH", "LEAD", "2023-11-02", "Chi ủy đã ban hành kế hoạch tuyên truyền gắn với nhiệm vụ chuyên môn."),
        "DU-VPCP-QHQT": open("DU-VPCP-QHQT", "LEAD", [returned("2023-10-30", "Dự thảo kế hoạch tuyên truyền của Chi bộ.", "Kế hoạch chưa nêu hình thức tuyên truyền và phân công thực hiện; đề nghị bổ sung.")]),
      }),
      { requiresOwnPlan: true },
    ),
    task(
      "Phát huy vai trò, trách nhiệm của cấp ủy, tổ chức đảng, nhất là người đứng đầu trong lãnh đạo, chỉ đạo công tác tuyên truyền",
      "Các đảng ủy, chi ủy trực thuộc phát huy vai trò, trách nhiệm của cấp ủy, tổ chức đảng, nhất là người đứng đầu trong lãnh đạo, chỉ đạo và tổ chức công tác tuyên truyền.",
      null,
      group(DU_VPCP_CHILDREN, {
        "DU-VPCP-CQTTV": open("DU-VPCP-CQTTV", "LEAD", [accepted("2023-12-15", "Bí thư các chi bộ trực tiếp phụ trách công tác tuyên truyền tại chi bộ.", { percent: 50 })]),
      }),
    ),
    task(
      "Tăng cường giáo dục chính trị tư tưởng, nâng cao bản lĩnh chính trị và đạo đức nghề nghiệp cho đội ngũ phóng viên, biên tập viên",
      "Đảng ủy Cổng Thông tin điện tử Chính phủ tăng cường giáo dục chính trị tư tưởng, nâng cao bản lĩnh, ý thức chính trị và đạo đức nghề nghiệp cho đội ngũ phóng viên, biên tập viên.",
      null,
      [
        open("DU-VPCP-CTTDT", "LEAD", [
          accepted("2023-12-18", "Tổ chức 2 lớp bồi dưỡng chính trị cho 86 phóng viên, biên tập viên.", { percent: 40 }),
          accepted("2024-06-20", "Tổ chức chuyên đề về đạo đức nghề nghiệp người làm báo; ký cam kết thực hiện Quy định 85-QĐ/TW.", { percent: 70 }),
        ]),
      ],
    ),
    task(
      "Nắm chắc, dự báo tình hình tư tưởng; kịp thời đề xuất, kiến nghị với Đảng ủy Văn phòng Chính phủ các giải pháp",
      "Các đảng ủy, chi ủy trực thuộc nắm chắc và dự báo sát hợp tình hình tư tưởng của đảng viên, cán bộ, công chức, viên chức, người lao động, nhất là về công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; từ đó kịp thời đề xuất, kiến nghị với Đảng ủy Văn phòng Chính phủ các giải pháp tạo sự thống nhất về nhận thức, tư tưởng và hành động trong Đảng.",
      null,
      group(DU_VPCP_CHILDREN, {
        "DU-VPCP-VTH": open("DU-VPCP-VTH", "LEAD", [accepted("2023-12-20", "Báo cáo tình hình tư tưởng quý IV/2023: đảng viên yên tâm công tác, đồng thuận với chủ trương sắp xếp bộ máy.", { percent: 50 })]),
      }),
    ),
    task(
      "Lãnh đạo, chỉ đạo tham gia các cuộc thi về xây dựng, chỉnh đốn Đảng; đấu tranh phòng, chống tham nhũng, tiêu cực và phản bác thông tin sai trái",
      "Lãnh đạo, chỉ đạo cấp ủy các cấp, tổ chức đảng, đảng viên, cán bộ, công chức, viên chức, người lao động tích cực tham gia các cuộc thi về chủ đề xây dựng, chỉnh đốn Đảng và hệ thống chính trị; tích cực tham gia đấu tranh phòng, chống tham nhũng, tiêu cực; đấu tranh phản bác thông tin, quan điểm sai trái, thù địch, bảo vệ Đảng, bảo vệ Nhà nước.",
      null,
      group(DU_VPCP_CHILDREN, {
        "DU-VPCP-CTTDT": open("DU-VPCP-CTTDT", "LEAD", [accepted("2023-11-30", "9 tác phẩm của phóng viên Cổng tham dự Giải Búa liềm vàng; 3 bài viết đoạt giải cuộc thi bảo vệ nền tảng tư tưởng của Đảng cấp Khối.", { percent: 60 })]),
      }),
    ),
    task(
      "Vận động chia sẻ, lan tỏa thông tin tích cực trên mạng xã hội; thực hiện nghiêm Quy định số 85-QĐ/TW",
      "Vận động đảng viên, cán bộ, công chức, viên chức, người lao động chia sẻ, lan tỏa thông tin tích cực trên mạng xã hội; thực hiện nghiêm Quy định số 85-QĐ/TW ngày 07/10/2022 của Ban Bí thư về việc cán bộ, đảng viên thiết lập và sử dụng trang thông tin điện tử cá nhân trên Internet, mạng xã hội.",
      null,
      lastTaskAssignments(),
    ),
  ],
};

/** Most units report nothing on the last task; one cell reports its members' commitments. */
function lastTaskAssignments() {
  return group(DU_VPCP_CHILDREN, {
    "DU-VPCP-TKBT": open("DU-VPCP-TKBT", "LEAD", [accepted("2023-11-10", "100% đảng viên của Chi bộ ký cam kết thực hiện Quy định số 85-QĐ/TW.", { percent: 60 })]),
  });
}

export const HISTORIC_PARTY: readonly DirectiveSeed[] = [...CITED, TUYEN_GIAO_2021, DU_VPCP_2023];
