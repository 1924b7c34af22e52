"use client";
// The confirm step of the issue preview: one button that issues (or re-issues) the directive,
// then says what was done. Kept mounted after success so its message survives the page's refresh.
import { useActionState, useEffect, useRef } from "react";
import { issueDirectiveAction } from "@/app/(app)/van-ban/actions";
import { Alert } from "@/components/ui/Alert";
import { Button, ButtonLink } from "@/components/ui/Button";
import { messages } from "@/lib/i18n/messages";

export function IssueForm({ id, reissue, canIssue }: { id: number; reissue: boolean; canIssue: boolean }) {
  const [state, formAction, pending] = useActionState(issueDirectiveAction, null);
  const alertRef = useRef<HTMLDivElement>(null);
  const m = messages.issue;

  useEffect(() => {
    if (state) alertRef.current?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <div className="space-y-3">
        <Alert ref={alertRef} tabIndex={-1} tone="success">
          {state.message}
        </Alert>
        <ButtonLink href={`/van-ban/${id}`} variant="primary">
          {m.viewDirective}
        </ButtonLink>
      </div>
    );
  }

  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      {state && !state.ok ? (
        <Alert ref={alertRef} tabIndex={-1} tone="error" title={m.failedTitle}>
          {state.message}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        {canIssue ? (
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? m.issuing : reissue ? m.reissue : m.confirm}
          </Button>
        ) : null}
        <ButtonLink href={`/van-ban/${id}/sua`} variant="secondary">
          {m.back}
        </ButtonLink>
        <ButtonLink href={`/van-ban/${id}`} variant="ghost">
          {m.viewDirective}
        </ButtonLink>
      </div>
    </form>
  );
}
