"use client";
// The last resort when the root layout itself fails: its own document, with the global styles.
import "./globals.css";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { messages } from "@/lib/i18n/messages";

export default function GlobalError({ error, retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">
        <title>{`${messages.errorPage.title} · ${messages.app.shortName}`}</title>
        <div className="h-1.5 bg-brand-700" aria-hidden="true" />
        <main>
          <ErrorPanel error={error} onRetry={() => (retry ?? reset)?.()} />
        </main>
      </body>
    </html>
  );
}
