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
