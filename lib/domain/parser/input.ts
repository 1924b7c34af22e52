// What the parser accepts: refuses empty text, pastes too large to read in bounded time, and binary garbage.
import type { ParseError } from "./types";

/** 1 MB of text is several hundred pages; a longer paste is not one directive. */
export const MAX_PARSE_CHARS = 1_000_000;
/** Text is refused when more than this share of its characters are control or replacement characters. */
const MAX_GARBAGE_RATIO = 0.01;

// Controls other than tab and line ends, and U+FFFD, which a decoder puts where bytes were not text.
const GARBAGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;

export type CheckedInput = { ok: true; text: string } | { ok: false; error: ParseError };

/** NFC, "\r\n" → "\n", or the reason the text cannot be read. */
export function checkInput(raw: unknown): CheckedInput {
  if (typeof raw !== "string" || raw.trim() === "") return { ok: false, error: "EMPTY" };
  if (raw.length > MAX_PARSE_CHARS) return { ok: false, error: "TOO_LARGE" };
  if (raw.includes("\u0000")) return { ok: false, error: "BINARY" };
  const garbage = raw.match(GARBAGE)?.length ?? 0;
  if (garbage / raw.length > MAX_GARBAGE_RATIO) return { ok: false, error: "BINARY" };
  const text = raw.normalize("NFC").replace(/\r\n?/g, "\n").replace(GARBAGE, " ");
  // Text made only of symbols and digits (a dump, a table of numbers) has no words to read.
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 10) return { ok: false, error: "NO_DIRECTIVE" };
  return { ok: true, text };
}
