// The directive's name as shown in text: the symbol is one unit, so a line never breaks inside
// "08-CT/TW" at its hyphen or slash (the string form, for titles and labels, is directiveLabel).
import { directiveTypeName } from "./labels";

export function DirectiveLabel({ directive }: { directive: { type: string; symbol: string | null } }) {
  const typeName = directiveTypeName(directive.type);
  if (!directive.symbol) return <>{typeName}</>;
  return (
    <>
      {typeName} số <span className="whitespace-nowrap">{directive.symbol}</span>
    </>
  );
}
