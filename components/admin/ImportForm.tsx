"use client";
// Upload a file of organisations, see every row with its problems, then import them all. The
// second step sends the same file again; the server checks everything again before writing.
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { importOrganizationsAction } from "@/app/(app)/quan-tri/actions";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FileInput } from "@/components/ui/FileInput";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { formatViDate } from "@/lib/domain/calendar";
import { format, messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/server/action-result";
import type { ImportPreview } from "@/lib/server/organization-import";

type Result = ActionResult<ImportPreview & { imported: boolean }>;

export function ImportForm({ maxRows, maxMb }: { maxRows: number; maxMb: number }) {
  const m = messages.adminImport;
  const router = useRouter();
  const alertRef = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<(ImportPreview & { imported: boolean }) | null>(null);
  const [state, dispatch, pending] = useActionState(async (previous: Result | null, data: FormData): Promise<Result> => {
    try {
      return await importOrganizationsAction(previous, data);
    } catch {
      return { ok: false, message: messages.validation.unexpected, fieldErrors: {} };
    }
  }, null);

  useEffect(() => {
    if (!state) return;
    if (state.ok) setPreview(state.value);
    if (state.ok && state.value.imported) router.refresh();
    requestAnimationFrame(() => alertRef.current?.focus());
  }, [state, router]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    data.set("mode", submitter?.value === "import" ? "import" : "preview");
    startTransition(() => dispatch(data));
  };

  const fileError = state && !state.ok ? state.fieldErrors.file : undefined;
  const formError = state && !state.ok && !fileError ? state.message : null;
  const canImport = preview && !preview.imported && preview.invalid === 0 && preview.valid > 0;
  return (
    <>
      <form onSubmit={submit} noValidate aria-label={m.title} aria-busy={pending} className="mb-6 rounded-lg border border-stone-200 bg-white p-4">
        <p className="mb-2 text-sm text-stone-700">{m.columns}</p>
        <p className="mb-3 text-sm text-stone-700">{format(m.limits, { rows: maxRows, mb: maxMb })}</p>
        <Field id="import-file" label={m.file} required error={fileError}>
          <FileInput
            name="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={() => setPreview(null)}
          />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" value="preview" variant={canImport ? "secondary" : "primary"} disabled={pending}>
            {pending ? m.previewing : m.preview}
          </Button>
          {canImport ? (
            <Button type="submit" value="import" variant="primary" disabled={pending}>
              {pending ? m.importing : format(m.confirm, { n: preview.valid })}
            </Button>
          ) : null}
        </div>
      </form>
      {state?.ok ? (
        <Alert ref={alertRef} tabIndex={-1} tone={state.value.imported ? "success" : state.value.invalid ? "warning" : "info"} className="mb-4">
          {state.message}
          {!state.value.imported && state.value.invalid ? ` ${m.fixFirst}` : null}
        </Alert>
      ) : formError ? (
        <Alert ref={alertRef} tabIndex={-1} tone="error" className="mb-4">
          {formError}
        </Alert>
      ) : null}
      {preview ? (
        <Table label={m.previewTitle}>
          <THead>
            <tr>
              <Th>{m.row}</Th>
              <Th>{messages.adminOrg.code}</Th>
              <Th>{messages.adminOrg.name}</Th>
              <Th>{messages.adminOrg.kind}</Th>
              <Th>{messages.adminOrg.parent}</Th>
              <Th>{messages.adminOrg.activeFrom}</Th>
              <Th>{m.problems}</Th>
            </tr>
          </THead>
          <TBody>
            {preview.rows.map((r) => (
              <Tr key={r.line} className={r.problems.length ? "bg-red-50" : undefined}>
                <Td className="tabular-nums">{r.line}</Td>
                <Td className="font-mono text-xs">{r.code}</Td>
                <Td>{r.name}</Td>
                <Td>{r.kind}</Td>
                <Td className="font-mono text-xs">{r.parentCode}</Td>
                <Td>{r.activeFrom ? formatViDate(r.activeFrom) : ""}</Td>
                <Td>
                  {r.problems.length ? (
                    <ul className="list-disc pl-4 text-red-800">
                      {r.problems.map((p, i) => (
                        <li key={i}>{p}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-green-800">{m.ok}</span>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </>
  );
}
