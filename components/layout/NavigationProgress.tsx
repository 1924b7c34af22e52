"use client";
// A thin bar across the top while a page is on its way: links do not prefetch (components/ui/Link.tsx),
// so on a slow provincial connection a click would otherwise show nothing until the server answers.
// It starts on a click of a link to another page of the app and ends when the address changes.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/** A navigation quicker than this shows no bar at all (no flicker on a fast connection). */
const SHOW_AFTER_MS = 150;

function internalTarget(event: MouseEvent): URL | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return null;
  const here = window.location;
  return url.pathname === here.pathname && url.search === here.search ? null : url;
}

/** `label`: what a screen reader hears while it shows (passed in: the message catalogue stays on the server). */
export function NavigationProgress({ label }: { label: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, setPending] = useState(false);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (internalTarget(event)) setPending(true);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  // The new page is here (its address is the one shown): the bar goes.
  useEffect(() => {
    setPending(false);
    setShown(false);
  }, [pathname, search]);

  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [pending]);

  return (
    <>
      <div aria-hidden="true" className={shown ? "nav-progress nav-progress-on" : "nav-progress"} />
      <p role="status" className="sr-only">
        {shown ? label : ""}
      </p>
    </>
  );
}
