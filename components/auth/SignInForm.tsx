"use client";
// The username + password form. Signs in through next-auth without a page reload, words the
// server's error codes in Vietnamese, and returns to the page the person came from.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { format, messages } from "@/lib/i18n/messages";

const t = messages.auth;

/** The callbackUrl search param if it is a path on this site, else "/": never an open redirect. */
function safeCallbackUrl(): string {
  const raw = new URLSearchParams(window.location.search).get("callbackUrl");
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  try {
    const url = new URL(raw, window.location.origin);
    return url.origin === window.location.origin ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

/** next-auth hands back the code our authorize() threw (or its own CredentialsSignin). */
function describeError(code: string | null | undefined): string {
  if (code?.startsWith("THROTTLED:")) {
    const seconds = Number.parseInt(code.slice("THROTTLED:".length), 10);
    return format(t.throttled, { seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60 });
  }
  if (code === "INVALID" || code === "CredentialsSignin") return t.invalid;
  if (code === "LOCKED") return t.locked;
  return t.unexpected;
}

interface FormState {
  fieldErrors: { username?: string; password?: string };
  /** `attempt` makes every failure a new value, so focus returns to the alert each time. */
  failure?: { message: string; attempt: number };
  redirecting?: boolean;
}

export function SignInForm() {
  const router = useRouter();
  // Controlled, so a failed attempt keeps what was typed (React resets uncontrolled fields
  // after a form action).
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const alertRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // A form action rather than onSubmit: before hydration React's server HTML blocks a native
  // submission (no credentials in a GET URL on a slow connection) and replays it once ready.
  const [state, formAction, isPending] = useActionState(async (previous: FormState, data: FormData): Promise<FormState> => {
    const name = String(data.get("username") ?? "").trim();
    const secret = String(data.get("password") ?? "");
    const fieldErrors = {
      username: name ? undefined : t.usernameRequired,
      password: secret ? undefined : t.passwordRequired,
    };
    if (fieldErrors.username || fieldErrors.password) return { fieldErrors };

    let message: string;
    try {
      const result = await signIn("credentials", { username: name, password: secret, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(safeCallbackUrl());
        router.refresh();
        return { fieldErrors: {}, redirecting: true }; // stay busy while the next page loads
      }
      message = describeError(result?.error);
    } catch {
      message = t.unexpected;
    }
    return { fieldErrors: {}, failure: { message, attempt: (previous.failure?.attempt ?? 0) + 1 } };
  }, { fieldErrors: {} });

  const pending = isPending || Boolean(state.redirecting);
  const { fieldErrors, failure } = state;

  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  useEffect(() => {
    const first = fieldErrors.username ? "username" : fieldErrors.password ? "password" : null;
    const control = first ? formRef.current?.elements.namedItem(first) : null;
    if (control instanceof HTMLElement) control.focus();
  }, [fieldErrors]);

  return (
    <form ref={formRef} noValidate action={formAction} className="flex flex-col gap-1" aria-busy={pending}>
      {failure && !isPending ? (
        <Alert ref={alertRef} tabIndex={-1} tone="error" title={t.failedTitle} className="mb-4">
          {failure.message}
        </Alert>
      ) : null}
      <Field id="username" label={t.username} error={fieldErrors.username}>
        <Input name="username" type="text" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" autoCapitalize="none" autoCorrect="off" spellCheck={false} />
      </Field>
      <Field id="password" label={t.password} error={fieldErrors.password}>
        <Input name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      </Field>
      <Button type="submit" variant="primary" disabled={pending} className="mt-1 w-full">
        {pending ? (
          <svg viewBox="0 0 20 20" className="size-4 motion-safe:animate-spin" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
            <path d="M10 3a7 7 0 1 1-7 7" strokeLinecap="round" />
          </svg>
        ) : null}
        {pending ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
