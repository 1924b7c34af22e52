// Matching a unit named in a text to an organisation list, ignoring diacritics, case, punctuation and
// common abbreviations (UBND, HĐND, BCSĐ, VP, TT, MTTQ, ĐU…). Pure: the list is an argument.
import { fold } from "../text";
import { ABBREVIATIONS, OFFICE_HOLDERS } from "./vocabulary";

export interface OrgEntry {
  id?: number;
  code: string;
  name: string;
  abbreviation?: string | null;
  /** Other names people write for it. */
  aliases?: readonly string[];
  /** The parent's name: "Văn phòng Bộ" under "Bộ Nội vụ" is also "Văn phòng Bộ Nội vụ". */
  parentName?: string | null;
}

export type MatchHow = "name" | "abbreviation" | "acronym" | "short";

export interface OrgMatch<T extends OrgEntry = OrgEntry> {
  org: T;
  how: MatchHow;
}

// Words a name ends with when the text means "ours": "Đảng ủy Bộ" in a text of Bộ Nội vụ.
const LEVEL_WORDS = new Set(["bo", "tinh", "huyen", "khoi", "thanh pho", "nganh", "chinh phu", "trung uong", "quan", "xa"]);
const HOLDER_PREFIX = new RegExp(`^(?:(?:${OFFICE_HOLDERS.join("|")}) )+`);

interface Word {
  w: string;
  /** Written in capitals in the original (an acronym to expand by initials). */
  acronym: boolean;
}

/** The words of a name: folded, abbreviations expanded, punctuation and office holders dropped. */
function wordsOf(name: string): Word[] {
  const out: Word[] = [];
  const raw = name.normalize("NFC").replace(/[(),.;:"“”'’]/g, " ").split(/\s+/).filter(Boolean);
  for (let k = 0; k < raw.length; k++) {
    const original = raw[k];
    if (/^[-–&]$/.test(original)) continue;
    const f = fold(original);
    // "UBMTTQ VN", "GD&ĐT": the dictionary first, then letters-only acronyms by initials.
    const two = k + 1 < raw.length ? `${f} ${fold(raw[k + 1])}` : "";
    if (two && ABBREVIATIONS[two]) {
      for (const w of ABBREVIATIONS[two].split(" ")) out.push({ w, acronym: false });
      k++;
      continue;
    }
    const letters = original.replace(/[^\p{L}]/gu, "");
    const isCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const expansion = isCaps || f.includes("&") ? ABBREVIATIONS[f] : undefined;
    if (expansion) {
      for (const w of expansion.split(" ")) out.push({ w, acronym: false });
    } else {
      for (const piece of f.split(/[-–&/]/).filter(Boolean)) out.push({ w: piece, acronym: isCaps && piece.length >= 2 && !/\d/.test(piece) });
    }
  }
  const joined = out.map((x) => x.w).join(" ");
  const holder = HOLDER_PREFIX.exec(joined);
  if (holder) {
    let drop = holder[0].trim().split(" ").length;
    while (drop-- > 0) out.shift();
  }
  return out.filter((x) => x.w !== "va");
}

/** A comparison key for a unit name: "UBND tỉnh Nghệ An" and "Ủy ban nhân dân Tỉnh Nghệ An" agree. */
export function unitKey(name: string): string {
  return wordsOf(name)
    .map((x) => x.w)
    .join(" ");
}

/** Whether the query's words equal the candidate's, each acronym standing for the words it abbreviates. */
function alignsWithAcronyms(query: readonly Word[], cand: readonly string[]): boolean {
  const go = (i: number, j: number): boolean => {
    if (i === query.length) return j === cand.length;
    const q = query[i];
    if (j < cand.length && cand[j] === q.w && go(i + 1, j + 1)) return true;
    if (!q.acronym) return false;
    // "tw" is the initials of "trung uong" only by convention; it is in the dictionary.
    const letters = q.w;
    let k = 0;
    while (k < letters.length && j + k < cand.length && cand[j + k][0] === letters[k]) k++;
    return k === letters.length && go(i + 1, j + k);
  };
  return go(0, 0);
}

function candidateNames(o: OrgEntry): string[] {
  const names = [o.name, ...(o.aliases ?? [])];
  if (o.parentName) {
    const own = unitKey(o.name).split(" ");
    const parent = unitKey(o.parentName).split(" ");
    // "Văn phòng Bộ" + "Bộ Nội vụ" → "Văn phòng Bộ Nội vụ".
    if (own.length && parent.length && own[own.length - 1] === parent[0] && LEVEL_WORDS.has(parent[0])) names.push(`${o.name} ${o.parentName.split(/\s+/).slice(1).join(" ")}`);
  }
  return names;
}

function unique<T extends OrgEntry>(found: T[]): T | null {
  const distinct = [...new Map(found.map((o) => [o.code, o])).values()];
  return distinct.length === 1 ? distinct[0] : null;
}

export interface MatchOptions {
  /** Names of the bodies the text is about (the issuer, its ministry): "Đảng ủy Bộ" is Đảng ủy Bộ Nội vụ in a text of Bộ Nội vụ. */
  context?: readonly string[];
}

/**
 * The organisation a unit name denotes, or null when none or several fit equally (then the person
 * chooses). In order: the full name or an alias; the abbreviation or code when only one body has
 * it; the name with acronyms read by initials ("Đảng ủy VPCP"); a short form whose missing end
 * the context supplies ("Đảng ủy Bộ" with "Bộ Nội vụ" in context).
 */
export function matchOrganization<T extends OrgEntry>(name: string, orgs: readonly T[], options: MatchOptions = {}): OrgMatch<T> | null {
  const query = wordsOf(name);
  const key = query.map((x) => x.w).join(" ");
  if (!key) return null;
  const keyed = orgs.map((o) => ({ o, keys: candidateNames(o).map(unitKey) }));
  const exact = unique(keyed.filter((k) => k.keys.includes(key)).map((k) => k.o));
  if (exact) return { org: exact, how: "name" };

  const compact = fold(name).replace(/[\s.]/g, "");
  const byAbbreviation = unique(orgs.filter((o) => [o.abbreviation, o.code].some((a) => a && fold(a).replace(/[\s.]/g, "") === compact)));
  if (byAbbreviation) return { org: byAbbreviation, how: "abbreviation" };

  if (query.some((x) => x.acronym)) {
    const byAcronym = unique(keyed.filter((k) => k.keys.some((c) => alignsWithAcronyms(query, c.split(" ")))).map((k) => k.o));
    if (byAcronym) return { org: byAcronym, how: "acronym" };
  }

  const last = query[query.length - 1].w;
  const lastTwo = query.slice(-2).map((x) => x.w).join(" ");
  if (query.length >= 2 && (LEVEL_WORDS.has(last) || LEVEL_WORDS.has(lastTwo))) {
    const context = (options.context ?? []).map(unitKey).join(" ");
    const shorts = keyed.filter((k) =>
      k.keys.some((c) => {
        if (!c.startsWith(`${key} `)) return false;
        const rest = c.slice(key.length + 1);
        return context.includes(`${last} ${rest}`) || context.includes(rest);
      }),
    );
    const short = unique(shorts.map((k) => k.o));
    if (short) return { org: short, how: "short" };
  }
  return null;
}

/** Whether two names denote the same body by the rules above (used to recognise the issuer speaking of itself). */
export function sameUnitName(a: string, b: string, context: readonly string[] = []): boolean {
  const ka = unitKey(a);
  const kb = unitKey(b);
  // "Tỉnh ủy" in a text of Tỉnh ủy Bắc Giang: the first words of its own name.
  if (ka && (kb === ka || kb.startsWith(`${ka} `))) return true;
  return matchOrganization(a, [{ code: "x", name: b }], { context: [b, ...context] }) !== null;
}
