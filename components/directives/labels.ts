// How a directive is named in lists and links: "Chỉ thị số 01-CT/TW" or the type alone.
import { format, messages } from "@/lib/i18n/messages";

type Named = { type: string; symbol: string | null };

export function directiveTypeName(type: string): string {
  return messages.directiveType[type as keyof typeof messages.directiveType] ?? type;
}

export function directiveLabel(d: Named): string {
  const typeName = directiveTypeName(d.type);
  return d.symbol ? `${typeName} số ${d.symbol}` : typeName;
}

/** One rule of who receives a task: "Văn phòng Bộ", "Các đơn vị trực thuộc Bộ Nội vụ", "Các chi bộ thuộc Đảng ủy Bộ"… */
export function assigneeRuleLabel(selector: keyof typeof messages.editor.selector, organizationName: string, organizationKind: string | null): string {
  const kind = organizationKind ? messages.organizationKind[organizationKind as keyof typeof messages.organizationKind].toLowerCase() : "";
  return format(messages.editor.selector[selector], { name: organizationName, kind });
}

/**
 * The deadline as the document words it, where it says more than the date shown beside it
 * ("trong Quý II/2021", "thường xuyên"); a plain date ("trước ngày 3/12/2026") would repeat it.
 */
export function deadlineWording(task: { deadlineKind: string; deadlineText: string | null }): string | null {
  if (!task.deadlineText || task.deadlineKind === "DATE") return null;
  // "Thường xuyên (thường xuyên)" says nothing twice; "trong suốt cả nhiệm kỳ" is worth its words.
  if (task.deadlineKind === "ONGOING" && task.deadlineText.trim().toLowerCase() === messages.directive.ongoing.toLowerCase()) return null;
  return task.deadlineText;
}
