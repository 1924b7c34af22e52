"use client";
// The report's evidence files: checked the moment they are chosen (how many, how large, what
// kind), so nobody waits for an upload the server would refuse.
import type { RefObject } from "react";
import { Field } from "@/components/ui/Field";
import { FileInput } from "@/components/ui/FileInput";
import { format, messages } from "@/lib/i18n/messages";

export const EVIDENCE_ACCEPT = ".pdf,.doc,.docx,.odt,.jpg,.jpeg,.png";
const EXTENSIONS = EVIDENCE_ACCEPT.split(",");

export interface EvidenceLimits {
  maxFiles: number;
  maxFileMb: number;
  /** What one submission may carry in all (the server's request size limit). */
  maxTotalMb: number;
}

/** The first problem with the chosen files, or null. */
export function evidenceProblem(files: readonly File[], limits: EvidenceLimits): string | null {
  if (files.length > limits.maxFiles) return format(messages.workErrors.tooManyFiles, { max: limits.maxFiles });
  for (const file of files) {
    const dot = file.name.lastIndexOf(".");
    const extension = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
    if (!EXTENSIONS.includes(extension)) return `${file.name}: ${messages.validation.fileType}`;
    if (file.size > limits.maxFileMb * 1024 * 1024) return `${file.name}: ${format(messages.validation.fileTooLarge, { size: limits.maxFileMb })}`;
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > limits.maxTotalMb * 1024 * 1024) return format(messages.report.filesTotal, { size: limits.maxTotalMb });
  return null;
}

export function EvidenceField({
  inputRef,
  limits,
  error,
  onChosen,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  limits: EvidenceLimits;
  error?: string | string[] | null;
  onChosen: (files: File[]) => void;
}) {
  const m = messages.report;
  return (
    <Field id="report-evidence" label={m.evidenceFiles} hint={format(m.evidenceFilesHint, { size: limits.maxFileMb, count: limits.maxFiles })} error={error}>
      <FileInput
        ref={inputRef}
        name="evidence"
        multiple
        accept={EVIDENCE_ACCEPT}
        onChange={(e) => onChosen(Array.from(e.currentTarget.files ?? []))}
      />
    </Field>
  );
}
