"use client";
// The last resort when the root layout itself fails: its own document, with the global styles.
import "./globals.css";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { common } from "@/lib/i18n/vi/common";
import { ui } from "@/lib/i18n/vi/ui";

export default function GlobalError({ error, retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">
        <title>{`${ui.errorPage.title} · ${common.app.shortName}`}</title>
        <div className="h-1.5 bg-brand-700" aria-hidden="true" />
        <main>
          <ErrorPanel error={error} onRetry={() => (retry ?? reset)?.()} />
        </main>
      </body>
    </html>
  );
}
