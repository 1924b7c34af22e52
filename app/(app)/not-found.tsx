// A record that does not exist or lies outside the person's scope, said inside the app's frame:
// the frame already has the one <main> landmark (the global page brings its own).
import { NotFoundPanel } from "@/components/ui/NotFoundPanel";
import { messages } from "@/lib/i18n/messages";

export default function AppNotFound() {
  return (
    <div className="flex min-h-[50vh] items-center justify-center px-4 py-16">
      <NotFoundPanel backHref="/" backLabel={messages.errorPage.home} />
    </div>
  );
}
