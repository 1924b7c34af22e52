"use client";
// "Dán văn bản": paste a directive or a news item about it, get the form below filled with a draft
// to check. The server reads the text (parser, unit and register matching) and saves nothing; the
// form is started afresh from the draft, every field editable, and saved only with its own button.
import { useActionState, useRef, useState } from "react";
import { draftFromTextAction } from "@/app/(app)/van-ban/actions";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/Card";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Textarea";
import { format, messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/action-result";
import type { TextDraft } from "@/lib/server/directive-draft";
import { DirectiveForm, type DirectiveFormProps } from "./DirectiveForm";
import { SourcesProvider } from "./sources";
import type { InitialInput } from "./useDraft";

const m = messages.parser;

/** "tasks.0.title" → "k0.title": the form keys loaded tasks by position. */
function formSources(sources: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(sources).map(([k, v]) => [k.replace(/^tasks\.(\d+)\./, "k$1."), v]));
}

export function PasteDraft(props: DirectiveFormProps) {
  const [state, action, pending] = useActionState(draftFromTextAction, null as ActionResult<TextDraft> | null);
  // Held here, not left to the form: React empties a form after its action, and a refused paste
  // would have to be pasted again to be mended.
  const [text, setText] = useState("");
  // Each answer gets its own key, so the form starts afresh from it.
  const keys = useRef({ map: new WeakMap<object, number>(), next: 1 });
  if (state && !keys.current.map.has(state)) keys.current.map.set(state, keys.current.next++);
  const draft = state?.ok ? state.value : null;
  const formProps: DirectiveFormProps = draft
    ? { ...props, initial: { ...props.initial, ...draft.input } as InitialInput, labels: { parent: draft.labels.parent, references: draft.labels.references, units: draft.labels.units } }
    : props;
  const error = state && !state.ok ? state.message : null;

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>{m.panelTitle}</CardTitle>
        </CardHeader>
        <CardBody>
          <form action={action} className="space-y-3" aria-busy={pending}>
            <p className="text-sm text-stone-700">{m.panelHint}</p>
            <Field id="paste-text" label={m.textLabel} error={error}>
              <Textarea name="text" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
            </Field>
            <Button type="submit" disabled={pending}>
              {pending ? m.reading : m.submit}
            </Button>
          </form>
          {draft ? (
            <div className="mt-4 space-y-2" id="paste-result">
              <Alert tone="info">{format(m.filled, { tasks: draft.counts.tasks, units: draft.counts.units })}</Alert>
              {draft.notes.length ? (
                <div>
                  <h3 className="text-sm font-semibold text-stone-900">{m.notesTitle}</h3>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-stone-800">
                    {draft.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                  {draft.missingDirectives.length ? (
                    <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                      {draft.missingDirectives.map((s) => (
                        <a key={s} href={`/van-ban/moi?so=${encodeURIComponent(s)}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                          {format(m.createDirective, { symbol: s })}
                        </a>
                      ))}
                    </p>
                  ) : null}
                </div>
              ) : null}
            </div>
          ) : null}
        </CardBody>
      </Card>
      <SourcesProvider sources={draft ? formSources(draft.sources) : {}}>
        <DirectiveForm key={draft && state ? `draft-${keys.current.map.get(state)}` : "blank"} {...formProps} />
      </SourcesProvider>
    </div>
  );
}
