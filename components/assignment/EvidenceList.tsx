// A report's evidence: each file (downloaded through /api/minh-chung, which checks who may open it)
// and each link (opened in a new tab). The assignment's history and the review queue show the same list,
// so the office sees what it accepts.
import { messages } from "@/lib/i18n/messages";
import type { Evidence } from "@/lib/server/reports";

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (!evidence.length) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-medium text-stone-700">{messages.report.evidence}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {evidence.map((e) => (
          <li key={e.id} className="[overflow-wrap:anywhere]">
            {e.file ? (
              <a href={`/api/minh-chung/${e.id}`} download className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                {e.file.name}
              </a>
            ) : e.url ? (
              <a href={e.url} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                {e.label ?? e.url}
              </a>
            ) : (
              e.label
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
