// Segmenting the text: words with their folded form, blocks (paragraphs, list items, headings) and sentences.
import { fold } from "../text";
import type { Span } from "./types";

export interface Token {
  /** As written. */
  s: string;
  /** fold(s): lowercase, no diacritics. */
  f: string;
  start: number;
  end: number;
  /** Starts with a capital letter (Vietnamese capitals included). */
  cap: boolean;
  /** Two or more letters, every letter a capital: UBND, BCSĐ, TTg is not. */
  caps: boolean;
  word: boolean;
}

export interface Sentence {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
}

export interface Block {
  from: number;
  to: number;
  /** Text of the block's first line start: "-", "+", "1.", "a)", or "" for a plain paragraph. */
  marker: string;
  sentences: Sentence[];
  /** The line ends in ':' (an introduction to what follows). */
  colon: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[&'’./-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const MARKER = /^(?:[-+•·–*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s+/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const s = m[0];
    const word = /[\p{L}\p{N}]/u.test(s);
    const letters = s.replace(/[^\p{L}]/gu, "");
    out.push({
      s,
      f: word ? fold(s) : s,
      start: m.index,
      end: m.index + s.length,
      cap: /^\p{Lu}/u.test(s),
      caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      word,
    });
  }
  return out;
}

export function spanOf(text: string, tokens: readonly Token[], from: number, to: number): Span {
  if (to <= from) return { start: tokens[from]?.start ?? 0, end: tokens[from]?.start ?? 0, text: "" };
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { start, end, text: text.slice(start, end) };
}

// Where a news page stops being the article (related items, readers' comments, share buttons) and a
// document its content ("Nơi nhận:", the list of recipients and the signature below it).
const TRAILER = /^(?:noi nhan|tin (?:tuc )?(?:cung chuyen muc|lien quan|khac)|bai (?:viet )?(?:cung chuyen muc|lien quan)|cac tin (?:khac|da dua)|y kien ban doc|xem them|doc them|top|gioi thieu tap chi in|binh luan)\b/;

/** The article's end: the start of the first trailer line ("Tin tức cùng chuyên mục", "Ý KIẾN BẠN ĐỌC…", "Nơi nhận:"), or the text's end. */
export function articleEnd(text: string): number {
  let offset = 0;
  for (const line of text.split("\n")) {
    const f = fold(line);
    // Only short lines: a sentence that happens to start with these words is not a page trailer.
    if (f.length > 0 && f.length <= 60 && TRAILER.test(f)) return offset;
    offset += line.length + 1;
  }
  return text.length;
}

const MAX_SENTENCE_TOKENS = 300;
const ABBREVIATION_DOT = /^(?:tp|tx|tt|đ\/c|ts|ths|pgs|gs|ông|bà|v\/v|số|no)$/iu;

/** Splits the tokens of one block into sentences at '.', '!', '?' and at './.'. */
function sentencesOf(tokens: readonly Token[], from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // A "sentence" of hundreds of words is a paste without punctuation: cut it, so every later
    // step looks at a bounded window and the whole parse stays linear in the text's length.
    if (i - start >= MAX_SENTENCE_TOKENS) {
      out.push({ from: start, to: i });
      start = i;
    }
    if (t.s !== "." && t.s !== "!" && t.s !== "?" && t.s !== "…") continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.s === "." && prev && ABBREVIATION_DOT.test(prev.s) && prev.end === t.start) continue;
    // A sentence ends when what follows starts a new one: a capital, a digit, a quote, or the block's end.
    if (i + 1 < to && next && !(next.cap || /^[\d"“(]/.test(next.s) || next.s === "/" || next.s === "-")) continue;
    if (i + 1 > start) out.push({ from: start, to: i + 1 });
    start = i + 1;
  }
  if (start < to) out.push({ from: start, to });
  return out;
}

/** Lines of the text as blocks of tokens, each with its sentences; blank lines dropped. */
export function blocksOf(text: string, tokens: readonly Token[], end: number): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  let offset = 0;
  for (const line of text.slice(0, end).split("\n")) {
    const lineEnd = offset + line.length;
    const from = i;
    while (i < tokens.length && tokens[i].start < lineEnd) i++;
    if (i > from) {
      const marker = MARKER.exec(line.trimStart())?.[0].trim() ?? "";
      let first = from;
      // The marker's own tokens ("1", ".", "-") are not part of the block's words.
      if (marker) {
        const markerEnd = offset + line.indexOf(marker) + marker.length;
        while (first < i && tokens[first].end <= markerEnd) first++;
      }
      const last = tokens[i - 1];
      blocks.push({ from: first, to: i, marker, sentences: sentencesOf(tokens, first, i), colon: last.s === ":" });
    }
    offset = lineEnd + 1;
  }
  return blocks;
}

/** The text cut into what every reading step needs, computed once. */
export interface Doc {
  text: string;
  tokens: Token[];
  blocks: Block[];
  /** Where the article ends (page trailers cut). */
  end: number;
}

export function segment(text: string): Doc {
  const end = articleEnd(text);
  const tokens = tokenize(text, 0, end);
  return { text, tokens, blocks: blocksOf(text, tokens, end), end };
}

/** The text of tokens [from, to). */
export function textOf(doc: Doc, from: number, to: number): string {
  return to > from ? doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end) : "";
}
