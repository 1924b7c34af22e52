// The frame of every signed-in page: skip link, red masthead with the user, the primary
// navigation and <main id="main">. A server component; on phones the navigation folds into a
// native <details> disclosure, which needs no JavaScript to open.
import Link from "@/components/ui/Link";
import type { ReactNode } from "react";
import { format, messages } from "@/lib/i18n/messages";
import { NavigationProgress } from "./NavigationProgress";
import { NavLinks, type NavItem } from "./NavLinks";
import { SignOutButton } from "./SignOutButton";

export type ShellRole = keyof typeof messages.role;

export interface AppShellProps {
  user: { name: string; role: ShellRole; organizationName: string };
  nav: NavItem[];
  /** Unread notifications; the bell is shown only when this is given. */
  unread?: number;
  children: ReactNode;
}

/** The link to the notifications, named with the number waiting: "Thông báo (3 chưa đọc)". */
function NotificationBell({ unread }: { unread: number }) {
  const m = messages.notifications;
  return (
    <Link
      href="/thong-bao"
      aria-label={unread > 0 ? format(m.bell, { n: unread }) : m.title}
      className="relative inline-flex h-9 shrink-0 items-center gap-2 rounded-md border border-white/50 px-2.5 text-sm font-medium hover:bg-white/10 focus-visible:outline-white"
    >
      <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M5 8a5 5 0 0 1 10 0c0 4 1.5 5.5 2 6H3c.5-.5 2-2 2-6ZM8.5 17a1.75 1.75 0 0 0 3 0" />
      </svg>
      <span className="hidden lg:inline">{m.title}</span>
      {unread > 0 ? (
        <span className="inline-flex min-w-5 items-center justify-center rounded-full bg-white px-1.5 text-xs font-semibold tabular-nums text-brand-800" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

export function AppShell({ user, nav, unread, children }: AppShellProps) {
  const roleLine = `${messages.role[user.role]} · ${user.organizationName}`;

  return (
    <div className="flex min-h-screen flex-col print:block print:min-h-0">
      <NavigationProgress label={messages.states.loading} />
      <a
        href="#main"
        className="print:hidden sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-brand-800 focus:shadow-lg"
      >
        {messages.a11y.skipToContent}
      </a>

      <header className="relative bg-brand-700 text-white print:hidden">
        <div className="mx-auto flex h-14 max-w-content items-center gap-2 px-4 sm:gap-4 sm:px-6 lg:px-8">
          <Link href="/" className="min-w-0 flex-1 truncate text-[0.9375rem] font-semibold tracking-tight focus-visible:outline-white sm:text-base">
            <span className="sm:hidden">{messages.app.shortName}</span>
            <span className="hidden sm:inline">{messages.app.name}</span>
          </Link>

          {unread !== undefined ? <NotificationBell unread={unread} /> : null}

          <div className="hidden items-center gap-4 md:flex">
            <div className="max-w-xs text-right leading-tight xl:max-w-md">
              <p className="truncate text-sm font-medium">{user.name}</p>
              <p className="truncate text-xs text-brand-100">{roleLine}</p>
            </div>
            <Link href="/doi-mat-khau" className="shrink-0 text-xs text-brand-100 underline underline-offset-2 hover:text-white focus-visible:outline-white">
              {messages.password.title}
            </Link>
            <SignOutButton variant="onBrand" />
          </div>

          <details className="group md:hidden">
            <summary className="flex h-9 cursor-pointer list-none items-center gap-2 rounded-md border border-white/50 px-3 text-sm font-medium focus-visible:outline-white [&::-webkit-details-marker]:hidden">
              <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" aria-hidden="true">
                <path className="group-open:hidden" d="M3 5.5h14M3 10h14M3 14.5h14" />
                <path className="hidden group-open:block" d="M5 5l10 10M15 5 5 15" />
              </svg>
              {/* On the narrowest phones the icon alone, so the brand beside the bell is not cut short. */}
              <span className="max-[27rem]:sr-only">{messages.nav.menu}</span>
            </summary>
            <div className="absolute inset-x-0 top-14 z-40 border-b border-stone-200 bg-white text-stone-900 shadow-lg">
              <nav aria-label={messages.nav.primary}>
                <NavLinks items={nav} variant="list" />
              </nav>
              <div className="flex items-center justify-between gap-3 border-t border-stone-200 px-4 py-3">
                <div className="min-w-0 leading-snug">
                  <p className="text-sm font-medium">{user.name}</p>
                  <p className="text-xs text-stone-600">{roleLine}</p>
                  <Link href="/doi-mat-khau" className="text-xs font-medium link">
                    {messages.password.title}
                  </Link>
                </div>
                <SignOutButton />
              </div>
            </div>
          </details>
        </div>
      </header>

      <nav aria-label={messages.nav.primary} className="hidden border-b border-stone-200 bg-white md:block print:hidden">
        <div className="mx-auto max-w-content px-4 sm:px-6 lg:px-8">
          <NavLinks items={nav} variant="bar" />
        </div>
      </nav>

      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-content flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:px-8 print:max-w-none print:p-0">
        {children}
      </main>
    </div>
  );
}
