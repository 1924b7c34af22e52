// Text folding for search and matching that ignores diacritics, case, spacing and NFC/NFD differences.

const COMBINING_MARKS = /\p{M}/gu;
// Soft hyphen and zero-width characters survive copy-paste from PDFs and web pages but carry no meaning.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// đ has no decomposition, so stripping marks leaves it alone; Ð/ð (Icelandic eth) and Ɖ/ɖ are
// look-alikes that legacy font conversions (TCVN3, VNI) put where Đ belongs.
const D_LIKE = /[đĐðÐɖƉ]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * Folds text for comparison: decompose, drop combining marks, map đ-like letters to d, lowercase,
 * collapse whitespace, trim. "Chỉ thị số 01-CT/TW" → "chi thi so 01-ct/tw", "Đảng ủy" → "dang uy".
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .toLowerCase()
    .replace(INVISIBLE, "")
    .replace(COMBINING_MARKS, "")
    .replace(D_LIKE, "d")
    // Final sigma is the one context-dependent lowercase mapping; unify it so fold and foldWithMap agree.
    .replace(/ς/g, "σ")
    .replace(WHITESPACE_RUN, " ")
    .trim();
}

export interface FoldedText {
  /** Exactly fold(text). */
  folded: string;
  /** map[i] is the index in the original text of the character that produced folded[i]. */
  map: number[];
}

/**
 * fold() that remembers where each folded character came from, so a match found in folded
 * text can be cut out of the original text as written (with its diacritics and NFD marks).
 */
export function foldWithMap(text: string): FoldedText {
  let folded = "";
  const map: number[] = [];
  let index = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      if (folded.length > 0 && folded[folded.length - 1] !== " ") {
        folded += " ";
        map.push(index);
      }
    } else {
      const out = ch
        .normalize("NFD")
        .toLowerCase()
        .replace(INVISIBLE, "")
        .replace(COMBINING_MARKS, "")
        .replace(D_LIKE, "d")
        .replace(/ς/g, "σ");
      for (let k = 0; k < out.length; k++) {
        folded += out[k];
        map.push(index);
      }
    }
    index += ch.length;
  }
  if (folded.endsWith(" ")) {
    folded = folded.slice(0, -1);
    map.pop();
  }
  return { folded, map };
}

/**
 * The original text behind folded[start, end): from the first contributing character up to the
 * next folded character's origin, so trailing combining marks come along and trailing spaces do not.
 */
export function originalSlice(text: string, { folded, map }: FoldedText, start: number, end: number): { raw: string; index: number } {
  const from = map[start] ?? text.length;
  const to = end < folded.length ? map[end] : text.length;
  const raw = text.slice(from, to).replace(/\s+$/u, "");
  return { raw, index: from };
}

/**
 * The folded words of a search query. Splitting is on whitespace only, so a symbol such as
 * "01-CT/TW" stays one token; quotes and punctuation around a word are dropped so that
 * `"chỉ thị",` still matches. Duplicates are removed.
 */
export function searchTokens(query: string): string[] {
  const tokens = fold(query)
    .split(" ")
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((t) => t.length > 0);
  return [...new Set(tokens)];
}

/** Drops spaces around '-' and '/', so "04 -CT/TU" as stored in a text still matches the query "04-ct/tu". */
function compactSeparators(folded: string): string {
  return folded.replace(/ ?([-/]) ?/g, "$1");
}

/**
 * True when every token of `query` occurs in `haystack` after folding (substring match, so
 * "chi thi 01" finds "Chỉ thị số 01-CT/TW"). An empty query matches everything, as an empty
 * search box shows the whole list.
 */
export function matchesQuery(haystack: string, query: string): boolean {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return true;
  const folded = fold(haystack);
  const compact = compactSeparators(folded);
  return tokens.every((t) => folded.includes(t) || compact.includes(t));
}
