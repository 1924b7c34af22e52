"use client";
// Keeps the outcome of each review on screen. In a queue the reviewed item leaves the list as soon
// as the page refreshes, taking its own message with it; the forms report here too, and this
// region (outside the list) reads the message out and takes the focus.
import { createContext, useActionState, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/Alert";
import { messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/action-result";

const LogContext = createContext<((message: string) => void) | null>(null);

/** The queue's log, or null where the forms keep their own message (the assignment page). */
export function useDecisionLog() {
  return useContext(LogContext);
}

/**
 * A decision form's state: the server action's answer (a request that fails on the way becomes the
 * catalogue's "unexpected" message), and each success also told to the queue's log.
 */
export function useDecisionAction<T>(action: (previous: unknown, data: FormData) => Promise<ActionResult<T>>, successFallback?: string) {
  const log = useDecisionLog();
  return useActionState(async (previous: ActionResult<T> | null, data: FormData): Promise<ActionResult<T>> => {
    try {
      const result = await action(previous, data);
      const told = result.ok ? (result.message ?? successFallback) : undefined;
      if (told) log?.(told);
      return result;
    } catch {
      return { ok: false, message: messages.validation.unexpected, fieldErrors: {} };
    }
  }, null);
}

export function DecisionLog({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<{ id: number; message: string }[]>([]);
  const alertRef = useRef<HTMLDivElement>(null);
  const seq = useRef(0);

  useEffect(() => {
    if (entries.length) alertRef.current?.focus();
  }, [entries]);

  const latest = entries[entries.length - 1];
  return (
    <LogContext.Provider value={(message) => setEntries((list) => [...list, { id: ++seq.current, message }])}>
      <div className="mb-4 empty:hidden">
        {latest ? (
          <Alert key={latest.id} ref={alertRef} tabIndex={-1} tone="success">
            {latest.message}
          </Alert>
        ) : null}
      </div>
      {children}
    </LogContext.Provider>
  );
}
