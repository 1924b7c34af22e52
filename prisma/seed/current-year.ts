// Directives of the current year, laid out around `today` so that a demo opened on any day has
// work overdue, work due within days, a month end, a quarter end and a quarterly report cycle.
// Pure and deterministic: the same `today` always gives the same data (no Math.random, no clock).
import {
  addDays,
  dayNumber,
  endOfMonth,
  endOfQuarter,
  isoParts,
  quarterOf,
  startOfYear,
  type IsoDate,
} from "@/lib/domain/calendar";
import { reportSlots } from "@/lib/domain/deadline";
import type { AssignmentRole } from "@/lib/generated/prisma/enums";
import { accepted, awaiting, done, open, pending, returned, type Figures } from "./builders";
import { HISTORIC_DIRECTIVES } from "./historic-directives";
import { PARTY_SIZE } from "./historic-party";
import { BNV_UNITS, DU_VPCP_CHILDREN, DUK_COMMITTEES } from "./organizations";
import type { AssignmentSeed, DirectiveSeed, ReportSeed, TaskSeed } from "./types";

type Outcome = "onTime" | "late" | "awaiting" | "returned" | "progress" | "open";

const ROMAN = ["I", "II", "III", "IV"];
const min = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const max = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** Deadline phrases as the documents write them, so parseDeadline reads them back to the same dates. */
const viDate = (iso: IsoDate) => {
  const { year, month, day } = isoParts(iso);
  return `${day}/${month}/${year}`;
};
const beforeDay = (iso: IsoDate) => `trước ngày ${viDate(iso)}`;
const inMonth = (iso: IsoDate) => `trong tháng ${isoParts(iso).month}/${isoParts(iso).year}`;
const inQuarter = (iso: IsoDate) => `trong Quý ${ROMAN[quarterOf(iso) - 1]}/${isoParts(iso).year}`;
const QUARTERLY = "thường xuyên, định kỳ hằng quý báo cáo";
/** Party documents write one-digit numbers with a leading zero (01-CT/TW, 04-KH/BTCTW). */
const party = (n: number) => String(n).padStart(2, "0");
/** "2026-Q3" → "quý III/2026". */
const quarterName = (periodKey: string) => `quý ${ROMAN[Number(periodKey.slice(-1)) - 1]}/${periodKey.slice(0, 4)}`;
const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

/** mulberry32: a tiny seeded generator, so offsets vary between days but never between runs. */
function seeded(seed: string): (lo: number, hi: number) => number {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a ^ ch.charCodeAt(0), 2_654_435_761) + 1) >>> 0;
  return (lo, hi) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    return lo + Math.floor(r * (hi - lo + 1));
  };
}

interface Texts {
  done: string;
  progress: string;
}

/** Builds one directive's assignments; every date it writes lies between the issue date and yesterday. */
class Story {
  private readonly rand: (lo: number, hi: number) => number;
  private readonly first: IsoDate;
  private readonly last: IsoDate;

  constructor(
    private readonly today: IsoDate,
    issuedOn: IsoDate,
    key: string,
  ) {
    this.rand = seeded(`${today}:${key}`);
    this.first = addDays(issuedOn, 1);
    this.last = addDays(today, -1);
  }

  private clamp(iso: IsoDate): IsoDate {
    return max(this.first, min(this.last, iso));
  }

  private reviewed(submitted: IsoDate): IsoDate {
    return max(submitted, min(addDays(submitted, this.rand(1, 3)), this.last));
  }

  assignment(unit: string, role: AssignmentRole, due: IsoDate, outcome: Outcome, t: Texts, figures?: Figures): AssignmentSeed {
    switch (outcome) {
      case "onTime": {
        const on = this.clamp(addDays(min(due, this.last), -this.rand(0, 4)));
        return done(unit, role, on, sentence(t.done), { reviewedOn: this.reviewed(on), figures: figures && { achieved: figures.of, of: figures.of } });
      }
      case "late": {
        if (due >= this.last) throw new Error(`Demo data: a task due ${due} cannot be completed late before ${this.today}`);
        const on = this.clamp(addDays(due, this.rand(1, Math.max(1, dayNumber(this.last) - dayNumber(due)))));
        return done(unit, role, on, `${t.done.replace(/\.$/, "")} (báo cáo chậm so với thời hạn).`, { reviewedOn: this.reviewed(on), figures: figures && { achieved: figures.of, of: figures.of } });
      }
      case "awaiting":
        return awaiting(unit, role, this.clamp(addDays(this.last, -this.rand(0, 2))), sentence(t.done), { figures: figures && { achieved: figures.of, of: figures.of } });
      case "returned": {
        const submitted = this.clamp(addDays(this.last, -this.rand(2, 5)));
        return open(unit, role, [
          ...this.progressReports(t, figures, submitted),
          returned(submitted, sentence(t.done), "Báo cáo chưa đầy đủ số liệu, chưa nêu rõ tồn tại, hạn chế và nguyên nhân; đề nghị bổ sung, gửi lại.", {
            reviewedOn: this.reviewed(submitted),
          }),
        ]);
      }
      case "progress":
        return open(unit, role, this.progressReports(t, figures, this.last));
      case "open":
        return open(unit, role);
    }
  }

  private progressReports(t: Texts, figures: Figures | undefined, before: IsoDate): ReportSeed[] {
    const on = this.clamp(addDays(this.first, this.rand(3, 12)));
    if (on >= before) return [];
    const f = figures && { achieved: Math.round((figures.of * this.rand(55, 90)) / 100), of: figures.of };
    return [accepted(on, t.progress, { percent: f ? undefined : this.rand(3, 7) * 10, figures: f, reviewedOn: this.reviewed(on) })];
  }

  /** Units of a group take the outcomes in turn, so every story appears whatever the group's size. */
  group(units: readonly string[], due: IsoDate, outcomes: readonly Outcome[], t: Texts, figures?: (unit: string) => Figures): AssignmentSeed[] {
    return units.map((u, i) => this.assignment(u, "LEAD", due, outcomes[i % outcomes.length], t, figures?.(u)));
  }

  /** An ongoing task reported every quarter: past quarters mostly reported, some units missing one, a few early reports for this quarter. */
  quarterly(units: readonly string[], issuedOn: IsoDate, t: Texts): AssignmentSeed[] {
    const slots = reportSlots("QUARTERLY", issuedOn, this.today);
    return units.map((unit, i) => {
      const reports: ReportSeed[] = [];
      for (const slot of slots) {
        if (slot.dueOn < this.today) {
          if (i % 5 === 4) continue; // never reported for this quarter: the slot shows overdue
          const on = this.clamp(addDays(slot.dueOn, -this.rand(0, 4)));
          reports.push(accepted(on, `${t.progress} ${quarterName(slot.periodKey)}.`, { percent: this.rand(4, 8) * 10, periodKey: slot.periodKey, reviewedOn: this.reviewed(on) }));
        } else if (i % 4 === 0) {
          const on = max(slot.periodStart, this.clamp(addDays(this.last, -this.rand(0, 3))));
          if (on <= this.last) reports.push(pending(on, `${t.progress} ${quarterName(slot.periodKey)} (báo cáo sớm).`, { percent: this.rand(5, 9) * 10, periodKey: slot.periodKey }));
        }
      }
      return open(unit, "LEAD", reports);
    });
  }
}

/** Offices issue on working days: a date on a weekend or on New Year's Day moves back to the working day before. */
function workday(iso: IsoDate): IsoDate {
  let d = iso;
  // Day 0 (1970-01-01) was a Thursday, so (dayNumber + 4) % 7 is 0 on Sundays and 6 on Saturdays.
  while ([0, 6].includes((((dayNumber(d) + 4) % 7) + 7) % 7) || d.endsWith("-01-01")) d = addDays(d, -1);
  return d;
}

function dayOfYear(iso: IsoDate): number {
  return dayNumber(iso) - dayNumber(startOfYear(isoParts(iso).year)) + 1;
}

/** Symbols already used by the historic data, so a demo dated in 2021 cannot collide with them. */
const TAKEN = new Set(HISTORIC_DIRECTIVES.map((d) => `${d.issuer}|${d.issuedOn?.slice(0, 4)}|${d.symbol}`));

function symbolFor(issuer: string, issuedOn: IsoDate, number: number, format: (n: number) => string): string {
  let n = number;
  while (TAKEN.has(`${issuer}|${issuedOn.slice(0, 4)}|${format(n)}`)) n += 1;
  return format(n);
}

const taskOf = (title: string, description: string, deadlineText: string, assignments: AssignmentSeed[], extra: Partial<TaskSeed> = {}): TaskSeed => ({
  title,
  description,
  deadlineText,
  assignments,
  ...extra,
});

export function currentYearDirectives(today: IsoDate): DirectiveSeed[] {
  const day = (n: number) => addDays(today, n);
  const monthEnd = endOfMonth(isoParts(today).year, isoParts(today).month);
  const quarterEnd = endOfQuarter(isoParts(today).year, quarterOf(today));
  const year = isoParts(today).year;

  // ── Ban Cán sự đảng: a propaganda plan with a quarterly report cycle ──
  const khOn = workday(day(-60));
  const kh = new Story(today, khOn, "bcsd-kh");
  const khBcsd: DirectiveSeed = {
    key: "current:bcsd-kh",
    type: "KE_HOACH",
    symbol: symbolFor("BCSD-BNV", khOn, 10 + Math.floor(dayOfYear(khOn) / 5), (n) => `${party(n)}-KH/BCSĐ`),
    issuer: "BCSD-BNV",
    issuedOn: khOn,
    title: "Đẩy mạnh thông tin, tuyên truyền về công tác xây dựng Đảng, xây dựng hệ thống chính trị trong Bộ, ngành Nội vụ",
    status: "ISSUED",
    references: ["26-CV/BCSĐ"],
    tasks: [
      taskOf(
        "Mở chuyên mục, đăng tải tin, bài tuyên truyền về công tác xây dựng Đảng của Bộ",
        "Giao Tạp chí Tổ chức nhà nước chủ trì, phối hợp với Trung tâm Thông tin mở chuyên mục, đăng tải tin, bài tuyên truyền về công tác xây dựng Đảng, xây dựng hệ thống chính trị của Bộ, ngành Nội vụ.",
        beforeDay(day(-10)),
        [
          kh.assignment("BNV-TCNN", "LEAD", day(-10), "onTime", { done: "Đã mở chuyên mục “Xây dựng Đảng trong ngành Nội vụ”, đăng 12 bài.", progress: "" }),
          kh.assignment("BNV-TTTT", "COORDINATE", day(-10), "progress", { done: "", progress: "Đã chuẩn bị giao diện chuyên mục trên Cổng Thông tin điện tử; đang biên tập tin, bài." }),
        ],
      ),
      taskOf(
        "Tổng hợp, báo cáo Ban Cán sự đảng kết quả thông tin, tuyên truyền của các đơn vị",
        "Giao Văn phòng Bộ chủ trì, phối hợp với Văn phòng Ban Cán sự đảng tổng hợp kết quả thông tin, tuyên truyền của các cơ quan, đơn vị thuộc, trực thuộc Bộ, báo cáo Ban Cán sự đảng.",
        beforeDay(day(5)),
        [
          kh.assignment("BNV-VPB", "LEAD", day(5), "awaiting", { done: "Đã tổng hợp báo cáo của 15 đơn vị, trình Ban Cán sự đảng dự thảo báo cáo.", progress: "" }),
          kh.assignment("BNV-VPBCSD", "COORDINATE", day(5), "onTime", { done: "Đã cung cấp số liệu, ý kiến của Văn phòng Ban Cán sự đảng.", progress: "" }),
        ],
      ),
      taskOf(
        "Báo cáo kết quả thông tin, tuyên truyền công tác xây dựng Đảng theo định kỳ hằng quý",
        "Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ tổ chức thực hiện thường xuyên, định kỳ hằng quý báo cáo kết quả về Ban Cán sự đảng (qua Văn phòng Bộ).",
        QUARTERLY,
        kh.quarterly(BNV_UNITS, khOn, { done: "", progress: "Báo cáo kết quả thông tin, tuyên truyền" }),
      ),
    ],
  };

  // ── Ban Cán sự đảng: a confidential letter to two units ──
  const mOn = workday(day(-35));
  const m = new Story(today, mOn, "bcsd-mat");
  const cvMat: DirectiveSeed = {
    key: "current:bcsd-mat",
    type: "CONG_VAN",
    symbol: symbolFor("BCSD-BNV", mOn, 2 + Math.floor(dayOfYear(mOn) * 0.3), (n) => `${party(n)}-CV/BCSĐ`),
    issuer: "BCSD-BNV",
    issuedOn: mOn,
    title: `Về việc rà soát, báo cáo công tác bảo vệ chính trị nội bộ năm ${isoParts(mOn).year}`,
    status: "ISSUED",
    confidentiality: "SECRET",
    tasks: [
      taskOf(
        "Rà soát hồ sơ, báo cáo kết quả thẩm định tiêu chuẩn chính trị của cán bộ thuộc diện Ban Cán sự đảng quản lý",
        "Giao Vụ Tổ chức cán bộ rà soát hồ sơ, báo cáo kết quả thẩm định tiêu chuẩn chính trị của cán bộ thuộc diện Ban Cán sự đảng quản lý.",
        beforeDay(day(-3)),
        [m.assignment("BNV-TCCB", "LEAD", day(-3), "late", { done: "Đã hoàn thành rà soát, báo cáo kết quả thẩm định", progress: "" })],
      ),
      taskOf(
        "Xây dựng báo cáo tổng hợp công tác bảo vệ chính trị nội bộ của Bộ",
        "Giao Vụ Tổ chức cán bộ chủ trì, phối hợp với Văn phòng Ban Cán sự đảng xây dựng báo cáo tổng hợp công tác bảo vệ chính trị nội bộ, trình Ban Cán sự đảng.",
        beforeDay(day(9)),
        [
          m.assignment("BNV-TCCB", "LEAD", day(9), "progress", { done: "", progress: "Đang tổng hợp số liệu của các đơn vị; dự kiến trình dự thảo đúng hạn." }),
          m.assignment("BNV-VPBCSD", "COORDINATE", day(9), "open", { done: "", progress: "" }),
        ],
      ),
    ],
  };

  // ── Bộ Nội vụ: chasing the reports on Chỉ thị 12/CT-TTg ──
  const bnvOn = workday(day(-45));
  const b = new Story(today, bnvOn, "bnv-cv");
  const cvBnv: DirectiveSeed = {
    key: "current:bnv-cv",
    type: "CONG_VAN",
    symbol: symbolFor("BNV", bnvOn, 40 + Math.floor(dayOfYear(bnvOn) * 17.2), (n) => `${n}/BNV-VP`),
    issuer: "BNV",
    issuedOn: bnvOn,
    title: "Về việc đôn đốc báo cáo kết quả thực hiện Chỉ thị số 12/CT-TTg ngày 12/5/2021 của Thủ tướng Chính phủ",
    status: "ISSUED",
    parent: "12/CT-TTg",
    references: ["2761/BNV-TC"],
    tasks: [
      taskOf(
        "Báo cáo kết quả thực hiện Chỉ thị số 12/CT-TTg và Công văn số 2761/BNV-TC, gửi Văn phòng Bộ",
        "Đề nghị các đơn vị thuộc, trực thuộc Bộ báo cáo kết quả thực hiện Chỉ thị số 12/CT-TTg và Công văn số 2761/BNV-TC, gửi về Văn phòng Bộ để tổng hợp.",
        beforeDay(day(-3)),
        b.group(
          BNV_UNITS.filter((u) => u !== "BNV-VPB"),
          day(-3),
          ["onTime", "onTime", "late", "awaiting", "open", "onTime", "returned", "onTime", "open", "awaiting", "late", "onTime", "open", "onTime"],
          { done: "Đã gửi báo cáo kết quả thực hiện Chỉ thị số 12/CT-TTg của đơn vị", progress: "Đang tổng hợp số liệu để báo cáo." },
        ),
      ),
      taskOf(
        "Tổng hợp, xây dựng báo cáo của Bộ gửi Văn phòng Chính phủ",
        "Giao Văn phòng Bộ chủ trì, phối hợp với Trung tâm Thông tin tổng hợp, xây dựng báo cáo của Bộ Nội vụ về kết quả thực hiện Chỉ thị số 12/CT-TTg, gửi Văn phòng Chính phủ.",
        beforeDay(day(12)),
        [
          b.assignment("BNV-VPB", "LEAD", day(12), "progress", { done: "", progress: "Đã nhận báo cáo của phần lớn đơn vị; đang xây dựng dự thảo báo cáo của Bộ." }),
          b.assignment("BNV-TTTT", "COORDINATE", day(12), "open", { done: "", progress: "" }),
        ],
      ),
      taskOf(
        "Cập nhật kết quả thực hiện Chỉ thị số 12/CT-TTg trên Cổng Thông tin điện tử của Bộ",
        "Giao Trung tâm Thông tin cập nhật, đăng tải kết quả thực hiện Chỉ thị số 12/CT-TTg của Bộ, ngành Nội vụ trên Cổng Thông tin điện tử của Bộ.",
        inMonth(today),
        [b.assignment("BNV-TTTT", "LEAD", monthEnd, "open", { done: "", progress: "" })],
      ),
    ],
  };

  // ── Đảng ủy Văn phòng Chính phủ: topical study plan, each cell to issue its own plan ──
  const vOn = workday(day(-30));
  const v = new Story(today, vOn, "duvpcp-kh");
  const khVpcp: DirectiveSeed = {
    key: "current:duvpcp-kh",
    type: "KE_HOACH",
    symbol: symbolFor("DU-VPCP", vOn, 5 + Math.floor(dayOfYear(vOn) / 8), (n) => `${party(n)}-KH/ĐU`),
    issuer: "DU-VPCP",
    issuedOn: vOn,
    title: `Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm ${year} trong Đảng bộ Văn phòng Chính phủ`,
    status: "ISSUED",
    references: ["05-CT/TW", "01-KL/TW"],
    tasks: [
      taskOf(
        "Xây dựng kế hoạch học tập chuyên đề, gửi Đảng ủy Văn phòng Chính phủ",
        "Các đảng ủy, chi ủy trực thuộc xây dựng kế hoạch tổ chức học tập chuyên đề và đăng ký nội dung làm theo của tập thể, cá nhân, gửi Đảng ủy Văn phòng Chính phủ (qua Văn phòng Đảng ủy).",
        beforeDay(day(2)),
        v.group(DU_VPCP_CHILDREN, day(2), ["onTime", "awaiting", "open", "onTime", "returned", "open", "awaiting", "onTime", "open"], {
          done: "Chi ủy đã ban hành kế hoạch học tập chuyên đề và danh sách đăng ký làm theo",
          progress: "Đang lấy ý kiến đảng viên về nội dung đăng ký làm theo.",
        }),
        { requiresOwnPlan: true },
      ),
      taskOf(
        "Mở chuyên mục tuyên truyền gương điển hình học tập và làm theo Bác trên Cổng Thông tin điện tử Chính phủ",
        "Đảng ủy Cổng Thông tin điện tử Chính phủ mở chuyên mục, giới thiệu các mô hình hay, gương cán bộ, đảng viên tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        inQuarter(today),
        [v.assignment("DU-VPCP-CTTDT", "LEAD", quarterEnd, "progress", { done: "", progress: "Đã mở chuyên mục, đăng 4 bài giới thiệu gương điển hình." })],
      ),
    ],
  };

  // ── Đảng ủy Khối: self-inspection, and a 100 % target due within the week ──
  const kOn = workday(day(-70));
  const k = new Story(today, kOn, "duk-kh");
  const khDuk: DirectiveSeed = {
    key: "current:duk-kh",
    type: "KE_HOACH",
    symbol: symbolFor("DUK", kOn, 8 + Math.floor(dayOfYear(kOn) / 6), (n) => `${party(n)}-KH/ĐUK`),
    issuer: "DUK",
    issuedOn: kOn,
    // Named for the year of the work: a plan issued in late December is next year's plan.
    title: `Kiểm tra việc học tập, quán triệt và triển khai thực hiện nghị quyết của Đảng trong Đảng bộ Khối năm ${year}`,
    status: "ISSUED",
    tasks: [
      taskOf(
        "Tự kiểm tra và báo cáo kết quả học tập, quán triệt, triển khai thực hiện nghị quyết của Đảng",
        "Các đảng ủy trực thuộc tổ chức tự kiểm tra việc học tập, quán triệt và triển khai thực hiện nghị quyết của Đảng, báo cáo kết quả về Đảng ủy Khối (qua Ban Tuyên giáo).",
        beforeDay(day(-10)),
        k.group(DUK_COMMITTEES, day(-10), ["onTime", "late", "open", "onTime", "awaiting", "open"], {
          done: "Đã hoàn thành tự kiểm tra, gửi báo cáo kết quả",
          progress: "Đã thành lập tổ tự kiểm tra; đang kiểm tra tại các đảng bộ cơ sở.",
        }),
      ),
      taskOf(
        "Bảo đảm 100% đảng viên học tập chuyên đề và nghị quyết mới của Đảng",
        `100% đảng viên trong các đảng bộ trực thuộc được học tập chuyên đề năm ${year} và các nghị quyết mới ban hành của Đảng.`,
        beforeDay(day(6)),
        k.group(DUK_COMMITTEES, day(6), ["awaiting", "progress", "onTime", "progress", "open", "awaiting"], {
          done: "Toàn bộ đảng viên đã học tập chuyên đề",
          progress: "Đang tổ chức học tập tại các đảng bộ cơ sở.",
        }, (u) => ({ achieved: PARTY_SIZE[u].members, of: PARTY_SIZE[u].members })),
        { targetValue: 100, targetUnit: "%" },
      ),
    ],
  };

  // ── Ban Cán sự đảng: a draft, not issued, no assignments yet ──
  const draft: DirectiveSeed = {
    key: "current:bcsd-draft",
    type: "KE_HOACH",
    symbol: null,
    issuer: "BCSD-BNV",
    issuedOn: null,
    title: "Kiểm tra việc thực hiện Chỉ thị số 01-CT/TW của Bộ Chính trị tại các đơn vị thuộc, trực thuộc Bộ",
    status: "DRAFT",
    parent: "01-CT/TW",
    tasks: [
      taskOf(
        "Xây dựng đề cương báo cáo tự kiểm tra, gửi các đơn vị",
        "Giao Văn phòng Ban Cán sự đảng xây dựng đề cương báo cáo tự kiểm tra việc thực hiện Chỉ thị số 01-CT/TW, gửi các đơn vị thuộc, trực thuộc Bộ.",
        beforeDay(day(20)),
        [],
      ),
      taskOf(
        "Tổ chức đoàn kiểm tra tại một số đơn vị",
        "Thành lập đoàn kiểm tra việc thực hiện Chỉ thị số 01-CT/TW tại một số đơn vị thuộc, trực thuộc Bộ.",
        inMonth(day(45)),
        [],
      ),
    ],
  };

  return [khBcsd, cvMat, cvBnv, khVpcp, khDuk, draft];
}
