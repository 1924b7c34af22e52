"use client";
// Ends the session and returns to the sign-in page.
import { signOut } from "next-auth/react";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/Button";
import { cn } from "@/components/ui/cn";
import { messages } from "@/lib/i18n/messages";

const onBrand =
  "inline-flex h-8 items-center whitespace-nowrap rounded-md border border-white/50 px-3 text-sm font-medium text-white " +
  "transition-colors hover:bg-white/10 focus-visible:outline-white disabled:opacity-70";

/** `onBrand` sits on the red masthead; `plain` on a white surface. */
export function SignOutButton({ variant = "plain", className }: { variant?: "onBrand" | "plain"; className?: string }) {
  const [pending, setPending] = useState(false);

  async function handleClick() {
    setPending(true);
    try {
      await signOut({ callbackUrl: "/dang-nhap" });
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
      {pending ? messages.auth.signingOut : messages.auth.signOut}
    </button>
  );
}
