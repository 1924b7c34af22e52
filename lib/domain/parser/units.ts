// The grammar of unit names in running text: one body ("Văn phòng Đảng ủy Bộ"), a group ("các cơ
// quan, đơn vị thuộc, trực thuộc Bộ"), and lists of them joined by commas, "và", "cùng".
import { spanOf, type Token } from "./tokens";
import type { UnitMention } from "./types";
import {
  ABBREVIATIONS,
  GROUP_NOUNS,
  GROUP_QUALIFIERS,
  NAME_LOWER,
  OFFICE_HOLDERS,
  PERSON_TITLES,
  TASK_VERBS,
  UNIT_HEADS,
} from "./vocabulary";

// Folded syllables that fold together with common words: in a unit's name they must carry their own
// diacritics ("quận", not "quan điểm"; "sở", not "số").
const EXACT: Readonly<Record<string, readonly string[]>> = {
  quan: ["quận"], so: ["sở"], xa: ["xã"], hoi: ["hội"], vu: ["vụ"], cuc: ["cục"], bo: ["bộ"], tinh: ["tỉnh"],
  phong: ["phòng"], truong: ["trường"], doan: ["đoàn"], nganh: ["ngành"], huyen: ["huyện"], phuong: ["phường"],
  dang: ["đảng"], vien: ["viện"], bao: ["báo"], dai: ["đài"], ban: ["ban"], thanh: ["thành"], khoi: ["khối"],
  giao: ["giao"],
};

function sameWord(t: Token, word: string, exact: boolean): boolean {
  if (t.f !== word) return false;
  if (!exact || !EXACT[word]) return true;
  return EXACT[word].includes(t.s.toLocaleLowerCase("vi"));
}

/** A list of folded phrases, looked up by first word, longest first. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(
    phrases: readonly string[],
    private readonly exact = false,
  ) {
    for (const p of phrases) {
      const words = p.split(" ");
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  /** Number of tokens of the longest phrase starting at i (before `limit`), or 0. */
  match(tokens: readonly Token[], i: number, limit = tokens.length): number {
    const list = i < limit ? this.byFirst.get(tokens[i].f) : undefined;
    if (!list) return 0;
    for (const words of list) {
      if (i + words.length > limit) continue;
      let k = 0;
      // Only a phrase of one syllable is ambiguous enough to need its diacritics.
      while (k < words.length && sameWord(tokens[i + k], words[k], this.exact && words.length === 1)) k++;
      if (k === words.length) return k;
    }
    return 0;
  }
}

export const HEADS = new PhraseSet(UNIT_HEADS, true);
const GROUP = new PhraseSet(GROUP_NOUNS, true);
const QUALIFIER = new PhraseSet(GROUP_QUALIFIERS, true);
const LOWER = new PhraseSet(NAME_LOWER, true);
export const HOLDERS = new PhraseSet(OFFICE_HOLDERS);
export const PERSONS = new PhraseSet(PERSON_TITLES);
export const VERBS = new PhraseSet(TASK_VERBS);
const PLURAL = new PhraseSet(["cac", "tat ca cac", "toan the cac", "toan bo cac", "moi", "nhung"]);
// One-syllable words that end a name, compared with their diacritics ("đưa" ends it, "đua" in "Thi đua" does not).
const STOP_SYLLABLES = new Set(["đưa", "mở", "nắm", "làm", "giao", "chuyển", "lập", "ra", "sẽ", "đã", "đang", "vừa", "được", "là", "có", "cần", "phải", "tại", "trong", "về", "để", "theo", "thì", "mới", "sau", "và", "của", "với", "cho", "do", "từ", "khi", "nếu", "hoặc", "cùng", "gửi", "trình", "họp", "dự", "nêu", "bám", "giữ", "lấy", "ký", "cũng", "đều", "vẫn", "còn", "luôn", "rất", "chưa", "không", "nên", "thường", "hãy", "cứ", "mà", "như", "bằng", "qua", "cử"]);
// Heads that name a body on their own: "Tỉnh ủy", "Chính phủ"; others need a name after them.
const STANDALONE = new Set(["mat tran to quoc", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "tinh doan", "thanh doan", "huyen doan", "chinh phu", "quoc hoi", "thu tuong chinh phu", "ubnd", "hdnd", "mttq"]);
const LINKS_TO_NAME = new Set(["thuoc", "truc thuoc", "cua", "trong", "tren dia ban"]);
const LINKS = new PhraseSet([...LINKS_TO_NAME, "cac cap", "co lien quan", "lien quan", "cung cap"]);

export interface UnitRead {
  mention: UnitMention;
  /** One past the last token of the name. */
  end: number;
}

export interface ReadOptions {
  /** After a cue ("giao", "đề nghị", "phối hợp với"), a group may lack "các": "cơ quan báo chí của Bộ". */
  relaxed?: boolean;
  limit?: number;
}

const isLowerWord = (t: Token | undefined) => !!t && t.word && !t.cap && !t.caps;
const knownAbbreviation = (t: Token) => t.caps && (ABBREVIATIONS[t.f] !== undefined || HEADS.match([t], 0) > 0);

/** Whether a lowercase word ends a run of name words: a verb, a function word, a place or level word. */
function stopsRun(tokens: readonly Token[], j: number, limit: number): boolean {
  const t = tokens[j];
  return (
    !isLowerWord(t) ||
    STOP_SYLLABLES.has(t.s.toLocaleLowerCase("vi")) ||
    VERBS.match(tokens, j, limit) >= 2 ||
    LOWER.match(tokens, j, limit) > 0 ||
    PLURAL.match(tokens, j, limit) > 0 ||
    LINKS.match(tokens, j, limit) > 0
  );
}

/**
 * The lowercase words after a capitalised one that still belong to the name: names capitalise only
 * their first word ("Cục Công nghệ thông tin", "Cán bộ quản lý giáo dục"). The whole run is kept when
 * a boundary follows it (punctuation, a verb, the end); otherwise only one syllable ("Cán sự").
 */
function lowercaseRun(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  while (k < limit && k - j < 5 && !stopsRun(tokens, k, limit)) k++;
  if (k === j) return j;
  const next = tokens[k];
  const boundary = k >= limit || !next.word || VERBS.match(tokens, k, limit) >= 2 || STOP_SYLLABLES.has(next.s.toLocaleLowerCase("vi")) || LOWER.match(tokens, k, limit) > 0 || next.cap;
  return boundary ? k : j + 1;
}

/** Capitalised words and the lowercase words names keep ("Tạp chí Tổ chức nhà nước"); returns the end. */
function readName(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const t = tokens[j];
    // "Đảng ủy Khối các cơ quan Trung ương": a plural inside a proper name, closed by a capital.
    const plural = PLURAL.match(tokens, j, limit);
    if (plural) {
      let k = j + plural;
      for (let n = GROUP.match(tokens, k, limit); n; n = GROUP.match(tokens, k, limit)) k += n;
      if (k > j + plural && tokens[k]?.cap && !HEADS.match(tokens, k, limit)) {
        j = k;
        continue;
      }
    }
    if (t.word && (t.cap || t.caps) && !(j > i && HEADS.match(tokens, j, limit) && tokens[j - 1].s === ",")) {
      j++;
      j = lowercaseRun(tokens, j, limit);
      continue;
    }
    const lower = isLowerWord(t) ? LOWER.match(tokens, j, limit) : 0;
    if (lower) {
      j += lower;
      continue;
    }
    // "Thi đua - Khen thưởng", "Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du lịch".
    const after = tokens[j + 1];
    // "Phòng Công chức, viên chức phối hợp": a comma and lowercase words, then the role word.
    if (j > i && t.s === "," && isLowerWord(after)) {
      let k = j + 1;
      while (k < limit && k - j <= 3 && !stopsRun(tokens, k, limit)) k++;
      const role = tokens[k];
      if (k > j + 1 && (k >= limit || role.s === ":" || (role.f === "chu" && tokens[k + 1]?.f === "tri") || (role.f === "phoi" && tokens[k + 1]?.f === "hop"))) {
        j = k;
        continue;
      }
    }
    if (j > i && after?.cap && !HEADS.match(tokens, j + 1, limit) && !HOLDERS.match(tokens, j + 1, limit)) {
      if (t.s === "-" || t.s === "–" || t.s === "&" || t.f === "va") {
        j++;
        continue;
      }
      if (t.s === "," && tokens.slice(j + 2, Math.min(j + 5, limit)).some((x) => x.f === "va") && !tokens.slice(j + 2, Math.min(j + 5, limit)).some((x) => x.s === ",")) {
        j++;
        continue;
      }
    }
    break;
  }
  // Never end on a joining word or sign.
  while (j > i && ["-", "–", "&", ",", "va"].includes(tokens[j - 1].f)) j--;
  return j;
}

/** "thuộc, trực thuộc Bộ", "cấp huyện", "của Bộ", "trên địa bàn tỉnh" after a group's nouns. */
function readQualifiers(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  for (let guard = 0; guard < 6 && j < limit; guard++) {
    let q = QUALIFIER.match(tokens, j, limit);
    if (!q && tokens[j].s === "," && QUALIFIER.match(tokens, j + 1, limit) && ["thuoc", "truc"].includes(tokens[j + 1].f)) q = 1 + QUALIFIER.match(tokens, j + 1, limit);
    if (!q) break;
    const word = tokens.slice(j, j + q).map((t) => t.f).filter((f) => f !== ",").join(" ");
    j += q;
    if (LINKS_TO_NAME.has(word) || word.endsWith("truc thuoc") || word === "thuoc") {
      // "thuộc, trực thuộc Bộ": the second link, then the body they belong to.
      if (tokens[j]?.s === "," && ["truc", "thuoc"].includes(tokens[j + 1]?.f ?? "")) continue;
      const named = readBody(tokens, j, limit);
      if (named > j) j = named;
      else if (tokens[j] && LOWER.match(tokens, j, limit)) j += LOWER.match(tokens, j, limit);
    }
  }
  return j;
}

/** One body: a head and its name ("Sở Nội vụ"), a head alone when it names a body ("Tỉnh ủy"), or a run of capitals ("Bộ"). */
function readBody(tokens: readonly Token[], i: number, limit: number): number {
  const t = tokens[i];
  if (!t || !t.word || PERSONS.match(tokens, i, limit) || !(t.cap || t.caps)) return i;
  const head = HEADS.match(tokens, i, limit);
  if (head) {
    const headWords = tokens.slice(i, i + head).map((x) => x.f).join(" ");
    const nameEnd = readName(tokens, i + head, limit);
    if (nameEnd > i + head) return nameEnd;
    if (PLURAL.match(tokens, i + head, limit)) {
      const group = readGroup(tokens, i + head, limit, false);
      if (group > i + head) return group;
    }
    if (STANDALONE.has(headWords) || (t.caps && head === 1)) return i + head;
    // "Bộ", "Tỉnh" after "thuộc": the body the text is about.
    return i + head;
  }
  if (t.caps && t.s.length <= 12) return readName(tokens, i, limit);
  return readName(tokens, i, limit);
}

/** "các cơ quan, đơn vị thuộc, trực thuộc Bộ"; with `needPlural` false the "các" may be missing. */
function readGroup(tokens: readonly Token[], i: number, limit: number, needPlural = true): number {
  let j = i;
  const plural = PLURAL.match(tokens, j, limit);
  if (!plural && needPlural) return i;
  j += plural;
  let noun = GROUP.match(tokens, j, limit);
  if (!noun) return i;
  j += noun;
  for (;;) {
    // Nouns run on: "cơ quan thông tin báo chí", "sở, ban, ngành", "huyện, thị xã và thành phố".
    noun = GROUP.match(tokens, j, limit);
    if (noun) {
      j += noun;
      continue;
    }
    const sep = tokens[j];
    if (sep && (sep.s === "," || sep.s === "/" || sep.f === "va") && !PLURAL.match(tokens, j + 1, limit) && tokens[j + 1]?.word) {
      noun = GROUP.match(tokens, j + 1, limit);
      if (noun) {
        j += 1 + noun;
        continue;
      }
    }
    break;
  }
  // Places the group names: "UBND các huyện, thành phố Đà Lạt và Bảo Lộc"; no field follows them.
  const nouns = j;
  for (let k = j; k < limit && tokens[k].cap && !tokens[k].caps && !HEADS.match(tokens, k, limit); ) {
    while (k < limit && tokens[k].cap && tokens[k].word) k++;
    j = k;
    if (!((tokens[k]?.f === "va" || tokens[k]?.s === ",") && tokens[k + 1]?.cap)) break;
    k++;
  }
  if (j > nouns) return readQualifiers(tokens, j, limit);
  // The field of the group: "các sở giáo dục và đào tạo", "các trường đại học".
  let k = j;
  while (k < limit && k - j < 6 && (tokens[k].f === "va" || !stopsRun(tokens, k, limit))) k++;
  while (k > j && tokens[k - 1].f === "va") k--;
  if (k > j && (k >= limit || stopsRun(tokens, k, limit))) j = k;
  return readQualifiers(tokens, j, limit);
}

function mentionOf(text: string, tokens: readonly Token[], from: number, to: number, group: boolean): UnitMention {
  const span = spanOf(text, tokens, from, to);
  return { name: span.text.replace(/\s+/g, " "), group, span };
}

/** Skips "Thủ trưởng", "Lãnh đạo", "người đứng đầu", "Ban Thường vụ", "Trưởng các …" before a body's name. */
function skipHolders(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  for (let n = HOLDERS.match(tokens, j, limit); n > 0; n = HOLDERS.match(tokens, j, limit)) j += n;
  // "Trưởng các phòng, đơn vị": the heads of a group ("trưởng" with its diacritics, not "Trường").
  if (tokens[j]?.s.toLocaleLowerCase("vi") === "trưởng" && PLURAL.match(tokens, j + 1, limit)) j++;
  return j;
}

/**
 * One unit starting at token i, or null. Names that only make sense relative to each addressee
 * ("cấp ủy Đảng cùng cấp") are read but flagged by returning a mention the caller drops.
 */
export function readUnit(text: string, tokens: readonly Token[], i: number, options: ReadOptions = {}): UnitRead | null {
  const limit = options.limit ?? tokens.length;
  const start = skipHolders(tokens, i, limit);
  if (start >= limit || PERSONS.match(tokens, start, limit)) return null;
  const t = tokens[start];
  let end = readGroup(tokens, start, limit, true);
  let group = end > start;
  if (!group && options.relaxed && isLowerWord(t)) {
    end = readGroup(tokens, start, limit, false);
    group = end > start;
    // A bare noun after a cue is a group only with something that says whose: "cơ quan báo chí của Bộ".
    if (group && end === start + GROUP.match(tokens, start, limit)) return null;
  }
  if (!group) {
    if (!(t.cap || t.caps) || !t.word) return null;
    const head = HEADS.match(tokens, start, limit);
    const unknownAbbreviation = t.caps && !knownAbbreviation(t) && t.s.length >= 2 && t.s.length <= 10;
    if (!head && !(options.relaxed && unknownAbbreviation)) return null;
    end = readBody(tokens, start, limit);
    if (end <= start) return null;
    const headWords = tokens.slice(start, start + head).map((x) => x.f).join(" ");
    // A head with no name is a body only when it names one on its own ("Tỉnh ủy", "UBND").
    if (head && end === start + head && !STANDALONE.has(headWords) && !t.caps) return null;
    // "UBND các huyện, thị xã" is a group; "Đảng ủy Khối các cơ quan Trung ương" names one body.
    const plural = PLURAL.match(tokens, start + head, end);
    if (head && plural) {
      let k = start + head + plural;
      for (let n = GROUP.match(tokens, k, end); n; n = GROUP.match(tokens, k, end)) k += n;
      group = !tokens[k]?.cap || k >= end;
    }
  }
  // Trailing qualifiers that belong to the name: "cấp ủy Đảng cùng cấp".
  if (tokens[end]?.f === "cung" && tokens[end + 1]?.f === "cap") end += 2;
  return { mention: mentionOf(text, tokens, start, end, group), end };
}

/** Whether a mention is relative to each addressee and names no body of its own. */
export function isRelativeMention(m: UnitMention): boolean {
  return /\bcung cap\b/.test(m.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
}

/** "Ban Tổ chức Tỉnh ủy (cơ quan thường trực) và …": a short aside in parentheses after a name is skipped. */
function skipAside(tokens: readonly Token[], i: number, limit: number): number {
  if (tokens[i]?.s !== "(") return i;
  for (let k = i + 1; k < Math.min(limit, i + 12); k++) {
    if (tokens[k].s === ")") return k + 1;
    if (tokens[k].s === "(") break;
  }
  return i;
}

/**
 * Units joined by ",", ";", "và", "cùng", "hoặc", starting at token i. "đội ngũ giảng viên của
 * Học viện…" names the people of a body: the body is read after "của".
 */
export function readUnitList(text: string, tokens: readonly Token[], i: number, options: ReadOptions = {}): { units: UnitMention[]; end: number } {
  const limit = options.limit ?? tokens.length;
  const units: UnitMention[] = [];
  let j = i;
  let end = i;
  for (let guard = 0; guard < 40 && j < limit; guard++) {
    let read = readUnit(text, tokens, j, options);
    if (!read && units.length > 0 && PERSONS.match(tokens, j, limit)) {
      for (let k = j + 1; k < Math.min(j + 10, limit); k++) {
        if (tokens[k].f === "cua") {
          const list = readUnitList(text, tokens, k + 1, { ...options, relaxed: false });
          if (list.units.length) return { units: [...units, ...list.units].filter((u) => !isRelativeMention(u)), end: list.end };
          break;
        }
        if (tokens[k].s === "," || tokens[k].s === ";") break;
      }
    }
    if (!read) break;
    units.push(read.mention);
    end = skipAside(tokens, read.end, limit);
    const sep = tokens[end];
    if (!sep) break;
    const sepLen = sep.s === "," || sep.s === ";" || sep.f === "va" || sep.f === "cung" || sep.f === "hoac" ? 1 : 0;
    if (!sepLen) break;
    j = end + sepLen;
    // "…, và các …", "… và cùng …"
    if (tokens[j]?.f === "va" || tokens[j]?.f === "cung") j++;
  }
  return { units: units.filter((u) => !isRelativeMention(u)), end };
}
