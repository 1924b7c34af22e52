// A dashboard address that names no period, or an organisation outside the person's scope: said
// inside the app's frame, with the way back to the dashboard.
import { NotFoundPanel } from "@/components/ui/NotFoundPanel";
import { messages } from "@/lib/i18n/messages";

export default function DashboardNotFound() {
  return (
    <div className="flex min-h-[50vh] items-center justify-center px-4 py-16">
      <NotFoundPanel backHref="/tong-quan" backLabel={messages.dashboard.backToDashboard} />
    </div>
  );
}
