"use client";
// The error boundary below the root layout: a calm message and "Thử lại". It replaces the
// failed segment and every layout under the root, so it brings its own band and <main>.
import { useEffect } from "react";
import { ErrorPanel } from "@/components/ui/ErrorPanel";

// Next 16 passes `retry` (re-fetches and re-renders the segment, which also recovers from a
// server error) and `reset` (re-renders only); prefer the first when it is there.
export default function ErrorPage({ error, retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <>
      <div className="h-1.5 bg-brand-700" aria-hidden="true" />
      <main id="main">
        <ErrorPanel error={error} onRetry={() => (retry ?? reset)?.()} />
      </main>
    </>
  );
}
