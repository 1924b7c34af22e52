// A trivial page: the server answers, with no session and no database — the baseline the page
// benchmark compares every other route with.
import { messages } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export default function StatusPage() {
  return (
    <main id="main" className="p-8">
      <h1 className="text-lg font-semibold">{messages.app.name}</h1>
      <p>{messages.states.serverUp}</p>
    </main>
  );
}
