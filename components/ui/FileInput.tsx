"use client";
// A file picker in our words: the browser's own button says "Choose Files / No file chosen" in the
// browser's language. The native input stays the control — focusable, named by its Field, sent with
// the form — lying transparent over a button-like label and the names of the chosen files.
import { useCallback, useEffect, useRef, useState, type ComponentProps, type Ref } from "react";
import { format, messages } from "@/lib/i18n/messages";
import { cn } from "./cn";
import { isInvalid } from "./Input";

export type FileInputProps = Omit<ComponentProps<"input">, "type"> & { invalid?: boolean };

/** Empties a file input the way a person would, so that its FileInput shows no file again. */
export function clearFileInput(input: HTMLInputElement | null): void {
  if (!input) return;
  input.value = "";
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) ref.current = value;
}

export function FileInput({ className, invalid, onChange, ref, ...props }: FileInputProps) {
  const m = messages.fileInput;
  const own = useRef<HTMLInputElement | null>(null);
  const [names, setNames] = useState<string[]>([]);
  // One callback for the life of the component, so React does not detach and re-attach it on every render.
  const setRefs = useCallback(
    (node: HTMLInputElement | null) => {
      own.current = node;
      assignRef(ref, node);
    },
    [ref],
  );
  // A form reset (React resets a form after its action succeeds) empties the input without a change event.
  useEffect(() => {
    const form = own.current?.form;
    if (!form) return;
    const cleared = () => setNames([]);
    form.addEventListener("reset", cleared);
    return () => form.removeEventListener("reset", cleared);
  }, []);
  const chosen = names.length === 0 ? m.none : names.length === 1 ? names[0] : format(m.many, { n: names.length, names: names.join(", ") });
  return (
    <div
      className={cn(
        "relative flex min-h-10 w-full items-center gap-3 rounded-md border bg-white p-1.5 shadow-xs",
        "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600",
        isInvalid(invalid, props["aria-invalid"]) ? "border-red-600" : "border-stone-300 hover:border-stone-400",
        className,
      )}
    >
      <input
        {...props}
        ref={setRefs}
        type="file"
        className="absolute inset-0 size-full cursor-pointer opacity-0 disabled:cursor-not-allowed"
        onChange={(event) => {
          setNames(Array.from(event.currentTarget.files ?? [], (file) => file.name));
          onChange?.(event);
        }}
      />
      <span aria-hidden="true" className="shrink-0 rounded border border-stone-300 bg-stone-50 px-3 py-1 text-sm font-medium text-stone-800">
        {m.choose}
      </span>
      <span aria-hidden="true" className="min-w-0 truncate text-sm text-stone-700">
        {chosen}
      </span>
    </div>
  );
}
