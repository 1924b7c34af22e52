// Đổi mật khẩu: a plain card like the sign-in page, outside the app's frame — the only page a person
// whose password an administrator made (a new account, a reset) can open until they choose their own.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionField, ActionForm } from "@/components/admin/ActionForm";
import { Alert } from "@/components/ui/Alert";
import { Input } from "@/components/ui/Input";
import { SIGN_IN_PATH } from "@/lib/auth/next-auth";
import { messages } from "@/lib/i18n/messages";
import { getSignedInAccount } from "@/lib/server/session";
import { changePasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: messages.password.title };

export default async function ChangePasswordPage() {
  const account = await getSignedInAccount();
  if (!account) redirect(SIGN_IN_PATH);
  const p = messages.password;
  return (
    <div className="flex min-h-screen flex-col">
      <div className="h-1.5 bg-brand-700" aria-hidden="true" />
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center sm:py-16">
        <div className="w-full max-w-sm">
          <p className="text-center text-xs font-semibold uppercase tracking-[0.14em] text-brand-700">{messages.app.shortName}</p>
          <div className="mt-4 rounded-lg border border-stone-200 bg-white px-5 py-6 shadow-sm sm:px-8 sm:py-8">
            <div className="mb-6 border-b border-stone-200 pb-5 text-center">
              <h1 className="text-xl font-semibold tracking-tight text-stone-900">{p.title}</h1>
              <p className="mt-1 text-sm text-stone-600">
                {account.name} ({account.username})
              </p>
            </div>
            {account.mustChangePassword ? (
              <Alert tone="info" className="mb-5">
                {p.forced}
              </Alert>
            ) : null}
            <ActionForm id="password" action={changePasswordAction} label={p.title} submitLabel={p.submit} resetOnSuccess>
              <ActionField name="current" label={p.current} required>
                <Input name="current" type="password" autoComplete="current-password" maxLength={200} />
              </ActionField>
              <ActionField name="next" label={p.next} hint={p.nextHint} required>
                <Input name="next" type="password" autoComplete="new-password" maxLength={200} />
              </ActionField>
              <ActionField name="confirm" label={p.confirm} required>
                <Input name="confirm" type="password" autoComplete="new-password" maxLength={200} />
              </ActionField>
            </ActionForm>
            <p className="mt-5 border-t border-stone-200 pt-4 text-sm">
              <Link href="/" className="font-medium link">
                {p.continue}
              </Link>
            </p>
          </div>
        </div>
      </main>
    </div>
  );
}
