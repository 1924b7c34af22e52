// The skeleton of a typical page (header, figures, a table) for route `loading.tsx` files:
// `export default function Loading() { return <LoadingPage />; }`.
import { messages } from "@/lib/i18n/messages";
import { Skeleton } from "./Skeleton";

export function LoadingPage({ stats = true, rows = 6 }: { stats?: boolean; rows?: number }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{messages.a11y.loading}</span>
      <div className="mb-6 space-y-2">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-8 w-72 max-w-full" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      {stats ? (
        <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="rounded-lg border border-stone-200 bg-white px-4 py-3">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="mt-2 h-8 w-16" />
            </div>
          ))}
        </div>
      ) : null}
      <div className="rounded-lg border border-stone-200 bg-white">
        <div className="border-b border-stone-200 px-4 py-3">
          <Skeleton className="h-5 w-48" />
        </div>
        <div className="divide-y divide-stone-100">
          {Array.from({ length: rows }, (_, i) => (
            <div key={i} className="flex items-center gap-4 px-4 py-3">
              <Skeleton className="h-4 w-24 shrink-0" />
              <Skeleton className="h-4 flex-1" />
              <Skeleton className="hidden h-4 w-28 shrink-0 sm:block" />
              <Skeleton className="h-5 w-20 shrink-0 rounded-full" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
