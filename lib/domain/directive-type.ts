// Directive types, the abbreviations that name them inside document symbols, and the words that name them in text.
import { fold } from "./text";

export const DIRECTIVE_TYPES = [
  "NGHI_QUYET",
  "CHI_THI",
  "KET_LUAN",
  "QUY_DINH",
  "QUYET_DINH",
  "KE_HOACH",
  "CHUONG_TRINH",
  "HUONG_DAN",
  "THONG_BAO",
  "CONG_VAN",
  "NGHI_DINH",
  "THONG_TU",
  "BAO_CAO",
  "OTHER",
] as const;

export type DirectiveType = (typeof DIRECTIVE_TYPES)[number];

/** Party documents write NUMBER-TYPE/ISSUER, state documents NUMBER/TYPE-ISSUER. */
export type SymbolFamily = "party" | "state";

export function isDirectiveType(value: unknown): value is DirectiveType {
  return typeof value === "string" && (DIRECTIVE_TYPES as readonly string[]).includes(value);
}

interface AbbreviationRow {
  code: string;
  /** What the code may denote in each family, the usual meaning first. */
  party: readonly DirectiveType[];
  state: readonly DirectiveType[];
}

function both(...types: DirectiveType[]): Pick<AbbreviationRow, "party" | "state"> {
  return { party: types, state: types };
}

// From the party's rules on document format (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW) and the
// state's (Nghị định 30/2020/NĐ-CP, Luật Ban hành văn bản quy phạm pháp luật).
const ABBREVIATIONS: readonly AbbreviationRow[] = [
  { code: "NQ", ...both("NGHI_QUYET") },
  { code: "NQLT", ...both("NGHI_QUYET") }, // Nghị quyết liên tịch
  { code: "CT", ...both("CHI_THI") },
  { code: "KL", ...both("KET_LUAN") },
  // Party Quy định have been numbered "QĐ" in recent years (85-QĐ/TW is a Quy định), so a party
  // "QĐ" may be either; the state keeps QĐ for Quyết định and writes Quy định as "QyĐ".
  { code: "QĐ", party: ["QUYET_DINH", "QUY_DINH"], state: ["QUYET_DINH"] },
  { code: "QĐi", ...both("QUY_DINH") }, // older party form
  { code: "QyĐ", ...both("QUY_DINH") },
  { code: "KH", ...both("KE_HOACH") },
  { code: "CTr", ...both("CHUONG_TRINH") },
  { code: "HD", ...both("HUONG_DAN") },
  { code: "HDLT", ...both("HUONG_DAN") }, // Hướng dẫn liên tịch
  { code: "TB", ...both("THONG_BAO") },
  { code: "CV", ...both("CONG_VAN") },
  { code: "NĐ", ...both("NGHI_DINH") },
  { code: "BC", ...both("BAO_CAO") },
  // The party's "TT" is a Thông tri, which has no type of its own here; the state's is a Thông tư.
  { code: "TT", party: ["OTHER"], state: ["THONG_TU"] },
  { code: "TTLT", ...both("THONG_TU") }, // Thông tư liên tịch
  // Quy chế is a form of its own (rules of coordination or operation), not a Quy định: mapping it
  // to QUY_DINH would let a Quy chế answer a search for Quy định and make QUY_DINH's symbol ambiguous.
  { code: "QC", ...both("OTHER") },
  { code: "TTr", ...both("OTHER") }, // Tờ trình
  { code: "ĐA", ...both("OTHER") }, // Đề án
  { code: "CĐ", ...both("OTHER") }, // Công điện, e.g. 1305/CĐ-TTg
  { code: "PA", ...both("OTHER") }, // Phương án
  { code: "BB", ...both("OTHER") }, // Biên bản
];
// Deliberately absent: TC (Thông cáo), because "TC" is far more often a drafting unit
// (2761/BNV-TC) or an issuer, and reading it as a type would misparse those symbols.

const BY_CODE = new Map(ABBREVIATIONS.map((row) => [row.code, row]));
// Upper-cased codes are still unique ("CTR" ≠ "CT", "QĐI" ≠ "QĐ"), so a case-insensitive
// fallback cannot pick the wrong row; exact spelling is tried first all the same.
const BY_UPPER = new Map(ABBREVIATIONS.map((row) => [row.code.toUpperCase(), row]));

/** Every known type abbreviation, longest first, for building patterns that must prefer "CTr" over "CT". */
export const TYPE_ABBREVIATIONS: readonly string[] = ABBREVIATIONS.map((r) => r.code).sort((a, b) => b.length - a.length);

/**
 * NFC, trimmed, with the Đ look-alikes of legacy fonts (Ð U+00D0, Ɖ U+0189, D + combining stroke)
 * turned into a real Đ, so that codes compare as people read them.
 */
export function normalizeCode(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[ÐƉ]|D[\u0335\u0336]/g, "Đ")
    .replace(/[ðɖ]|d[\u0335\u0336]/g, "đ")
    .trim();
}

function findRow(abbreviation: string): AbbreviationRow | undefined {
  const code = normalizeCode(abbreviation);
  return BY_CODE.get(code) ?? BY_UPPER.get(code.toUpperCase());
}

/** The table's spelling of an abbreviation ("ctr" → "CTr"), or null when it is not a type abbreviation. */
export function canonicalAbbreviation(abbreviation: string): string | null {
  return findRow(abbreviation)?.code ?? null;
}

/** Every type an abbreviation may denote in a family, the usual one first; [] when unknown. */
export function typesForAbbreviation(abbreviation: string, family: SymbolFamily): readonly DirectiveType[] {
  return findRow(abbreviation)?.[family] ?? [];
}

/**
 * The usual type for an abbreviation, or null. Without a family the state meaning is used, which
 * only matters for "TT" (Thông tư rather than the party's Thông tri).
 */
export function typeForAbbreviation(abbreviation: string, family: SymbolFamily = "state"): DirectiveType | null {
  return typesForAbbreviation(abbreviation, family)[0] ?? null;
}

const PREFERRED: Record<SymbolFamily, Partial<Record<DirectiveType, string>>> = {
  party: {
    NGHI_QUYET: "NQ", CHI_THI: "CT", KET_LUAN: "KL", QUY_DINH: "QĐ", QUYET_DINH: "QĐ", KE_HOACH: "KH",
    CHUONG_TRINH: "CTr", HUONG_DAN: "HD", THONG_BAO: "TB", CONG_VAN: "CV", BAO_CAO: "BC",
  },
  state: {
    NGHI_QUYET: "NQ", CHI_THI: "CT", KET_LUAN: "KL", QUY_DINH: "QyĐ", QUYET_DINH: "QĐ", KE_HOACH: "KH",
    CHUONG_TRINH: "CTr", HUONG_DAN: "HD", THONG_BAO: "TB", NGHI_DINH: "NĐ", THONG_TU: "TT", BAO_CAO: "BC",
  },
};

/**
 * The abbreviation to write when forming a new symbol, or null when the symbol has no type part
 * (a state công văn: 2761/BNV-TC) or the family does not issue that type (party NGHI_DINH,
 * THONG_TU) or the type is OTHER, whose abbreviation depends on the actual form.
 */
export function preferredAbbreviation(type: DirectiveType, family: SymbolFamily): string | null {
  return PREFERRED[family][type] ?? null;
}

/**
 * The folded words that name each type in running text, longest first within a type. CONG_VAN
 * includes "van ban" because news items say "ban hành văn bản số 2761/BNV-TC" for a công văn.
 */
export const TYPE_NAME_PATTERNS: Readonly<Record<DirectiveType, readonly string[]>> = {
  NGHI_QUYET: ["nghi quyet lien tich", "nghi quyet"],
  CHI_THI: ["chi thi"],
  KET_LUAN: ["ket luan"],
  QUY_DINH: ["quy dinh"],
  QUYET_DINH: ["quyet dinh"],
  KE_HOACH: ["ke hoach"],
  CHUONG_TRINH: ["chuong trinh hanh dong", "chuong trinh"],
  HUONG_DAN: ["huong dan lien tich", "huong dan"],
  THONG_BAO: ["thong bao ket luan", "thong bao"],
  CONG_VAN: ["cong van", "van ban"],
  NGHI_DINH: ["nghi dinh"],
  THONG_TU: ["thong tu lien tich", "thong tu"],
  BAO_CAO: ["bao cao"],
  OTHER: ["quy che", "thong tri", "to trinh", "de an", "cong dien", "phuong an", "bien ban", "thong cao"],
};

const NAME_PATTERNS_LONGEST_FIRST: ReadonlyArray<readonly [string, DirectiveType]> = DIRECTIVE_TYPES.flatMap(
  (type) => TYPE_NAME_PATTERNS[type].map((p) => [p, type] as const),
).sort((a, b) => b[0].length - a[0].length);

/**
 * The type named at the start of a phrase ("Kế hoạch số 04-KH/BTCTW" → KE_HOACH,
 * "Thông tư liên tịch" → THONG_TU), or null. Whole words only: "Quy định" is not "Quyết định".
 */
export function typeForName(phrase: string): DirectiveType | null {
  const folded = fold(phrase);
  for (const [pattern, type] of NAME_PATTERNS_LONGEST_FIRST) {
    if (folded === pattern || (folded.startsWith(pattern) && !/[\p{L}\p{N}]/u.test(folded[pattern.length]))) return type;
  }
  return null;
}
