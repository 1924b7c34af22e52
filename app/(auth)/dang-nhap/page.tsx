// The sign-in page: a plain centred card under the red band of the masthead.
import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/AuthCard";
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
    <AuthCard title={t.title} subtitle={t.subtitle} footer={<p className="mt-6 text-center text-xs leading-relaxed text-stone-600">{t.help}</p>}>
      {sessionExpired ? (
        <Alert tone="info" className="mb-5">
          {t.sessionExpired}
        </Alert>
      ) : null}
      <SignInForm />
    </AuthCard>
  );
}
