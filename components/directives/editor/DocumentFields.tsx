"use client";
// The directive's own fields: type, number and symbol (formed from the number, or as written),
// issue date, subject, content, confidentiality and the signed file.
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FileInput } from "@/components/ui/FileInput";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { Textarea } from "@/components/ui/Textarea";
import { DIRECTIVE_TYPES, type DirectiveType } from "@/lib/domain/directive-type";
import { format, messages } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/validation/directive";
import type { FieldErrors } from "@/lib/validation/errors";
import { useSourceHint } from "./sources";
import { autoSymbol, type Draft, type DraftField, type IssuerView } from "./useDraft";

const m = messages.editor;
const ACCEPT = ".pdf,.doc,.docx,.odt,.jpg,.jpeg,.png";
const EXTENSIONS = ACCEPT.split(",");

export interface DocumentFieldsProps {
  draft: Draft;
  issuer: IssuerView;
  errors: FieldErrors;
  fileName: string | null;
  maxFileMb: number;
  set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  /** Reports a problem found in the browser with the chosen file, or null. */
  onFileChecked: (message: string | null) => void;
}

export function DocumentFields({ draft, issuer, errors, fileName, maxFileMb, set, onFileChecked }: DocumentFieldsProps) {
  const [bodyOpen, setBodyOpen] = useState(Boolean(draft.body));
  const showBody = bodyOpen || Boolean(errors.body);
  const formed = autoSymbol(draft, issuer);
  const auto = draft.symbolMode === "AUTO";
  const hints = {
    type: useSourceHint("type"),
    issuedOn: useSourceHint("issuedOn", m.issuedOnHint),
    symbol: useSourceHint("symbol", m.symbolHint),
    title: useSourceHint("title"),
  };

  return (
    <div className="grid gap-x-4 gap-y-2 md:grid-cols-2">
      <p className="mb-4 text-sm md:col-span-2">
        <span className="font-medium text-stone-800">{m.issuer}: </span>
        <span className="text-stone-900">{issuer.name}</span>
      </p>
      <Field id="directive-type" label={m.type} required hint={hints.type} error={errors.type}>
        <Select value={draft.type} onChange={(e) => set("type", e.target.value as DirectiveType)}>
          {DIRECTIVE_TYPES.map((t) => (
            <option key={t} value={t}>
              {messages.directiveType[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="directive-issued-on" label={m.issuedOn} hint={hints.issuedOn} error={errors.issuedOn}>
        <Input value={draft.issuedOn} maxLength={20} autoComplete="off" onChange={(e) => set("issuedOn", e.target.value)} />
      </Field>

      <fieldset className="mb-3 min-w-0 md:col-span-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">{m.symbolModeLabel}</legend>
        <div className="flex flex-col gap-1.5 sm:flex-row sm:gap-6">
          {(["AUTO", "MANUAL"] as const).map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm text-stone-800">
              <input
                id={mode === "AUTO" ? "directive-symbol-auto" : "directive-symbol-manual"}
                type="radio"
                name="symbolMode"
                value={mode}
                checked={draft.symbolMode === mode}
                onChange={() => set("symbolMode", mode)}
                className="size-4 accent-brand-600"
              />
              {mode === "AUTO" ? m.symbolAutoLabel : m.symbolManual}
            </label>
          ))}
        </div>
      </fieldset>
      {auto ? (
        <div className="md:col-span-2 md:grid md:grid-cols-2 md:gap-x-4">
          <Field id="directive-number" label={m.number} hint={m.numberHint} error={errors.number ?? (formed.error ? [formed.error] : undefined)}>
            <Input
              value={draft.number}
              inputMode="numeric"
              maxLength={LIMITS.number}
              autoComplete="off"
              onChange={(e) => set("number", e.target.value)}
              aria-describedby="directive-symbol-preview"
            />
          </Field>
          <p id="directive-symbol-preview" className="mb-4 self-center text-sm text-stone-700 md:mb-0 md:mt-3" aria-live="polite">
            {formed.symbol ? (
              <>
                {format(m.symbolPreview, { symbol: "" })}
                <strong className="font-semibold text-stone-900">{formed.symbol}</strong>
              </>
            ) : formed.error ? null : (
              m.symbolPreviewNone
            )}
          </p>
        </div>
      ) : (
        <Field id="directive-symbol" label={m.symbol} hint={hints.symbol} error={errors.symbol} className="md:col-span-2 md:max-w-md">
          <Input value={draft.symbol} maxLength={LIMITS.symbol} autoComplete="off" spellCheck={false} onChange={(e) => set("symbol", e.target.value)} />
        </Field>
      )}

      <Field id="directive-title" label={m.title} required hint={hints.title} error={errors.title} className="md:col-span-2">
        <Textarea rows={2} value={draft.title} maxLength={LIMITS.title} onChange={(e) => set("title", e.target.value)} />
      </Field>
      <Field id="directive-summary" label={m.summary} error={errors.summary} className="md:col-span-2">
        <Textarea rows={4} value={draft.summary} maxLength={LIMITS.summary} onChange={(e) => set("summary", e.target.value)} />
      </Field>
      <div className="mb-4 md:col-span-2">
        <Button size="sm" variant="ghost" aria-expanded={showBody} aria-controls="directive-body-panel" onClick={() => setBodyOpen(!showBody)} className="-ml-3">
          <span aria-hidden="true">{showBody ? "▾" : "▸"}</span>
          {showBody ? m.bodyHide : m.bodyShow}
        </Button>
        <div id="directive-body-panel" hidden={!showBody} className="mt-2">
          {showBody ? (
            <Field id="directive-body" label={m.body} error={errors.body}>
              <Textarea rows={10} value={draft.body} maxLength={LIMITS.body} onChange={(e) => set("body", e.target.value)} />
            </Field>
          ) : null}
        </div>
      </div>
      <Field id="directive-confidentiality" label={m.confidentiality} error={errors.confidentiality}>
        <Select value={draft.confidentiality} onChange={(e) => set("confidentiality", e.target.value as "NORMAL" | "SECRET")}>
          <option value="NORMAL">{messages.confidentiality.NORMAL}</option>
          <option value="SECRET">{messages.confidentiality.SECRET}</option>
        </Select>
      </Field>
      <Field
        id="directive-file"
        label={m.file}
        hint={[format(m.fileHint, { size: maxFileMb }), fileName ? format(m.fileCurrent, { name: fileName }) : ""].filter(Boolean).join(" ")}
        error={errors.file}
      >
        <FileInput
          name="file"
          accept={ACCEPT}
          onChange={(e) => {
            const file = e.target.files?.[0];
            const extension = file ? file.name.slice(file.name.lastIndexOf(".")).toLowerCase() : "";
            if (!file) onFileChecked(null);
            else if (file.size > maxFileMb * 1024 * 1024) onFileChecked(format(messages.validation.fileTooLarge, { size: maxFileMb }));
            else if (!EXTENSIONS.includes(extension)) onFileChecked(messages.validation.fileType);
            else onFileChecked(null);
          }}
        />
      </Field>
    </div>
  );
}
