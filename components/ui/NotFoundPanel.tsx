// What "not found" says wherever it is shown: the global page (its own <main>), inside the app's
// frame (whose <main> it sits in) and on the dashboards (whose way back is the dashboard).
import { ButtonLink } from "@/components/ui/Button";
import { messages } from "@/lib/i18n/messages";

export function NotFoundPanel({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  const t = messages.errorPage;
  return (
    <div className="max-w-md text-center">
      <p className="text-sm font-semibold tabular-nums text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-stone-900">{t.notFoundTitle}</h1>
      <p className="mt-2 text-sm text-stone-600">{t.notFoundDescription}</p>
      <ButtonLink href={backHref} variant="primary" className="mt-6">
        {backLabel}
      </ButtonLink>
    </div>
  );
}
