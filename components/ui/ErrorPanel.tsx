// What the error boundaries (app/error.tsx, app/global-error.tsx) show. It never shows the
// error's message or stack, which may hold internals; only the digest, which matches the server
// log, is offered for support. Rendered by client boundaries, so it may take a callback.
import { useEffect, useRef } from "react";
import { format } from "@/lib/i18n/format";
import { ui } from "@/lib/i18n/vi/ui";
import { buttonClasses } from "./buttonClasses";

/** A digest Next attached to the error (server errors only), if it looks like one. */
function digestOf(error: unknown): string | undefined {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^[\w-]{1,64}$/.test(digest) ? digest : undefined;
}

export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = ui.errorPage;
  const digest = digestOf(error);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Focus the heading so a screen reader announces what happened after a client navigation.
    headingRef.current?.focus();
  }, [error]);

  return (
    <div className="flex min-h-[50vh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <svg viewBox="0 0 24 24" className="mx-auto size-10 text-brand-600" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7.5v5.5M12 16.5v.01" />
        </svg>
        <h1 ref={headingRef} tabIndex={-1} className="mt-3 text-2xl font-semibold tracking-tight text-stone-900 focus:outline-none">
          {t.title}
        </h1>
        <p className="mt-2 text-sm text-stone-600">{t.description}</p>
        {digest ? <p className="mt-3 text-xs tabular-nums text-stone-600">{format(t.reference, { digest })}</p> : null}
        <div className="mt-6 flex flex-wrap justify-center gap-2">
          <button type="button" className={buttonClasses("primary", "md")} onClick={onRetry}>
            {t.retry}
          </button>
          {/* A full page load on purpose: the client router may be what failed. */}
          <a href="/" className={buttonClasses("secondary", "md")}>
            {t.home}
          </a>
        </div>
      </div>
    </div>
  );
}
