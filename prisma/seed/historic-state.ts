// The state line of the sources (seed 001): Chỉ thị 12/CT-TTg of the Prime Minister and Bộ Nội vụ's
// Công văn 2761/BNV-TC implementing it, one task per heading of the letter.
import { BNV_MASS_ORGANIZATIONS, BNV_UNITS } from "./organizations";
import { accepted, done, group, open, task } from "./builders";
import type { DirectiveSeed } from "./types";

const CT12_SUBJECT =
  "tăng cường công tác tuyên truyền, định hướng hoạt động truyền thông, báo chí phục vụ nhiệm vụ bảo vệ Tổ quốc; kịp thời chấn chỉnh và xử lý các vi phạm trong hoạt động báo chí, truyền thông";

const ND09: DirectiveSeed = {
  key: "09/2017/NĐ-CP",
  type: "NGHI_DINH",
  symbol: "09/2017/NĐ-CP",
  issuer: "CP",
  issuedOn: "2017-02-09",
  title: "Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước",
  status: "ISSUED",
  tasks: [],
};

const CT12: DirectiveSeed = {
  key: "12/CT-TTg",
  type: "CHI_THI",
  symbol: "12/CT-TTg",
  issuer: "CP-TTG",
  issuedOn: "2021-05-12",
  title: `Về ${CT12_SUBJECT}`,
  status: "ISSUED",
  // The source quotes no task of the Chỉ thị itself; the one below stands for "the ministries
  // implement it", which is what makes 2761/BNV-TC the next level of the cascade.
  tasks: [
    task(
      "Triển khai thực hiện Chỉ thị số 12/CT-TTg tại bộ, ngành",
      `Các bộ, ngành tổ chức triển khai thực hiện Chỉ thị về ${CT12_SUBJECT}.`,
      null,
      [open("BNV", "LEAD", [accepted("2021-06-10", "Bộ Nội vụ đã ban hành văn bản số 2761/BNV-TC ngày 09/6/2021 giao nhiệm vụ cụ thể cho các đơn vị thuộc, trực thuộc Bộ.", { percent: 40 })])],
    ),
  ],
};

const CV2761: DirectiveSeed = {
  key: "2761/BNV-TC",
  type: "CONG_VAN",
  symbol: "2761/BNV-TC",
  issuer: "BNV",
  issuedOn: "2021-06-09",
  title: `Về việc triển khai thực hiện Chỉ thị số 12/CT-TTg ngày 12/5/2021 của Thủ tướng Chính phủ về ${CT12_SUBJECT}`,
  status: "ISSUED",
  parent: "12/CT-TTg",
  references: ["09/2017/NĐ-CP"],
  tasks: [
    task(
      "Chủ động cung cấp, chia sẻ thông tin chính thống; tăng cường truyền thông trong xây dựng thể chế; đấu tranh với các quan điểm sai trái",
      "Các đơn vị thuộc, trực thuộc Bộ và các đoàn thể chính trị: Chủ động và phối hợp chặt chẽ với các cơ quan báo chí, thông tin trong việc cung cấp và chia sẻ thông tin chính thống, đúng quy định của Đảng, Nhà nước để phục vụ công tác thông tin, tuyên truyền đảm bảo kịp thời, chính xác và hiệu quả. Tăng cường truyền thông trong quá trình xây dựng thể chế để tạo sự đồng thuận, thống nhất của cả hệ thống chính trị trong công cuộc bảo vệ Tổ quốc. Chủ động, tích cực trong việc đấu tranh với các quan điểm sai trái, âm mưu, thủ đoạn của các thế lực thù địch trong quá trình xây dựng và triển khai thực hiện thể chế do Bộ Nội vụ trình cấp có thẩm quyền ban hành hoặc ban hành theo thẩm quyền.",
      null,
      group([...BNV_UNITS, ...BNV_MASS_ORGANIZATIONS], {
        "BNV-PC": open("BNV-PC", "LEAD", [accepted("2021-12-20", "Đã phối hợp với Trung tâm Thông tin đăng tải 7 dự thảo văn bản quy phạm pháp luật để lấy ý kiến rộng rãi.", { percent: 60 })]),
        "BNV-TCBC": open("BNV-TCBC", "LEAD", [accepted("2021-12-22", "Cung cấp thông tin về sắp xếp tổ chức bộ máy cho các cơ quan báo chí theo đề nghị.", { percent: 50 })]),
        "BNV-CD": open("BNV-CD", "LEAD", [accepted("2021-12-16", "Công đoàn Bộ đã phổ biến văn bản tới các công đoàn cơ sở; vận động đoàn viên chia sẻ thông tin chính thống.", { percent: 50 })]),
        "BNV-DTN": open("BNV-DTN", "LEAD", [accepted("2021-12-16", "Đoàn Thanh niên Bộ thành lập nhóm thanh niên xung kích đấu tranh với thông tin xấu độc trên mạng xã hội.", { percent: 50 })]),
      }),
    ),
    task(
      "Chỉ đạo, định hướng, đôn đốc, kiểm tra hoạt động thông tin tuyên truyền trên tạp chí, trang thông tin thuộc đơn vị quản lý",
      "Ban Tôn giáo Chính phủ, Ban Thi đua - Khen thưởng Trung ương, Học viện Hành chính Quốc gia, Trường Đại học Nội vụ Hà Nội tích cực chỉ đạo, định hướng, đôn đốc, kiểm tra hoạt động, thông tin tuyên truyền trên Tạp chí, trang thông tin thuộc đơn vị quản lý.",
      null,
      [
        open("BNV-BTGCP", "LEAD", [accepted("2021-12-14", "Đã rà soát nội dung Tạp chí Công tác Tôn giáo và trang thông tin của Ban; không phát hiện sai phạm.", { percent: 60 })]),
        open("BNV-BTDKT", "LEAD", [accepted("2021-12-17", "Tạp chí Thi đua - Khen thưởng thực hiện đúng tôn chỉ, mục đích; kiểm duyệt chặt chẽ tin bài.", { percent: 60 })]),
        open("BNV-HVHC", "LEAD"),
        open("BNV-DHNV", "LEAD"),
      ],
    ),
    task(
      "Thực hiện đúng Nghị định số 09/2017/NĐ-CP và chức năng Người phát ngôn; kịp thời định hướng thông tin cho các cơ quan báo chí, thông tin",
      "Văn phòng Bộ: Triển khai thực hiện đảm bảo đúng quy định Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ. Thực hiện tốt chức năng Người phát ngôn của Bộ Nội vụ; chủ động cung cấp thông tin cho báo chí, phục vụ Lãnh đạo Bộ tham dự Họp báo Chính phủ thường kỳ và Họp báo của Bộ Nội vụ. Kịp thời nắm bắt thông tin dư luận; chỉ đạo của Ban Cán sự đảng Bộ, Đảng ủy Bộ và Lãnh đạo Bộ để kịp thời định hướng thông tin, tuyên truyền. Chuyển các văn bản đi, đến Bộ Nội vụ (trên Voffice) có liên quan, cần thiết đối với công tác truyền thông cho Trung tâm Thông tin, Tạp chí Tổ chức nhà nước.",
      null,
      [
        open("BNV-VPB", "LEAD", [
          accepted("2021-09-30", "Quý III: phục vụ Lãnh đạo Bộ dự 3 cuộc Họp báo Chính phủ thường kỳ; trả lời 12 câu hỏi của cơ quan báo chí.", { percent: 50 }),
          accepted("2021-12-28", "Năm 2021: tổ chức 2 cuộc họp báo của Bộ; chuyển 186 văn bản trên Voffice cho Trung tâm Thông tin, Tạp chí.", { percent: 80 }),
        ]),
      ],
    ),
    task(
      "Kịp thời thông tin chỉ đạo của Ban Cán sự đảng, Đảng ủy và Lãnh đạo Bộ; duy trì mục Tiếp cận thông tin; tổng hợp kiến nghị của người dân, doanh nghiệp",
      "Trung tâm Thông tin: Kịp thời, chủ động thông tin đến cán bộ, công chức, viên chức, người lao động Bộ Nội vụ các chỉ đạo của Ban Cán sự đảng Bộ, Đảng ủy Bộ và Lãnh đạo Bộ. Duy trì thường xuyên, cập nhật kịp thời thông tin tại mục Tiếp cận thông tin trên Cổng Thông tin điện tử của Bộ. Tổng hợp kịp thời các kiến nghị của người dân, doanh nghiệp.",
      "thường xuyên",
      [open("BNV-TTTT", "LEAD", [accepted("2021-12-24", "Mục Tiếp cận thông tin được cập nhật 214 văn bản; tiếp nhận, chuyển xử lý 96 kiến nghị.", { percent: 70 })])],
    ),
    task(
      "Chủ động tuyên truyền phục vụ nhiệm vụ bảo vệ Tổ quốc; đấu tranh phản bác các quan điểm sai trái; bảo đảm đúng tôn chỉ, mục đích",
      "Tạp chí Tổ chức nhà nước: Chủ động, tích cực triển khai công tác tuyên truyền phục vụ nhiệm vụ bảo vệ Tổ quốc với hình thức đa dạng, phong phú và sâu sắc về nội dung. Tích cực, kịp thời tuyên truyền đấu tranh phản bác các quan điểm sai trái, âm mưu của các thế lực thù địch. Đảm bảo đúng tôn chỉ, mục đích; bám sát chỉ đạo, định hướng tuyên truyền của Ban Tuyên giáo Trung ương, của Ban Cán sự đảng, Đảng ủy Bộ và Lãnh đạo Bộ Nội vụ. Tăng cường trách nhiệm người đứng đầu cơ quan; quản lý phóng viên, viên chức, cộng tác viên.",
      null,
      [
        done("BNV-TCNN", "LEAD", "2021-12-20", "Năm 2021 đăng 38 bài chuyên đề bảo vệ nền tảng tư tưởng của Đảng; hoàn thành rà soát quy chế quản lý phóng viên, cộng tác viên.", {
          reviewedOn: "2021-12-27",
          before: [accepted("2021-09-15", "Đã mở chuyên mục “Bảo vệ nền tảng tư tưởng của Đảng”; đăng 21 bài.", { percent: 60 })],
        }),
      ],
    ),
  ],
};

export const HISTORIC_STATE: readonly DirectiveSeed[] = [ND09, CT12, CV2761];
