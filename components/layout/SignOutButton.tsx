"use client";
// Ends the session and returns to the sign-in page. It speaks next-auth's sign-out endpoint
// directly (a CSRF token, then a POST) instead of shipping next-auth's client library to every page.
import { useState } from "react";
import { buttonClasses } from "@/components/ui/buttonClasses";
import { cn } from "@/components/ui/cn";
import { ui } from "@/lib/i18n/vi/ui";

const onBrand =
  "inline-flex h-8 items-center whitespace-nowrap rounded-md border border-white/50 px-3 text-sm font-medium text-white " +
  "transition-colors hover:bg-white/10 focus-visible:outline-white disabled:opacity-70";

async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/dang-nhap", json: "true" }),
  });
  window.location.assign("/dang-nhap");
}

/** `onBrand` sits on the red masthead; `plain` on a white surface. */
export function SignOutButton({ variant = "plain", className }: { variant?: "onBrand" | "plain"; className?: string }) {
  const [pending, setPending] = useState(false);

  async function handleClick() {
    setPending(true);
    try {
      await signOut();
    } catch {
      setPending(false);
    }
  }

  return (
    <button
      type="button"
      onClick={handleClick}
      disabled={pending}
      className={cn(variant === "onBrand" ? onBrand : buttonClasses("secondary", "sm"), className)}
    >
      {pending ? ui.auth.signingOut : ui.auth.signOut}
    </button>
  );
}
