// Đổi mật khẩu: a plain card like the sign-in page, outside the app's frame — the only page a person
// whose password an administrator made (a new account, a reset) can open until they choose their own.
import type { Metadata } from "next";
import Link from "@/components/ui/Link";
import { redirect } from "next/navigation";
import { ActionField, ActionForm } from "@/components/admin/ActionForm";
import { AuthCard } from "@/components/auth/AuthCard";
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
    <AuthCard
      title={p.title}
      subtitle={
        <>
          {account.name} ({account.username})
        </>
      }
    >
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
    </AuthCard>
  );
}
