// Shown for unknown addresses and for every notFound(): also what a person sees when a record
// exists outside their scope, so the page never tells them it exists.
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/Button";
import { messages } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: messages.errorPage.notFoundTitle };

export default function NotFound() {
  const t = messages.errorPage;
  return (
    <>
      <div className="h-1.5 bg-brand-700" aria-hidden="true" />
      <main id="main" className="flex min-h-[70vh] items-center justify-center px-4 py-16">
        <div className="max-w-md text-center">
          <p className="text-sm font-semibold tabular-nums text-brand-700">404</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight text-stone-900">{t.notFoundTitle}</h1>
          <p className="mt-2 text-sm text-stone-600">{t.notFoundDescription}</p>
          <ButtonLink href="/" variant="primary" className="mt-6">
            {t.home}
          </ButtonLink>
        </div>
      </main>
    </>
  );
}
