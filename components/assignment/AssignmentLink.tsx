// An assignment's name as a link to its page where the person may open it (openableAssignments
// decided that on the server), and as plain text elsewhere: never a link that ends on "not found".
import Link from "@/components/ui/Link";
import type { ReactNode } from "react";

export function AssignmentLink({
  id,
  openable,
  children,
  className = "link",
  plainClassName,
}: {
  id: number;
  openable: boolean;
  children: ReactNode;
  className?: string;
  /** The text's class when it is not a link (none: the surrounding text's). */
  plainClassName?: string;
}) {
  if (!openable) return plainClassName ? <span className={plainClassName}>{children}</span> : <>{children}</>;
  return (
    <Link href={`/nhiem-vu/${id}`} className={className}>
      {children}
    </Link>
  );
}
