// What `npm run seed:scale` prints about the dataset it made.
import { formatViDate } from "../../domain/calendar";
import type { ScaleSummary } from "./generate";

const STATUS_NAMES: Record<string, string> = {
  COMPLETED_ON_TIME: "hoàn thành đúng hạn",
  COMPLETED_LATE: "hoàn thành quá hạn",
  OVERDUE: "quá hạn chưa hoàn thành",
  IN_PROGRESS: "đang thực hiện",
  CANCELLED: "đã hủy (văn bản thu hồi)",
};

/** The summary as printed by the command, in Vietnamese. */
export function formatSummary(s: ScaleSummary): string[] {
  const n = (x: number) => x.toLocaleString("vi-VN");
  const lines = [`Tóm tắt (ngày ${formatViDate(s.today)}):`];
  lines.push(`  Tổ chức: ${n(s.organizationsTotal)} trong cơ sở dữ liệu; đã thêm dưới Trung ương Đảng:`);
  for (const l of s.organizationsByLevel) lines.push(`    - ${l.level}: ${n(l.count)}`);
  lines.push(
    `  Văn bản: ${Object.entries(s.directivesByStatus).map(([k, v]) => `${k} ${n(v)}`).join(", ")} ` +
      `(thêm mới: Trung ương ${n(s.directivesByTier.centre)}, cấp tỉnh ${n(s.directivesByTier.provinces)}, cấp huyện ${n(s.directivesByTier.districts)}; ` +
      `${n(s.ownPlans)} kế hoạch thực hiện của cấp dưới)`,
  );
  lines.push(`  Nhiệm vụ: ${n(s.tasks)}`);
  lines.push(`  Lượt giao nhiệm vụ: ${n(s.assignments)} (dự kiến ${n(s.plannedAssignments)} cho phần thêm mới)`);
  for (const [k, v] of Object.entries(s.assignmentsByStatus)) {
    lines.push(`    - ${STATUS_NAMES[k] ?? k}: ${n(v)} (${((100 * v) / Math.max(1, s.assignments)).toFixed(1)} %)`);
  }
  lines.push(`    trạng thái lưu: ${Object.entries(s.assignmentsByState).map(([k, v]) => `${k} ${n(v)}`).join(", ")}`);
  lines.push(`  Báo cáo: ${n(s.reports)} (${Object.entries(s.reportsByStatus).map(([k, v]) => `${k} ${n(v)}`).join(", ")})`);
  lines.push(`  Tài khoản thêm: ${s.users.join(", ")} (mật khẩu như tài khoản mẫu)`);
  lines.push(`  Thời gian: ${s.seconds.toFixed(1)} giây`);
  return lines;
}
