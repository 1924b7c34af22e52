// A dashboard address that names no period, or an organisation outside the person's scope: said
// inside the app's frame (the global not-found page brings its own <main>), with the way back.
import { ButtonLink } from "@/components/ui/Button";
import { messages } from "@/lib/i18n/messages";

export default function DashboardNotFound() {
  const t = messages.errorPage;
  return (
    <div className="flex min-h-[50vh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold tabular-nums text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-stone-900">{t.notFoundTitle}</h1>
        <p className="mt-2 text-sm text-stone-600">{t.notFoundDescription}</p>
        <ButtonLink href="/tong-quan" variant="primary" className="mt-6">
          {messages.dashboard.backToDashboard}
        </ButtonLink>
      </div>
    </div>
  );
}
