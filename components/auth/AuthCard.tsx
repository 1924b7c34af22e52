// The frame of the pages outside the app (signing in, choosing one's password): the red band of the
// masthead, the app's short name, and a plain centred card with its title.
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/messages";

export function AuthCard({ title, subtitle, footer, children }: { title: string; subtitle: ReactNode; footer?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <div className="h-1.5 bg-brand-700" aria-hidden="true" />
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center sm:py-16">
        <div className="w-full max-w-sm">
          <p className="text-center text-xs font-semibold uppercase tracking-[0.14em] text-brand-700">{messages.app.shortName}</p>
          <div className="mt-4 rounded-lg border border-stone-200 bg-white px-5 py-6 shadow-sm sm:px-8 sm:py-8">
            <div className="mb-6 border-b border-stone-200 pb-5 text-center">
              <h1 className="text-xl font-semibold tracking-tight text-stone-900">{title}</h1>
              <p className="mt-1 text-sm text-stone-600">{subtitle}</p>
            </div>
            {children}
          </div>
          {footer}
        </div>
      </main>
    </div>
  );
}
