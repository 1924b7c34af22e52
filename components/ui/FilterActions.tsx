// The end of a GET filter form: the button that applies it and, when something is filtered, the
// link back to the unfiltered list.
import Link from "@/components/ui/Link";
import { Button } from "./Button";
import { cn } from "./cn";

export function FilterActions({ applyLabel, clearLabel, clearHref, className }: { applyLabel: string; clearLabel: string; clearHref?: string | null; className?: string }) {
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <Button type="submit" variant="primary">
        {applyLabel}
      </Button>
      {clearHref ? (
        <Link href={clearHref} className="text-sm text-stone-700 underline underline-offset-2 hover:text-stone-900">
          {clearLabel}
        </Link>
      ) : null}
    </div>
  );
}
