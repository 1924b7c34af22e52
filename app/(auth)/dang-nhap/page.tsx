// The sign-in page: a plain centred card under the red band of the masthead.
import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/SignInForm";
import { Alert } from "@/components/ui/Alert";
import { messages } from "@/lib/i18n/messages";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/session";

// Reads the session: never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: messages.auth.title };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  // Someone already signed in has nothing to do here.
  if (await getCurrentUser()) redirect("/");
  const { error } = await searchParams;
  const sessionExpired = error === "SessionRequired";
  const t = messages.auth;

  return (
    <div className="flex min-h-screen flex-col">
      <div className="h-1.5 bg-brand-700" aria-hidden="true" />
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center sm:py-16">
        <div className="w-full max-w-sm">
          <p className="text-center text-xs font-semibold uppercase tracking-[0.14em] text-brand-700">{messages.app.shortName}</p>
          <div className="mt-4 rounded-lg border border-stone-200 bg-white px-5 py-6 shadow-sm sm:px-8 sm:py-8">
            <div className="mb-6 border-b border-stone-200 pb-5 text-center">
              <h1 className="text-xl font-semibold tracking-tight text-stone-900">{t.title}</h1>
              <p className="mt-1 text-sm text-stone-600">{t.subtitle}</p>
            </div>
            {sessionExpired ? (
              <Alert tone="info" className="mb-5">
                {t.sessionExpired}
              </Alert>
            ) : null}
            <SignInForm />
          </div>
          <p className="mt-6 text-center text-xs leading-relaxed text-stone-600">{t.help}</p>
        </div>
      </main>
    </div>
  );
}
