// The directives of the five source texts (shared/seeds), with their tasks, assignments and a
// plausible history of progress as of the texts' time. Symbols, dates, issuers, the units named
// and the deadline phrases are those of the texts; task titles condense the text's sentences,
// which are kept as descriptions. This file holds the Ban Cán sự đảng Bộ Nội vụ cascade (seeds
// 000 and 004) and the documents it cites; the state line and the other party bodies are in
// historic-state.ts and historic-party.ts.
import { BNV_UNITS } from "./organizations";
import { accepted, done, group, open, returned, task } from "./builders";
import { HISTORIC_PARTY } from "./historic-party";
import { HISTORIC_STATE } from "./historic-state";
import type { DirectiveSeed } from "./types";

const NQ13 = "Nghị quyết Đại hội XIII của Đảng";

/** Cited by 26-CV/BCSĐ and by later plans; the texts give them no tasks. */
const CITED: DirectiveSeed[] = [
  {
    key: "05-CT/TW",
    type: "CHI_THI",
    symbol: "05-CT/TW",
    issuer: "TW-BCT",
    issuedOn: "2016-05-15",
    title: "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    status: "ISSUED",
    tasks: [],
  },
  {
    key: "58-KH/BCSĐ",
    type: "KE_HOACH",
    symbol: "58-KH/BCSĐ",
    issuer: "BCSD-BNV",
    issuedOn: "2020-03-26",
    title: "Về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII, việc thực hiện Chỉ thị số 05-CT/TW và các Quy định về nêu gương",
    status: "ISSUED",
    references: ["05-CT/TW"],
    tasks: [],
  },
  {
    key: "14-KH/BCSĐ",
    type: "KE_HOACH",
    symbol: "14-KH/BCSĐ",
    issuer: "BCSD-BNV",
    issuedOn: "2021-01-18",
    title: "Tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2021",
    status: "ISSUED",
    tasks: [],
  },
];

const CT01: DirectiveSeed = {
  key: "01-CT/TW",
  type: "CHI_THI",
  symbol: "01-CT/TW",
  issuer: "TW-BCT",
  issuedOn: "2021-03-09",
  title: `Về việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`,
  status: "ISSUED",
  tasks: [
    task(
      `Nghiên cứu, học tập, quán triệt, tuyên truyền và xây dựng chương trình, kế hoạch triển khai thực hiện ${NQ13}`,
      `Việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện ${NQ13} là công việc thường xuyên, phải được thực hiện một cách nghiêm túc, bài bản, khoa học trong suốt cả nhiệm kỳ.`,
      "trong suốt cả nhiệm kỳ",
      [
        open("BCSD-BNV", "LEAD", [
          accepted("2021-03-15", "Đã ban hành Công văn số 12-CV/BCSĐ ngày 12/3/2021 về việc tổ chức thực hiện Chỉ thị số 01-CT/TW; giao Văn phòng Bộ chủ trì tổ chức Hội nghị quán triệt tại Bộ và xây dựng Chương trình hành động.", { percent: 30 }),
          accepted("2021-07-20", `Bộ Nội vụ đã hoàn thành Chương trình hành động thực hiện ${NQ13}; các đơn vị thuộc, trực thuộc Bộ đang cụ thể hóa thành kế hoạch công tác.`, { percent: 60 }),
        ]),
        open("DUK", "LEAD", [
          accepted("2021-04-12", `Đã tổ chức hội nghị quán triệt ${NQ13} cho cán bộ chủ chốt của Đảng bộ Khối; các đảng ủy trực thuộc đang xây dựng chương trình hành động.`, { percent: 40 }),
        ]),
      ],
      { requiresOwnPlan: true },
    ),
  ],
};

const CV12: DirectiveSeed = {
  key: "12-CV/BCSĐ",
  type: "CONG_VAN",
  symbol: "12-CV/BCSĐ",
  issuer: "BCSD-BNV",
  issuedOn: "2021-03-12",
  title: `Về việc tổ chức thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị về việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`,
  status: "ISSUED",
  parent: "01-CT/TW",
  tasks: [
    task(
      "Lãnh đạo, chỉ đạo và xây dựng Kế hoạch tổ chức thực hiện Chỉ thị số 01-CT/TW",
      "Thực hiện Quy chế phối hợp, Ban Cán sự đảng Bộ Nội vụ đề nghị Ban Thường vụ Đảng ủy Bộ lãnh đạo, chỉ đạo và xây dựng Kế hoạch tổ chức thực hiện Chỉ thị số 01-CT/TW và theo chỉ đạo của Đảng ủy cấp trên.",
      null,
      [done("BNV-DU", "LEAD", "2021-03-26", "Ban Thường vụ Đảng ủy Bộ đã ban hành Kế hoạch tổ chức thực hiện Chỉ thị số 01-CT/TW, gửi các chi bộ, đảng bộ trực thuộc.")],
      { requiresOwnPlan: true },
    ),
    task(
      "Phối hợp chặt chẽ với cấp ủy cùng cấp thực hiện nghiêm túc Chỉ thị số 01-CT/TW và Kế hoạch thực hiện của Đảng ủy Bộ",
      `Người đứng đầu các đơn vị thuộc, trực thuộc Bộ phối hợp chặt chẽ với cấp ủy Đảng cùng cấp thực hiện nghiêm túc Chỉ thị số 01-CT/TW và Kế hoạch thực hiện Chỉ thị số 01-CT/TW của Đảng ủy Bộ. Việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện ${NQ13} là công việc thường xuyên, phải được thực hiện một cách nghiêm túc, bài bản, khoa học trong suốt cả nhiệm kỳ.`,
      "trong suốt cả nhiệm kỳ",
      group(BNV_UNITS, {
        "BNV-TCCB": open("BNV-TCCB", "LEAD", [accepted("2021-06-18", "Đã quán triệt Nghị quyết tới 100% công chức của Vụ; đưa nội dung vào chương trình công tác năm.", { percent: 50 })]),
        "BNV-CCVC": open("BNV-CCVC", "LEAD", [accepted("2021-06-21", "Tổ chức học tập Nghị quyết cho toàn thể công chức; xây dựng kế hoạch thực hiện gắn với nhiệm vụ chuyên môn.", { percent: 50 })]),
        "BNV-VTLT": open("BNV-VTLT", "LEAD", [accepted("2021-12-10", "Sơ kết năm 2021: các phòng, đơn vị trực thuộc Cục đã quán triệt và cụ thể hóa Nghị quyết trong kế hoạch công tác.", { percent: 40 })]),
      }),
    ),
    task(
      `Xây dựng Chương trình hành động của Bộ Nội vụ thực hiện ${NQ13}`,
      `Ban Cán sự đảng Bộ Nội vụ giao Văn phòng Bộ chủ trì, phối hợp với các cơ quan, đơn vị thuộc, trực thuộc Bộ xây dựng Chương trình hành động của Bộ Nội vụ thực hiện ${NQ13} gắn với chức năng, nhiệm vụ, phù hợp với đặc điểm tình hình và điều kiện thực tế của Bộ, thể hiện sự quyết tâm, sáng tạo và bảo đảm tính khả thi, thiết thực, hiệu quả. Thời gian hoàn thành trong Quí II/2021.`,
      "trong Quí II/2021",
      [
        done("BNV-VPB", "LEAD", "2021-07-15", "Hoàn thiện dự thảo Chương trình hành động theo ý kiến của Ban Cán sự đảng; Bộ trưởng đã ký ban hành.", {
          before: [
            accepted("2021-05-20", "Đã có văn bản đề nghị các đơn vị đề xuất nhiệm vụ; tổng hợp được ý kiến của 10/14 đơn vị.", { percent: 40 }),
            returned(
              "2021-06-28",
              "Trình dự thảo Chương trình hành động của Bộ Nội vụ thực hiện Nghị quyết Đại hội XIII.",
              "Đề nghị bổ sung nhiệm vụ, giải pháp cụ thể theo từng lĩnh vực quản lý nhà nước của Bộ và phân công đơn vị chủ trì, thời hạn hoàn thành.",
              { reviewedOn: "2021-07-01" },
            ),
          ],
        }),
        ...group(
          BNV_UNITS.filter((u) => u !== "BNV-VPB"),
          {
            "BNV-TTTT": done("BNV-TTTT", "COORDINATE", "2021-05-28", "Đã gửi Văn phòng Bộ đề xuất nhiệm vụ về chuyển đổi số, thông tin điện tử của Bộ."),
            "BNV-TCNN": done("BNV-TCNN", "COORDINATE", "2021-05-31", "Đã gửi ý kiến góp ý, đề xuất nhiệm vụ tuyên truyền lý luận về tổ chức nhà nước."),
            "BNV-VPBCSD": done("BNV-VPBCSD", "COORDINATE", "2021-06-02", "Đã góp ý dự thảo, bảo đảm thống nhất với chương trình công tác của Ban Cán sự đảng."),
            "BNV-HVHC": done("BNV-HVHC", "COORDINATE", "2021-06-04", "Đã đề xuất nhiệm vụ đào tạo, bồi dưỡng cán bộ, công chức theo tinh thần Nghị quyết."),
            "BNV-DHNV": done("BNV-DHNV", "COORDINATE", "2021-06-07", "Đã gửi đề xuất nhiệm vụ đào tạo nguồn nhân lực ngành Nội vụ."),
            "BNV-BTGCP": done("BNV-BTGCP", "COORDINATE", "2021-06-10", "Đã đề xuất nhiệm vụ về công tác tôn giáo."),
            "BNV-BTDKT": done("BNV-BTDKT", "COORDINATE", "2021-06-11", "Đã đề xuất nhiệm vụ về công tác thi đua, khen thưởng."),
            "BNV-TCCB": done("BNV-TCCB", "COORDINATE", "2021-06-15", "Đã gửi đề xuất nhiệm vụ về công tác tổ chức cán bộ của Bộ."),
            "BNV-PC": done("BNV-PC", "COORDINATE", "2021-06-18", "Đã rà soát nội dung xây dựng thể chế trong dự thảo Chương trình."),
            "BNV-CCVC": done("BNV-CCVC", "COORDINATE", "2021-06-22", "Đã đề xuất nhiệm vụ xây dựng đội ngũ công chức, viên chức."),
            "BNV-TCBC": done("BNV-TCBC", "COORDINATE", "2021-07-05", "Đã gửi đề xuất nhiệm vụ về tổ chức bộ máy, biên chế (chậm so với yêu cầu)."),
            "BNV-CQDP": done("BNV-CQDP", "COORDINATE", "2021-07-08", "Đã đề xuất nhiệm vụ về chính quyền địa phương, đơn vị hành chính."),
            "BNV-VTLT": open("BNV-VTLT", "COORDINATE", [accepted("2021-06-25", "Đang tổng hợp đề xuất nhiệm vụ về văn thư, lưu trữ.", { percent: 50 })]),
          },
          "COORDINATE",
        ),
      ],
      { requiresOwnPlan: true },
    ),
    task(
      "Tổ chức Hội nghị tại Bộ, kết nối điểm cầu với Hội nghị trực tuyến toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII",
      "Ban Cán sự đảng Bộ Nội vụ cũng giao Văn phòng Bộ chủ trì, phối hợp với Trung tâm Thông tin, Văn phòng Ban Cán sự đảng, Văn phòng Đảng ủy Bộ tổ chức Hội nghị tại Bộ, kết nối điểm cầu với Hội nghị trực tuyến toàn quốc về nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng do Ban Bí thư Trung ương Đảng chủ trì trong tháng 3/2021.",
      "trong tháng 3/2021",
      [
        done("BNV-VPB", "LEAD", "2021-03-25", "Đã tổ chức Hội nghị tại điểm cầu Bộ Nội vụ kết nối với Hội nghị trực tuyến toàn quốc; bảo đảm an toàn phòng, chống dịch Covid-19."),
        done("BNV-TTTT", "COORDINATE", "2021-03-25", "Đã bảo đảm kỹ thuật điểm cầu trực tuyến và đưa tin Hội nghị trên Cổng Thông tin điện tử của Bộ."),
        done("BNV-VPBCSD", "COORDINATE", "2021-03-25", "Đã chuẩn bị tài liệu, thành phần dự Hội nghị của Ban Cán sự đảng."),
        done("BNV-DU-VP", "COORDINATE", "2021-03-25", "Đã triệu tập đảng viên các chi bộ dự Hội nghị theo kế hoạch."),
      ],
    ),
    task(
      "Tham gia đầy đủ, nghiêm túc các Hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII do Ban Tuyên giáo Trung ương chủ trì",
      "Yêu cầu lãnh đạo cơ quan báo chí của Bộ, các đơn vị trực thuộc Bộ và đội ngũ giảng viên lý luận chính trị của Học viện Hành chính Quốc gia, Trường Đại học Nội vụ Hà Nội tích cực tham gia đầy đủ, nghiêm túc các Hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng do Ban Tuyên giáo Trung ương chủ trì, phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh tổ chức.",
      null,
      [
        done("BNV-HVHC", "LEAD", "2021-04-06", "Đội ngũ giảng viên lý luận chính trị của Học viện đã tham gia đầy đủ các Hội nghị; đã cập nhật nội dung Nghị quyết vào bài giảng."),
        done("BNV-DHNV", "LEAD", "2021-04-09", "Giảng viên lý luận chính trị của Trường đã tham dự đầy đủ các Hội nghị và viết bài thu hoạch."),
      ],
    ),
    task(
      "Tuyên truyền, đưa tin các hoạt động thực hiện Chỉ thị số 01-CT/TW của Bộ, ngành Nội vụ",
      "Yêu cầu các cơ quan thông tin báo chí của Bộ và các đơn vị trực thuộc Bộ tổ chức thực hiện tốt công tác tuyên truyền, đưa tin các hoạt động thực hiện Chỉ thị số 01-CT/TW của Bộ, ngành Nội vụ.",
      null,
      [
        open("BNV-TCNN", "LEAD", [accepted("2021-06-30", "6 tháng đầu năm đã đăng 46 tin, bài về việc học tập, quán triệt và thực hiện Nghị quyết trong ngành Nội vụ.", { percent: 50 })]),
        open("BNV-TTTT", "LEAD", [
          accepted("2021-06-30", "Đã mở chuyên mục về thực hiện Nghị quyết Đại hội XIII trên Cổng Thông tin điện tử của Bộ; đăng 58 tin, bài.", { percent: 50 }),
          accepted("2021-12-20", "Năm 2021 đăng tải 121 tin, bài; phối hợp các cơ quan báo chí đưa tin Hội nghị của Bộ.", { percent: 70 }),
        ]),
      ],
    ),
  ],
};

const KH04: DirectiveSeed = {
  key: "04-KH/BTCTW",
  type: "KE_HOACH",
  symbol: "04-KH/BTCTW",
  issuer: "TW-BTC",
  issuedOn: "2021-03-22",
  title: "Về thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021",
  status: "ISSUED",
  tasks: [
    task(
      "Tổ chức thực hiện Kế hoạch thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021",
      "Phổ biến, quán triệt và nghiêm túc tổ chức thực hiện Kế hoạch tại cơ quan, đơn vị, bảo đảm mục đích, yêu cầu, nội dung, hình thức Ban Tổ chức Trung ương đề ra.",
      null,
      [
        done("BCSD-BNV", "LEAD", "2021-12-27", "Báo cáo kết quả năm 2021: các cơ quan báo chí của Bộ đăng tải trên 300 tin, bài; Bộ hưởng ứng Giải Búa liềm vàng lần thứ VI.", {
          reviewedOn: "2022-01-06",
          before: [accepted("2021-03-30", "Đã ban hành Công văn số 26-CV/BCSĐ ngày 29/3/2021 gửi các cơ quan, đơn vị thuộc, trực thuộc Bộ.", { percent: 30 })],
        }),
      ],
    ),
  ],
};

const CV26: DirectiveSeed = {
  key: "26-CV/BCSĐ",
  type: "CONG_VAN",
  symbol: "26-CV/BCSĐ",
  issuer: "BCSD-BNV",
  issuedOn: "2021-03-29",
  title: "Về việc triển khai Kế hoạch số 04-KH/BTCTW ngày 22/3/2021 của Ban Tổ chức Trung ương về thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021",
  status: "ISSUED",
  parent: "04-KH/BTCTW",
  references: ["14-KH/BCSĐ", "58-KH/BCSĐ", "05-CT/TW"],
  tasks: [
    task(
      "Phổ biến, quán triệt, tổ chức thực hiện Kế hoạch số 04-KH/BTCTW tại cơ quan, đơn vị, gắn với Kế hoạch số 14-KH/BCSĐ, Kế hoạch số 58-KH/BCSĐ và Chỉ thị số 05-CT/TW",
      "Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ phối hợp chặt chẽ với cấp ủy Đảng cùng cấp phổ biến, quán triệt và nghiêm túc tổ chức thực hiện Kế hoạch số 04-KH/BTCTW tại cơ quan, đơn vị; động viên, khuyến khích đội ngũ đảng viên, công chức, viên chức viết bài theo Đề cương thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021. Gắn việc thực hiện Kế hoạch số 04-KH/BTCTW với thực hiện Kế hoạch số 14-KH/BCSĐ ngày 18/01/2021, Kế hoạch số 58-KH/BCSĐ ngày 26/3/2020, việc thực hiện Chỉ thị số 05-CT/TW và các Quy định về nêu gương.",
      null,
      group(BNV_UNITS, {
        "BNV-VPB": open("BNV-VPB", "LEAD", [accepted("2021-06-25", "Đã phổ biến Kế hoạch tới các phòng; 5 bài viết của công chức Văn phòng được đăng trên Cổng Thông tin điện tử của Bộ.", { percent: 50 })]),
        "BNV-HVHC": open("BNV-HVHC", "LEAD", [accepted("2021-07-02", "Giảng viên Học viện có 14 bài viết về công tác xây dựng Đảng đăng trên các tạp chí.", { percent: 50 })]),
        "BNV-CCVC": open("BNV-CCVC", "LEAD", [accepted("2021-12-15", "Đã quán triệt Kế hoạch; công chức của Vụ có 3 bài viết đăng trên Tạp chí Tổ chức nhà nước.", { percent: 80 })]),
      }),
    ),
    task(
      "Xây dựng kế hoạch cụ thể, mở chuyên trang, chuyên mục thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021",
      "Các cơ quan báo chí, thông tin của Bộ và các cơ quan trực thuộc Bộ xây dựng kế hoạch cụ thể, mở các chuyên trang, chuyên mục, tổ chức các chuyên đề, bài viết, phóng sự có chiều sâu với nhiều thể loại phong phú theo Đề cương thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021 để kịp thời đăng tải thông tin, tuyên truyền. Lãnh đạo các cơ quan báo chí, thông tin của Bộ đề cao trách nhiệm trong việc kiểm duyệt tin bài.",
      null,
      [
        done("BNV-TCNN", "LEAD", "2021-04-12", "Đã ban hành kế hoạch tuyên truyền năm 2021 và mở chuyên mục “Xây dựng Đảng” trên Tạp chí."),
        done("BNV-TTTT", "LEAD", "2021-04-15", "Đã ban hành kế hoạch và mở chuyên trang tuyên truyền công tác xây dựng Đảng trên Cổng Thông tin điện tử của Bộ."),
      ],
      { requiresOwnPlan: true },
    ),
    task(
      "Nâng cao chất lượng Chuyên trang “Thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII” trên Cổng Thông tin điện tử của Bộ",
      "Tiếp tục nâng cao chất lượng, hiệu quả Chuyên trang “Thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII” trên Cổng Thông tin điện tử của Bộ, gắn với các nội dung theo Đề cương thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021.",
      null,
      [open("BNV-TTTT", "LEAD", [accepted("2021-09-30", "Chuyên trang được cập nhật hằng tuần; 9 tháng đăng 64 tin, bài.", { percent: 70 })])],
    ),
    task(
      "Tham mưu triển khai việc hưởng ứng Giải Búa liềm vàng lần thứ VI - năm 2021",
      "Giao Tạp chí Tổ chức nhà nước chủ trì, phối hợp với Trung tâm Thông tin, Văn phòng Ban Cán sự đảng tham mưu Ban Cán sự đảng Bộ triển khai việc hưởng ứng Giải Búa liềm vàng lần thứ VI - năm 2021, bảo đảm thiết thực, hiệu quả, khắc phục được những tồn tại, hạn chế của những năm trước.",
      null,
      [
        done("BNV-TCNN", "LEAD", "2021-09-24", "Đã tham mưu phát động, tuyển chọn và gửi 12 tác phẩm báo chí của cán bộ, đảng viên Bộ Nội vụ tham dự Giải."),
        done("BNV-TTTT", "COORDINATE", "2021-09-20", "Đã đăng thể lệ, tuyên truyền hưởng ứng Giải trên Cổng Thông tin điện tử của Bộ."),
        done("BNV-VPBCSD", "COORDINATE", "2021-09-22", "Đã tham mưu văn bản phát động của Ban Cán sự đảng và tổng hợp danh sách tác phẩm."),
      ],
    ),
  ],
};

export const HISTORIC_DIRECTIVES: readonly DirectiveSeed[] = [...CITED, CT01, CV12, KH04, CV26, ...HISTORIC_STATE, ...HISTORIC_PARTY];
