// Shown for unknown addresses (outside the app's frame, so it brings its own band and <main>); a
// notFound() inside the frame shows app/(app)/not-found.tsx. Also what a person sees when a record
// exists outside their scope, so the page never tells them it exists.
import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/ui/NotFoundPanel";
import { messages } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: messages.errorPage.notFoundTitle };

export default function NotFound() {
  return (
    <>
      <div className="h-1.5 bg-brand-700" aria-hidden="true" />
      <main id="main" className="flex min-h-[70vh] items-center justify-center px-4 py-16">
        <NotFoundPanel backHref="/" backLabel={messages.errorPage.home} />
      </main>
    </>
  );
}
