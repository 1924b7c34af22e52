"use client";
// The words of a pasted text each proposed field came from ("Từ: «…»"), shown under the field the
// parser filled. Keyed by the form's paths: "symbol", "title", "k0.title", "k0.deadlineText".
import { createContext, useContext, type ReactNode } from "react";
import { format, messages } from "@/lib/i18n/messages";

const SourcesContext = createContext<Record<string, string>>({});

export function SourcesProvider({ sources, children }: { sources: Record<string, string>; children: ReactNode }) {
  return <SourcesContext.Provider value={sources}>{children}</SourcesContext.Provider>;
}

/** A field's hint with the source words added when the parser proposed its value. */
export function useSourceHint(path: string, hint?: ReactNode): ReactNode {
  const words = useContext(SourcesContext)[path];
  if (!words) return hint;
  return (
    <>
      {hint ? <>{hint} </> : null}
      <span className="italic text-stone-600" data-source={path}>
        {format(messages.parser.source, { words })}
      </span>
    </>
  );
}
