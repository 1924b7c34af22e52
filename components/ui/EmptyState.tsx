// What a list says when it has nothing to show: what is missing and, if useful, what to do next.
import type { ReactNode } from "react";
import { cn } from "./cn";

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
}

export function EmptyState({ title, description, action, className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center rounded-lg border border-dashed border-stone-300 bg-white px-6 py-10 text-center", className)}>
      <svg viewBox="0 0 24 24" className="size-8 text-stone-400" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
        <path d="M4 7.5 6.5 4h11L20 7.5M4 7.5V19a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1V7.5M4 7.5h5l1 2h4l1-2h5" strokeLinejoin="round" />
      </svg>
      <p className="mt-3 text-sm font-semibold text-stone-900">{title}</p>
      {description ? <p className="mt-1 max-w-md text-sm text-stone-600">{description}</p> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
