"use client";
// What a person can do with a directive from its page: download the signed file; for their own
// organisation's directives, edit, preview and issue (or re-issue), and recall an issued one
// after giving a reason and confirming. Always rendered at the same place, so the recall
// message stays on screen when the page refreshes to show the new status.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { recallDirectiveAction } from "@/app/(app)/van-ban/actions";
import { Alert } from "@/components/ui/Alert";
import { Button, ButtonLink, buttonClasses } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Textarea";
import { format, messages } from "@/lib/i18n/messages";

const m = messages.editor;

export interface DirectiveActionsProps {
  id: number;
  status: "DRAFT" | "ISSUED" | "RECALLED";
  own: boolean;
  file: { name: string } | null;
}

function RecallPanel({ id, panelId, onCancel, formAction, pending }: { id: number; panelId: string; onCancel: () => void; formAction: (data: FormData) => void; pending: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <form id={panelId} action={formAction} className="rounded-lg border border-red-200 bg-white p-4 shadow-xs sm:p-5" aria-labelledby={`${panelId}-title`}>
      <h2 id={`${panelId}-title`} ref={headingRef} tabIndex={-1} className="text-base font-semibold text-stone-900 focus:outline-none">
        {m.recallTitle}
      </h2>
      <p className="mb-3 mt-1 text-sm text-stone-700">{m.recallConfirm}</p>
      <input type="hidden" name="id" value={id} />
      <Field id={`${panelId}-reason`} label={m.recallReason}>
        <Textarea name="reason" rows={3} maxLength={1000} />
      </Field>
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Button onClick={onCancel} variant="ghost" disabled={pending}>
          {m.cancel}
        </Button>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? m.recalling : m.recallSubmit}
        </Button>
      </div>
    </form>
  );
}

export function DirectiveActions({ id, status, own, file }: DirectiveActionsProps) {
  const [state, formAction, pending] = useActionState(recallDirectiveAction, null);
  const [confirming, setConfirming] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const recallButtonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!state) return;
    if (state.ok) setConfirming(false);
    requestAnimationFrame(() => alertRef.current?.focus());
  }, [state]);

  const editable = own && status !== "RECALLED";
  if (!own && !file) return null;

  return (
    <div className="mb-6 space-y-3 empty:hidden">
      {editable || file ? (
      <div className="flex flex-wrap gap-2">
        {editable ? (
          <>
            <ButtonLink href={`/van-ban/${id}/ban-hanh`} variant="primary">
              {status === "DRAFT" ? m.preview : messages.issue.reissue}
            </ButtonLink>
            <ButtonLink href={`/van-ban/${id}/sua`}>{m.edit}</ButtonLink>
          </>
        ) : null}
        {file ? (
          <a href={`/api/van-ban/${id}/tep`} download className={buttonClasses("secondary")} aria-label={format(m.downloadNamed, { name: file.name })}>
            {m.download}
          </a>
        ) : null}
        {own && status === "ISSUED" && !confirming ? (
          <Button ref={recallButtonRef} variant="danger" onClick={() => setConfirming(true)}>
            {m.recall}
          </Button>
        ) : null}
      </div>
      ) : null}
      {own && status === "DRAFT" ? <Alert tone="info">{m.draftNotice}</Alert> : null}
      {confirming && status === "ISSUED" ? (
        <RecallPanel
          id={id}
          panelId={panelId}
          formAction={formAction}
          pending={pending}
          onCancel={() => {
            setConfirming(false);
            requestAnimationFrame(() => recallButtonRef.current?.focus());
          }}
        />
      ) : null}
      {state ? (
        <Alert ref={alertRef} tabIndex={-1} tone={state.ok ? "success" : "error"}>
          {state.message}
        </Alert>
      ) : null}
    </div>
  );
}
