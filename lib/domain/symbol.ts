// Document symbols (số, ký hiệu) of both families: parsing, canonical form, comparison, and finding them in text.
import {
  canonicalAbbreviation,
  normalizeCode,
  preferredAbbreviation,
  TYPE_ABBREVIATIONS,
  typesForAbbreviation,
  type DirectiveType,
  type SymbolFamily,
} from "./directive-type";

export type { SymbolFamily } from "./directive-type";

export const SYMBOL_ERRORS = [
  "EMPTY",
  "TOO_LONG",
  "MALFORMED",
  "UNKNOWN_TYPE",
  "BAD_NUMBER",
  "BAD_YEAR",
  "MISSING_ISSUER",
] as const;
export type SymbolError = (typeof SYMBOL_ERRORS)[number];

export interface ParsedSymbol {
  family: SymbolFamily;
  number: number;
  /** The number as written, leading zeros kept: "04" stays "04" in the canonical form. */
  numberText: string;
  /** Only state legal documents carry a year: 09/2017/NĐ-CP. */
  year: number | null;
  /** The abbreviation in the table's spelling ("CTr", "QĐ"), or null when the symbol has no type part. */
  typeCode: string | null;
  /**
   * The usual type the symbol names. A state symbol without a type part is a công văn
   * (2761/BNV-TC → CONG_VAN); a law or National Assembly resolution (160/2021/QH14) → null,
   * because the symbol alone does not say which.
   */
  type: DirectiveType | null;
  /** One code per issuer, joint issuers in order: ["BTCTU", "BDVTU"]; "QH14" is kept whole. */
  issuerCodes: string[];
  /** A state công văn's drafting unit, the part after the issuer: "TC" in 2761/BNV-TC. */
  draftingUnit: string | null;
  /**
   * The legislature number of a National Assembly (QH14) or its Standing Committee (UBTVQH15)
   * issuer, as text ("14"); null otherwise. The issuer code stays whole in issuerCodes, because
   * "QH14" is how the body signs and keeping it whole makes the canonical form trivially rebuildable.
   */
  term: string | null;
  /** NFC, no spaces, table spelling of the type: what the database stores and compares. */
  canonical: string;
}

export type SymbolResult = { ok: true; value: ParsedSymbol } | { ok: false; error: SymbolError };

export const MAX_SYMBOL_LENGTH = 60;
const MAX_INPUT_LENGTH = 200;
// Vietnamese state documents begin in 1945; the upper bound only catches typos such as 20211.
const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

const CODE = /^\p{L}[\p{L}\d]*$/u;
const NATIONAL_ASSEMBLY = /^(?:QH|UBTVQH)(\d{1,2})$/;
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;
// "Số", "số", "Số:" and "So " (typed without diacritics) before the number; a symbol itself always starts with a digit.
const NUMBER_PREFIX = /^s[oố](?=[\s:.\d])\s*[:.]?\s*/iu;

const fail = (error: SymbolError): SymbolResult => ({ ok: false, error });

/** An all-lowercase code was typed carelessly; mixed case is meaningful ("TTg"), so it is kept. */
function normalizeCase(code: string): string {
  return code === code.toLowerCase() && code !== code.toUpperCase() ? code.toUpperCase() : code;
}

function buildCanonical(p: Omit<ParsedSymbol, "canonical" | "number" | "type" | "term">): string {
  if (p.family === "party") return `${p.numberText}-${p.typeCode}/${p.issuerCodes.join("-")}`;
  const tail = [p.typeCode, ...p.issuerCodes, p.draftingUnit].filter((x): x is string => !!x).join("-");
  return `${p.numberText}/${p.year === null ? "" : `${p.year}/`}${tail}`;
}

function parseCodes(text: string): string[] | null {
  const codes = text.split("-");
  return codes.every((c) => CODE.test(c)) ? codes.map(normalizeCase) : null;
}

/**
 * Reads a symbol of either family. The family is decided by the first separator after the
 * number: '-' for party (04-KH/BTCTW), '/' for state (12/CT-TTg). Whether a state symbol's first
 * segment is a type is decided by the abbreviation table, so 2761/BNV-TC is a công văn of BNV
 * drafted by TC. Known limit: an issuer whose code is also a type abbreviation (Cục Thuế writes
 * "CT-TTHT") reads as that type.
 */
export function parseSymbol(input: string): SymbolResult {
  if (input.length > MAX_INPUT_LENGTH) return fail("TOO_LONG");
  let s = normalizeCode(input).replace(DASHES, "-").replace(/／/g, "/");
  s = s.replace(NUMBER_PREFIX, "").trim();
  if (s === "") return fail("EMPTY");
  // Stray spaces sit next to separators ("04 -CT/TU", "NĐ- CP"); a space anywhere else means
  // the input runs on into other words, which is not a symbol.
  s = s.replace(/\s*([-/])\s*/g, "$1");
  if (/\s/.test(s)) return fail("MALFORMED");
  if (s.length > MAX_SYMBOL_LENGTH) return fail("TOO_LONG");

  const sep = s.search(/[-/]/);
  if (sep === -1) return fail(/^\d+$/.test(s) ? "MISSING_ISSUER" : "MALFORMED");
  const numberText = s.slice(0, sep);
  if (!/^\d{1,6}$/.test(numberText) || Number(numberText) === 0) return fail("BAD_NUMBER");
  const rest = s.slice(sep + 1);

  let fields: Omit<ParsedSymbol, "canonical" | "number" | "type" | "term">;
  let term: string | null = null;
  let type: DirectiveType | null;

  if (s[sep] === "-") {
    const slash = rest.indexOf("/");
    if (slash === -1) return fail("MALFORMED");
    const typeText = rest.slice(0, slash);
    const issuerText = rest.slice(slash + 1);
    if (!/^\p{L}+$/u.test(typeText) || issuerText.includes("/")) return fail("MALFORMED");
    const typeCode = canonicalAbbreviation(typeText);
    if (typeCode === null) return fail("UNKNOWN_TYPE");
    if (issuerText === "") return fail("MISSING_ISSUER");
    const issuerCodes = parseCodes(issuerText);
    if (issuerCodes === null) return fail("MALFORMED");
    fields = { family: "party", numberText, year: null, typeCode, issuerCodes, draftingUnit: null };
    type = typesForAbbreviation(typeCode, "party")[0];
  } else {
    const parts = rest.split("/");
    if (parts.length > 2) return fail("MALFORMED");
    // Digits after the last slash make a date ("31/2/2021"), not a symbol: symbols end in an issuer.
    if (/^\d*$/.test(parts[parts.length - 1])) return fail(parts[parts.length - 1] === "" ? "MISSING_ISSUER" : "MALFORMED");
    let year: number | null = null;
    if (parts.length === 2) {
      if (!/^\d+$/.test(parts[0])) return fail("MALFORMED");
      year = Number(parts[0]);
      if (parts[0].length !== 4 || year < MIN_YEAR || year > MAX_YEAR) return fail("BAD_YEAR");
    }
    const body = parts[parts.length - 1];
    const segments = parseCodes(body);
    if (segments === null) return fail("MALFORMED");
    const typeCode = /^\p{L}+$/u.test(segments[0]) ? canonicalAbbreviation(segments[0]) : null;
    const assembly = segments.length === 1 ? NATIONAL_ASSEMBLY.exec(segments[0]) : null;
    if (typeCode !== null) {
      if (segments.length === 1) return fail("MISSING_ISSUER");
      fields = { family: "state", numberText, year, typeCode, issuerCodes: segments.slice(1), draftingUnit: null };
      type = typesForAbbreviation(typeCode, "state")[0];
    } else if (assembly) {
      fields = { family: "state", numberText, year, typeCode: null, issuerCodes: segments, draftingUnit: null };
      term = assembly[1];
      type = null;
    } else if (year !== null) {
      // A year marks a legal normative document, and those always name their type (or are QH laws).
      return fail("UNKNOWN_TYPE");
    } else {
      const draftingUnit = segments.length > 1 ? segments.slice(1).join("-") : null;
      fields = { family: "state", numberText, year, typeCode: null, issuerCodes: [segments[0]], draftingUnit };
      type = "CONG_VAN";
    }
  }
  return { ok: true, value: { ...fields, number: Number(numberText), type, term, canonical: buildCanonical(fields) } };
}

/** The canonical form of a symbol, or null when it does not parse. */
export function normalizeSymbol(input: string): string | null {
  const r = parseSymbol(input);
  return r.ok ? r.value.canonical : null;
}

export interface SymbolParts {
  family: SymbolFamily;
  /** numberText wins when both are given, so leading zeros survive a round trip. */
  number?: number;
  numberText?: string;
  year?: number | null;
  /** An explicit abbreviation; when absent, `type` picks preferredAbbreviation(type, family). */
  typeCode?: string | null;
  type?: DirectiveType | null;
  issuerCodes: readonly string[];
  draftingUnit?: string | null;
}

/**
 * Builds the canonical symbol from its parts: the inverse of parseSymbol, and the way to form a
 * new symbol (party CONG_VAN 27 of BCSĐ → "27-CV/BCSĐ"). Throws a RangeError whose message is a
 * SymbolError code when the parts cannot form a symbol, as that is a programming error upstream.
 */
export function formatSymbol(parts: SymbolParts): string {
  const numberText = parts.numberText ?? (parts.number === undefined ? "" : String(parts.number));
  const typeCode =
    parts.typeCode !== undefined && parts.typeCode !== null
      ? parts.typeCode
      : parts.type
        ? preferredAbbreviation(parts.type, parts.family)
        : null;
  if (parts.family === "party" && typeCode === null) throw new RangeError("UNKNOWN_TYPE");
  const built = buildCanonical({
    family: parts.family,
    numberText,
    year: parts.year ?? null,
    typeCode,
    issuerCodes: [...parts.issuerCodes],
    draftingUnit: parts.draftingUnit ?? null,
  });
  const reparsed = parseSymbol(built);
  if (!reparsed.ok) throw new RangeError(reparsed.error);
  // A state issuer whose code is also a type abbreviation would silently change meaning on re-reading.
  if (reparsed.value.family !== parts.family || (reparsed.value.typeCode === null) !== (typeCode === null)) {
    throw new RangeError("MALFORMED");
  }
  return reparsed.value.canonical;
}

/**
 * Whether a symbol can belong to a directive of `type`:
 * - with a type part, `type` must be one the abbreviation may denote in that family (party QĐ
 *   fits both QUYET_DINH and QUY_DINH; CT never fits KE_HOACH);
 * - a state symbol without a type part fits CONG_VAN, except a QH/UBTVQH symbol, which is a law
 *   (no type of its own: OTHER) or a resolution (NGHI_QUYET) and never a công văn.
 */
export function symbolFitsType(parsed: ParsedSymbol, type: DirectiveType): boolean {
  if (parsed.typeCode !== null) return typesForAbbreviation(parsed.typeCode, parsed.family).includes(type);
  if (parsed.term !== null) return type === "NGHI_QUYET" || type === "OTHER";
  return parsed.family === "state" && type === "CONG_VAN";
}

/**
 * A comparison key: numbers compare as numbers ("1-CT/TW" is "01-CT/TW") and codes ignore case
 * ("TTG" is "TTg"), because texts write the same symbol both ways.
 */
export function symbolKey(parsed: ParsedSymbol): string {
  return [
    parsed.family,
    parsed.number,
    parsed.year ?? "",
    (parsed.typeCode ?? "").toUpperCase(),
    parsed.issuerCodes.join("-").toUpperCase(),
    (parsed.draftingUnit ?? "").toUpperCase(),
  ].join("|");
}

/** Whether two inputs are the same symbol (see symbolKey); anything that does not parse equals nothing. */
export function sameSymbol(a: string | ParsedSymbol, b: string | ParsedSymbol): boolean {
  const pa = typeof a === "string" ? parseSymbol(a) : ({ ok: true, value: a } as const);
  const pb = typeof b === "string" ? parseSymbol(b) : ({ ok: true, value: b } as const);
  return pa.ok && pb.ok && symbolKey(pa.value) === symbolKey(pb.value);
}

export interface FoundSymbol {
  /** As written in the text, stray spaces included. */
  raw: string;
  canonical: string;
  /** Index of raw in the text (UTF-16 units), the "số" before it not included. */
  index: number;
  parsed: ParsedSymbol;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SP = "[ \\t\\u00A0]";
// In running text a hyphen with spaces on both sides is punctuation ("Số 12 - 2021"), so a stray
// space is tolerated on one side only; slashes tolerate one on each side.
const HY = `(?:${SP}[-\\u2013]|[-\\u2013]${SP}|[-\\u2013])`;
const SL = `${SP}?\\/${SP}?`;
const TYPE = `(?:${TYPE_ABBREVIATIONS.map(escapeRegExp).join("|")})`;
// Issuer codes in running text are capitals with digits (BCSĐ, QH14), at most one trailing lowercase
// letter (TTg); requiring a second capital or digit keeps words such as "Bộ" out.
const ISSUER = "\\p{Lu}[\\p{Lu}\\d]+\\p{Ll}?";
const PARTY = `\\d{1,6}${HY}${TYPE}${SL}${ISSUER}(?:${HY}${ISSUER})*`;
const STATE = `\\d{1,6}${SL}(?:\\d{4}${SL})?(?:${TYPE}|${ISSUER})(?:${HY}${ISSUER})*`;
const SYMBOL_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{M}\\d/\\-\\u2013])(?:${PARTY}|${STATE})(?![\\p{L}\\p{M}\\d])`, "gu");

/**
 * Every symbol written in running text, in order: "Chỉ thị số 01-CT/TW", "Chỉ thị 01-CT/TW",
 * "Nghị định số 09/2017/NĐ- CP". Dates (09/3/2021) and times never match, since a symbol needs
 * capitals after its number. Symbols typed in lowercase are not looked for in text.
 */
export function findSymbols(text: string): FoundSymbol[] {
  // Same-length replacement keeps indices valid while letting Đ look-alikes match.
  const haystack = text.replace(/[ÐƉ]/g, "Đ");
  const found: FoundSymbol[] = [];
  for (const m of haystack.matchAll(SYMBOL_IN_TEXT)) {
    const parsed = parseSymbol(m[0]);
    if (!parsed.ok) continue;
    found.push({ raw: text.slice(m.index, m.index + m[0].length), canonical: parsed.value.canonical, index: m.index, parsed: parsed.value });
  }
  return found;
}
