// How a directive is named in lists and links: "Chỉ thị số 01-CT/TW" or the type alone.
import { messages } from "@/lib/i18n/messages";

type Named = { type: string; symbol: string | null };

export function directiveTypeName(type: string): string {
  return messages.directiveType[type as keyof typeof messages.directiveType] ?? type;
}

export function directiveLabel(d: Named): string {
  const typeName = directiveTypeName(d.type);
  return d.symbol ? `${typeName} số ${d.symbol}` : typeName;
}

/**
 * The deadline as the document words it, where it says more than the date shown beside it
 * ("trong Quý II/2021", "thường xuyên"); a plain date ("trước ngày 3/12/2026") would repeat it.
 */
export function deadlineWording(task: { deadlineKind: string; deadlineText: string | null }): string | null {
  return task.deadlineText && task.deadlineKind !== "DATE" ? task.deadlineText : null;
}
