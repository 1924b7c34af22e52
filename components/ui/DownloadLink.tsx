// A file to download (an Excel export) as a button: a plain link, not a page for the router.
import { buttonClasses, type ButtonSize } from "./buttonClasses";

export function DownloadLink({ href, children, size = "sm" }: { href: string; children: React.ReactNode; size?: ButtonSize }) {
  return (
    <a href={href} download className={buttonClasses("secondary", size)}>
      <svg viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M8 2.5v7.5M5 7l3 3 3-3M3 12.5h10" />
      </svg>
      {children}
    </a>
  );
}
