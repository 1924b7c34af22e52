// How a directive is named in lists and links: "Chỉ thị số 01-CT/TW" or the type alone.
import { messages } from "@/lib/i18n/messages";

export function directiveLabel(d: { type: string; symbol: string | null }): string {
  const typeName = messages.directiveType[d.type as keyof typeof messages.directiveType] ?? d.type;
  return d.symbol ? `${typeName} số ${d.symbol}` : typeName;
}
