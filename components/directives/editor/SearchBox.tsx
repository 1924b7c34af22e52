"use client";
// The pickers' common shell: a labelled search input whose results are a list of buttons,
// fetched (debounced, stale answers dropped) from one of the pickers' route handlers, with the
// chosen items shown above the input. Keyboard: ↓ from the input (or Enter) goes into the
// results, ↑/↓ move between them, Esc goes back to the input and closes the list.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Input } from "@/components/ui/Input";
import { format, messages } from "@/lib/i18n/messages";

const m = messages.editor;
const DEBOUNCE_MS = 250;

type Search<T> = { query: string; items: T[] | null; state: "idle" | "loading" | "done" | "failed" };

function useSearch<T>(endpoint: string, pick: (json: unknown) => T[], query: string): Search<T> {
  const [result, setResult] = useState<Search<T>>({ query: "", items: null, state: "idle" });
  const pickRef = useRef(pick);
  pickRef.current = pick;
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResult({ query: "", items: null, state: "idle" });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setResult((r) => ({ ...r, state: "loading" }));
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: "application/json" } });
        if (!response.ok) throw new Error(String(response.status));
        const items = pickRef.current(await response.json());
        setResult({ query: q, items, state: "done" });
      } catch (error) {
        if (!controller.signal.aborted) setResult({ query: q, items: null, state: "failed" });
        void error;
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, query]);
  return result;
}

export interface SearchBoxProps<T> {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  errors?: string[];
  endpoint: string;
  pick: (json: unknown) => T[];
  /** Results to leave out (already chosen, the directive itself). */
  exclude?: (item: T) => boolean;
  itemKey: (item: T) => string | number;
  /** One result; call `done(label)` once something was chosen from it. */
  renderItem: (item: T, done: (label: string) => void) => ReactNode;
  /** The chosen items, shown between the label and the input. */
  chosen?: ReactNode;
  placeholder?: string;
}

export function SearchBox<T>({ id, label, hint, required, errors, endpoint, pick, exclude, itemKey, renderItem, chosen, placeholder }: SearchBoxProps<T>) {
  const [query, setQuery] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const search = useSearch(endpoint, pick, query);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const statusId = useId();
  const error = errors?.[0];
  const items = search.items?.filter((item) => !exclude?.(item)) ?? null;
  const open = Boolean(query.trim()) && items !== null;

  const done = (chosenLabel: string) => {
    setQuery("");
    setAnnouncement(format(m.added, { label: chosenLabel }));
    inputRef.current?.focus();
  };

  const focusables = () => Array.from(listRef.current?.querySelectorAll<HTMLElement>("button, select") ?? []);

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "Enter") {
      // Enter never submits the whole form from here.
      e.preventDefault();
      focusables()[0]?.focus();
    } else if (e.key === "Escape" && query) {
      e.preventDefault();
      setQuery("");
    }
  };

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Escape") return;
    // A select uses its own arrows.
    if (e.key !== "Escape" && e.target instanceof HTMLSelectElement) return;
    e.preventDefault();
    if (e.key === "Escape") {
      setQuery("");
      inputRef.current?.focus();
      return;
    }
    const list = focusables();
    const at = list.indexOf(e.target as HTMLElement);
    const next = at + (e.key === "ArrowDown" ? 1 : -1);
    if (next < 0) inputRef.current?.focus();
    else list[Math.min(next, list.length - 1)]?.focus();
  };

  let status = announcement;
  if (query.trim()) {
    if (search.state === "loading" || (search.state === "idle" && !items)) status = m.searching;
    else if (search.state === "failed") status = m.searchFailed;
    else if (items) status = items.length ? format(m.results, { n: items.length }) : m.noMatches;
  }

  return (
    <div className="flex min-w-0 flex-col">
      <label htmlFor={id} className="mb-1 text-sm font-medium text-stone-800">
        {label}
        {required ? (
          <span className="ml-0.5 text-brand-700" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1.5 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {chosen}
      <Input
        ref={inputRef}
        id={id}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        placeholder={placeholder}
        onChange={(e) => {
          setQuery(e.target.value);
          setAnnouncement("");
        }}
        onKeyDown={onInputKey}
        aria-controls={`${id}-results`}
        aria-describedby={[hint ? `${id}-hint` : null, statusId, `${id}-error`].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
      />
      <p id={statusId} role="status" className={query.trim() && search.state !== "done" ? "mt-1 text-xs text-stone-600" : "sr-only"}>
        {status}
      </p>
      <ul
        id={`${id}-results`}
        ref={listRef}
        onKeyDown={onListKey}
        hidden={!open}
        className="mt-1 max-h-80 divide-y divide-stone-100 overflow-y-auto rounded-md border border-stone-200 bg-white shadow-sm"
      >
        {items?.length ? (
          items.map((item) => (
            <li key={itemKey(item)} className="px-2 py-1.5">
              {renderItem(item, done)}
            </li>
          ))
        ) : (
          <li className="px-3 py-2 text-sm text-stone-600">{m.noMatches}</li>
        )}
      </ul>
      <p id={`${id}-error`} className="mt-1 min-h-5 text-sm text-red-700">
        {error ?? ""}
      </p>
    </div>
  );
}

/** A chosen item: its words and a button that removes it ("Bỏ Văn phòng Bộ"). */
export function Chip({ label, detail, invalid, onRemove }: { label: string; detail?: string; invalid?: boolean; onRemove: () => void }) {
  return (
    <li
      className={
        "flex max-w-full items-start gap-1 rounded-md border py-1 pl-2.5 pr-1 text-sm " +
        (invalid ? "border-red-600 bg-red-50 text-red-900" : "border-stone-300 bg-stone-50 text-stone-900")
      }
    >
      <span className="min-w-0 py-0.5">
        <span className="font-medium">{label}</span>
        {detail ? <span className="block text-xs text-stone-600">{detail}</span> : null}
      </span>
      <button
        type="button"
        onClick={onRemove}
        aria-label={format(m.removeNamed, { label })}
        className="grid size-7 shrink-0 place-items-center rounded text-stone-600 hover:bg-stone-200 hover:text-stone-900"
      >
        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
          <path d="M5 5l10 10M15 5L5 15" />
        </svg>
      </button>
    </li>
  );
}
