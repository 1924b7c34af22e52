// The document itself: its symbol, type, issuer, issue date and subject, read from a formal header
// ("Số: 45/KH-UBND", "Nghệ An, ngày 10 tháng 2 năm 2024", "KẾ HOẠCH") or from the sentence of a news
// item that reports its issuing ("Ngày 29/3, Ban Cán sự đảng Bộ Nội vụ ban hành Công văn số 26-CV/BCSĐ").
import type { IsoDate } from "../calendar";
import { TYPE_NAME_PATTERNS, typeForName, type DirectiveType } from "../directive-type";
import { parseSymbol, symbolFitsType, type FoundSymbol } from "../symbol";
import { fold } from "../text";
import { datesIn, resolveDate, type FoundDate } from "./dates";
import { spanOf, tokenize, type Doc, type Sentence } from "./tokens";
import type { Proposed, Span } from "./types";
import { HEADS, PhraseSet, readUnit } from "./units";
import { ORDERED_ISSUING } from "./vocabulary";

export interface Header {
  symbol: (Proposed<string> & { found: FoundSymbol }) | null;
  type: Proposed<DirectiveType> | null;
  issuer: Proposed<string> | null;
  issuedOn: Proposed<IsoDate> | null;
  title: Proposed<string> | null;
  /** The page's own date (a news item's date line), used for years the text leaves out. */
  dateline: IsoDate | null;
  /** Token index where the directive's content starts: after the issuing sentence or the formal title. */
  bodyFrom: number;
  /** Token ranges where the document names what it implements: the issuing sentence, the formal title. */
  issuingContext: Sentence[];
}

const HEADER_BLOCKS = 14;
const MOTTO = /^(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doc lap - tu do - hanh phuc|doc lap\b.*hanh phuc|[*\-_=–]+)$/;
const PLACE = /^(?:tinh|huyen|thanh pho|quan|xa|phuong|thi xa|thi tran)\b/;
const COMMITTEE = /^(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|ban thuong vu|ban chap hanh)\b/;
const ORDERED = new PhraseSet(ORDERED_ISSUING, true);
const ADVERBS = new Set(["vua", "da", "moi", "chinh thuc", "cung", "vua qua", "tiep tuc", "con"]);

const span = (doc: Doc, start: number, end: number): Span => ({ start, end, text: doc.text.slice(start, end) });

function proposedDate(doc: Doc, d: FoundDate, reference: IsoDate | null): Proposed<IsoDate> | null {
  const value = resolveDate(d, reference);
  return value ? { value, span: span(doc, d.start, d.end) } : null;
}

/** The first full date on a short line near the top: the page's date line ("17:53 30/03/2021 | Lượt xem"). */
function findDateline(doc: Doc): { date: IsoDate; found: FoundDate } | null {
  for (const b of doc.blocks.slice(0, 10)) {
    const from = doc.tokens[b.from].start;
    const to = doc.tokens[b.to - 1].end;
    if (to - from > 90) continue;
    const d = datesIn(doc.text, from, to).find((x) => x.year !== null);
    const date = d ? resolveDate(d, null) : null;
    if (d && date) return { date, found: d };
  }
  return null;
}

// Compared with their diacritics: "quận" is a place, "cơ quan" is not.
const COMMITTEE_OF = new Set(["tỉnh", "huyện", "quận", "thành", "thị", "xã", "phường"]);
// Heads whose next word opens a name: "Sở Giáo dục", "Ban Tuyên giáo", "Đảng ủy Bộ Nội vụ", "Ban Cán sự đảng Bộ …".
const NAME_AFTER = /(?:^|\s)(?:so|bo|ban|vu|cuc|hoi|dang uy|ban can su dang|dang doan|van phong|trung tam)$/;

/** Words of the place word at i ("tỉnh", "thành phố", "thị xã"), 0 for none: "xã hội" and "Huyện ủy" are not places. */
function placeAt(words: readonly string[], i: number): number {
  const w = words[i];
  const next = fold(words[i + 1] ?? "");
  if (next === "uy") return 0;
  if (["tỉnh", "huyện", "quận", "phường"].includes(w) || (w === "xã" && next !== "hoi")) return 1;
  return (w === "thành" && next === "pho") || (w === "thị" && (next === "xa" || next === "tran")) ? 2 : 0;
}

/**
 * "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An", "BAN TUYÊN GIÁO HUYỆN ỦY CẨM XUYÊN"
 * → "Ban Tuyên giáo Huyện ủy Cẩm Xuyên", "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo": the
 * head's first name word, each word after "và" inside a name, a place's committee and the place's
 * own name capitalised.
 */
export function nameCase(caps: string): string {
  const words = caps.toLocaleLowerCase("vi").split(/\s+/).filter(Boolean);
  const f = words.map((w) => fold(w));
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
  // Once a place is named ("tỉnh", "thành phố", "Huyện ủy"), the words after it are its proper name.
  let proper = false;
  let placeLeft = 0;
  return words
    .map((w, i) => {
      if (i === 0 || proper) return cap(w);
      if (placeLeft > 0) {
        proper = --placeLeft === 0;
        return w;
      }
      const prev = f[i - 1];
      const next = f[i + 1] ?? "";
      if (f[i] === "uy") {
        proper = COMMITTEE_OF.has(words[i - 1]);
        return w;
      }
      if (COMMITTEE_OF.has(w) && next === "uy") return cap(w);
      if (["nhan dan", "nha nuoc"].includes(`${f[i]} ${next}`) || ["nhan dan", "nha nuoc"].includes(`${prev} ${f[i]}`)) return w;
      const place = placeAt(words, i);
      if (place) {
        placeLeft = place - 1;
        proper = placeLeft === 0;
        return w;
      }
      if ((prev === "va" || prev === "-") && i >= 2) return cap(w);
      return NAME_AFTER.test(f.slice(Math.max(0, i - 4), i).join(" ")) ? cap(w) : w;
    })
    .join(" ");
}

/** "UBND TỈNH BÌNH ĐỊNH", "ĐẢNG BỘ TỈNH PHÚ THỌ" → "TỈNH BÌNH ĐỊNH", "TỈNH PHÚ THỌ": the territory a government or party organisation is of. */
function territoryOf(line: string): string | null {
  const words = line.split(/\s+/).filter(Boolean);
  const f = words.map((w) => fold(w));
  const head = /^(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd|dang bo) /.exec(f.join(" "))?.[0].trim().split(" ").length ?? 0;
  return head && PLACE.test(f.slice(head).join(" ")) ? words.slice(head).join(" ") : null;
}

/**
 * Whether a header line names a body that says whose it is only through the line above: "SỞ GIÁO DỤC
 * VÀ ĐÀO TẠO" under "UBND TỈNH BÌNH ĐỊNH", "BAN TUYÊN GIÁO" under "HUYỆN ỦY CẨM XUYÊN". A line that
 * names a place, a committee or a second body ("ĐẢNG ỦY BỘ NỘI VỤ") is whole.
 */
function needsOwner(line: string): boolean {
  const tokens = tokenize(line).filter((t) => t.word);
  const words = tokens.map((t) => t.s.toLocaleLowerCase("vi"));
  const head = HEADS.match(tokens, 0);
  if (!head || COMMITTEE.test(fold(line))) return false;
  for (let k = head; k < tokens.length; k++) {
    // A head with a name after it is a second body ("BỘ NỘI VỤ" in "BAN CÁN SỰ ĐẢNG BỘ NỘI VỤ"); "VỤ" ending "SỞ NỘI VỤ" is not.
    const nested = HEADS.match(tokens, k);
    if (tokens[k].f === "uy" || placeAt(words, k) || (nested && k + nested < tokens.length)) return false;
  }
  return true;
}

/** The formal header of a document as issued: issuer lines, "Số: …", the place and date, the type in capitals and the title. */
function formalHeader(doc: Doc, symbols: readonly FoundSymbol[]): Partial<Header> & { found: boolean } {
  const out: Partial<Header> & { found: boolean } = { found: false };
  const issuerLines: { text: string; start: number; end: number }[] = [];
  const blocks = doc.blocks.slice(0, HEADER_BLOCKS);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const start = doc.tokens[b.from].start;
    const end = doc.tokens[b.to - 1].end;
    const line = doc.text.slice(start, end);
    // Two columns pasted on one line: the left one is the issuer's, the right one the motto or the date.
    const left = line.split(/\s{3,}|\t/)[0];
    const f = fold(left);
    // "Số: 45/KH-UBND", "Số 123-KH/TU" — not "SỞ GIÁO DỤC…", whose next line may hold the symbol.
    if (!out.symbol && /^số\s*[:.]?\s*\d/iu.test(left)) {
      const s = symbols.find((x) => x.index >= start && x.index < Math.min(end, start + 30));
      if (s) {
        out.symbol = { value: s.canonical, span: span(doc, s.index, s.index + s.raw.length), found: s };
        out.found = true;
      }
    }
    const words = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu.exec(line);
    if (!out.issuedOn && words) {
      const d = datesIn(doc.text, start + words.index, start + words.index + words[0].length)[0];
      if (d) out.issuedOn = proposedDate(doc, d, null);
      out.found = true;
    }
    const upper = left.trim();
    const isCaps = upper.length > 1 && upper === upper.toLocaleUpperCase("vi") && /\p{Lu}/u.test(upper);
    const type = isCaps && f.split(" ").length <= 4 ? typeForName(f) : null;
    if (type && !out.type && (out.found || k > 0)) {
      out.type = { value: type, span: span(doc, start, start + left.trim().length) };
      const next = blocks[k + 1];
      if (next) {
        const title = doc.text.slice(doc.tokens[next.from].start, doc.tokens[next.to - 1].end);
        out.title = { value: title.replace(/\s+/g, " ").trim(), span: span(doc, doc.tokens[next.from].start, doc.tokens[next.to - 1].end) };
        out.bodyFrom = next.to;
        out.issuingContext = [{ from: b.from, to: next.to }];
      }
      out.found = true;
      break;
    }
    if (/^v\/v\b/.test(f) && !out.title) {
      out.title = { value: line.replace(/^v\/v[:.]?\s*/i, "").trim(), span: span(doc, start, end) };
      out.bodyFrom = b.to;
      out.issuingContext = [{ from: b.from, to: b.to }];
    }
    if (isCaps && !out.symbol && !MOTTO.test(f) && !type) issuerLines.push({ text: upper, start, end: start + left.length });
  }
  if (out.found && issuerLines.length) out.issuer = issuerFromLines(doc, issuerLines);
  return out;
}

function issuerFromLines(doc: Doc, lines: { text: string; start: number; end: number }[]): Proposed<string> {
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  const lf = fold(last.text);
  const joined = (text: string) => ({ value: nameCase(text), span: span(doc, prev.start, last.end) });
  if (prev && COMMITTEE.test(lf) && lf.split(" ").length <= 3) {
    // "ĐẢNG BỘ TỈNH QUẢNG NINH" over "TỈNH ỦY" → "Tỉnh ủy Quảng Ninh".
    const place = fold(prev.text).startsWith("dang bo ") ? prev.text.split(/\s+/).slice(lf.startsWith("dang uy") ? 2 : 3).join(" ") : "";
    return joined(`${last.text} ${place}`.trim());
  }
  // "ỦY BAN NHÂN DÂN" over "TỈNH NGHỆ AN": one name on two lines ("HUYỆN ỦY THANH BA" is a whole name).
  if (prev && PLACE.test(lf) && !COMMITTEE.test(lf)) return joined(`${prev.text} ${last.text}`);
  // A body under the one it belongs to: "Sở … tỉnh Bình Định", "Ban Tuyên giáo Huyện ủy Cẩm Xuyên".
  if (prev && needsOwner(last.text)) return joined(`${last.text} ${territoryOf(prev.text) ?? prev.text}`);
  return { value: nameCase(last.text), span: span(doc, last.start, last.end) };
}

interface Issuing {
  sentence: Sentence;
  verb: number;
  typeFrom: number;
  typeTo: number;
  type: DirectiveType;
}

/** "… ban hành Công văn số …", "… vừa ban hành Kế hoạch …", "… có văn bản số …", "… ký Quyết định số …". */
function findIssuing(doc: Doc, symbols: readonly FoundSymbol[]): Issuing | null {
  // A sentence that gives the symbol ("ban hành Kế hoạch số 245-KH/TU") beats a headline that only names the type.
  let withoutSymbol: Issuing | null = null;
  const { tokens } = doc;
  for (const b of doc.blocks.slice(0, 12)) {
    for (const s of b.sentences) {
      for (let i = s.from; i < s.to - 1; i++) {
        let after = -1;
        if (tokens[i].f === "ban" && tokens[i + 1].f === "hanh") after = i + 2;
        else if ((tokens[i].f === "ky" || (tokens[i].f === "co" && tokens[i].s.toLocaleLowerCase("vi") === "có")) && i + 1 < s.to) after = i + 1;
        if (after < 0 || after >= s.to) continue;
        // "do Bộ Chính trị ban hành" describes another document.
        if (tokens.slice(Math.max(s.from, i - 8), i).some((t) => t.f === "do")) continue;
        // "giao Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch" orders an issuing; it reports none.
        let ordered = false;
        for (let k = Math.max(s.from, i - 8); k < i && !ordered; k++) ordered = ORDERED.match(tokens, k, i) > 0;
        if (ordered) continue;
        const rest = doc.text.slice(tokens[after].start, Math.min(doc.end, tokens[after].start + 40));
        const type = typeForName(rest);
        if (!type) continue;
        const folded = fold(rest);
        const pattern = TYPE_NAME_PATTERNS[type].find((p) => folded.startsWith(p)) ?? "";
        const typeTo = after + Math.max(1, pattern.split(" ").length);
        const hasSymbol = symbols.some((x) => x.index >= tokens[typeTo - 1].end && x.index <= tokens[typeTo - 1].end + 8);
        // "ký", "có" report an issuing only with a symbol, or as "vừa có văn bản" (just sent).
        if (tokens[i].f !== "ban" && !hasSymbol && tokens[i - 1]?.f !== "vua") continue;
        const found = { sentence: s, verb: i, typeFrom: after, typeTo, type };
        if (hasSymbol || looseSymbolAt(doc, tokens[typeTo - 1].end)) return found;
        withoutSymbol ??= found;
      }
    }
  }
  return withoutSymbol;
}

/** The body that issues: the unit ending right before the verb (adverbs such as "vừa", "đã" skipped). */
function subjectBefore(doc: Doc, s: Sentence, verb: number): Proposed<string> | null {
  let end = verb;
  while (end > s.from && (ADVERBS.has(doc.tokens[end - 1].f) || ADVERBS.has(`${doc.tokens[end - 2]?.f} ${doc.tokens[end - 1].f}`))) end -= ADVERBS.has(doc.tokens[end - 1].f) ? 1 : 2;
  for (let i = Math.max(s.from, end - 14); i < end; i++) {
    const read = readUnit(doc.text, doc.tokens, i, { limit: end });
    if (read && read.end === end && !read.mention.group) return { value: read.mention.name, span: read.mention.span };
  }
  return null;
}

/** A headline or first sentence that opens with a body and a verb: "Đảng ủy Khối … triển khai nhiệm vụ …". */
function headlineSubject(doc: Doc): { issuer: Proposed<string>; block: number } | null {
  for (let k = 0; k < Math.min(6, doc.blocks.length); k++) {
    const b = doc.blocks[k];
    if (!HEADS.match(doc.tokens, b.from)) continue;
    const read = readUnit(doc.text, doc.tokens, b.from, { limit: b.to });
    const next = doc.tokens[read?.end ?? b.from];
    if (read && !read.mention.group && next?.word && !next.cap) return { issuer: { value: read.mention.name, span: read.mention.span }, block: k };
  }
  return null;
}

/** The date the sentence gives for the issuing: not one that dates a cited document ("04-KH/BTCTW ngày 22/3/2021"). */
function issuingDate(doc: Doc, s: Sentence, own: FoundSymbol | null, symbols: readonly FoundSymbol[], reference: IsoDate | null): Proposed<IsoDate> | null {
  const from = doc.tokens[s.from].start;
  const to = doc.tokens[s.to - 1].end;
  const cited = symbols.filter((x) => x !== own && x.index >= from && x.index < to);
  for (const d of datesIn(doc.text, from, to)) {
    const citation = cited.some((x) => {
      if (x.index + x.raw.length > d.start) return false;
      const gap = doc.text.slice(x.index + x.raw.length, d.start);
      return gap.length <= 12 && /^\s*,?\s*(?:ngày)?\s*$/iu.test(gap);
    });
    if (!citation) return proposedDate(doc, d, reference);
  }
  return null;
}

/** The first sentence of the article that opens with a date ("Sáng 6-1, tại Hà Nội, …"): the event's day. */
function openingDate(doc: Doc, fromToken: number, reference: IsoDate | null): Proposed<IsoDate> | null {
  for (const b of doc.blocks) {
    if (b.to <= fromToken) continue;
    const s = b.sentences[0];
    const start = doc.tokens[s.from].start;
    const head = doc.text.slice(start, Math.min(start + 30, doc.end));
    const m = /^(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:hôm\s+)?(?:nay\s+)?(?:ngày\s+)?)(\d{1,2}\s?[/-]\s?\d{1,2}(?:\s?[/-]\s?\d{4})?)\s*,/iu.exec(head);
    if (m) {
      const d = datesIn(doc.text, start, start + m[0].length)[0];
      if (d) return proposedDate(doc, d, reference);
    }
  }
  return null;
}

function headline(doc: Doc, before: number): Proposed<string> | null {
  for (const b of doc.blocks.slice(0, 6)) {
    if (b.from >= before) break;
    const sp = spanOf(doc.text, doc.tokens, b.from, b.to);
    if (sp.text.length >= 25 && sp.text.length <= 300 && !/[.:]$/.test(sp.text) && datesIn(sp.text).every((d) => d.year === null || sp.text.length > 60)) {
      return { value: sp.text, span: sp };
    }
  }
  return null;
}

/**
 * "Kế hoạch số 08 /KH - SNV": right after "số" a hyphen with spaces on both sides still joins the
 * symbol's parts (in running text findSymbols reads it as punctuation).
 */
function looseSymbolAt(doc: Doc, from: number): FoundSymbol | null {
  const m = /^\s*số\s*:?\s*(\d[\d\s]*(?:[-–/]\s*[\p{L}\d]+\s*)+)/iu.exec(doc.text.slice(from, from + 60));
  if (!m) return null;
  const raw = m[1].replace(/\s+$/, "");
  const parsed = parseSymbol(raw);
  if (!parsed.ok) return null;
  return { raw, canonical: parsed.value.canonical, index: from + m[0].indexOf(m[1]), parsed: parsed.value };
}

/** Reads the document's own fields. `symbols` are every symbol of the article, in order. */
export function readHeader(doc: Doc, symbols: readonly FoundSymbol[]): Header {
  const dateline = findDateline(doc);
  const reference = dateline?.date ?? null;
  const formal = formalHeader(doc, symbols);
  const header: Header = {
    symbol: formal.symbol ?? null,
    type: formal.type ?? null,
    issuer: formal.issuer ?? null,
    issuedOn: formal.issuedOn ?? null,
    title: formal.title ?? null,
    dateline: reference,
    bodyFrom: formal.bodyFrom ?? 0,
    issuingContext: formal.issuingContext ?? [],
  };
  const issuing = findIssuing(doc, symbols);
  if (issuing) {
    const { sentence: s, typeFrom, typeTo } = issuing;
    const typeEnd = doc.tokens[typeTo - 1].end;
    const own = symbols.find((x) => x.index >= typeEnd && x.index <= typeEnd + 8) ?? looseSymbolAt(doc, typeEnd);
    if (!header.symbol && own) header.symbol = { value: own.canonical, span: span(doc, own.index, own.index + own.raw.length), found: own };
    header.type ??= { value: issuing.type, span: spanOf(doc.text, doc.tokens, typeFrom, typeTo) };
    header.issuer ??= subjectBefore(doc, s, issuing.verb);
    header.issuedOn ??= issuingDate(doc, s, own, symbols, reference);
    if (!header.title) {
      const from = own ? doc.tokens.findIndex((t) => t.start >= own.index + own.raw.length) : typeTo;
      const about = from >= 0 && from < s.to && ["ve", "nham"].includes(doc.tokens[from].f) ? from : own ? -1 : typeTo;
      if (about >= 0 && about < s.to) {
        const sp = spanOf(doc.text, doc.tokens, about, doc.tokens[s.to - 1].s === "." ? s.to - 1 : s.to);
        header.title = { value: sp.text.charAt(0).toLocaleUpperCase("vi") + sp.text.slice(1), span: sp };
      }
    }
    header.bodyFrom = Math.max(header.bodyFrom, s.to);
    header.issuingContext.push(s);
    // "Chỉ thị nhằm cụ thể hóa Nghị quyết số 43-NQ/TW…": the next sentence goes on about the document.
    // The sentence may open the next paragraph ("Chỉ thị được ban hành nhằm triển khai…").
    const k = doc.blocks.findIndex((b) => b.sentences.includes(s));
    const block = doc.blocks[k];
    const next = block?.sentences[block.sentences.indexOf(s) + 1] ?? doc.blocks[k + 1]?.sentences[0];
    if (next && (typeForName(doc.text.slice(doc.tokens[next.from].start, doc.tokens[next.from].start + 30)) === issuing.type || /^(?:nham|de)\b/.test(doc.tokens[next.from].f))) {
      header.issuingContext.push(next);
    }
  }
  let headlineBlock = -1;
  if (!header.issuer) {
    const found = headlineSubject(doc);
    if (found) {
      header.issuer = found.issuer;
      headlineBlock = found.block;
      if (!issuing && header.bodyFrom === 0) header.bodyFrom = doc.blocks[found.block].to;
    }
  }
  header.issuedOn ??= openingDate(doc, header.bodyFrom, reference);
  if (!header.issuedOn && dateline) header.issuedOn = proposedDate(doc, dateline.found, null);
  if (header.symbol) {
    const parsed = header.symbol.found.parsed;
    if (!header.type && parsed.type) header.type = { value: parsed.type, span: header.symbol.span };
    // The type named in words must fit the symbol ("văn bản số 12-CV/BCSĐ" is a công văn); the symbol wins.
    if (header.type && !symbolFitsType(parsed, header.type.value) && parsed.type) header.type = { value: parsed.type, span: header.symbol.span };
  }
  header.title ??= headline(doc, headlineBlock >= 0 ? doc.blocks[headlineBlock].to : header.bodyFrom || doc.tokens.length);
  return header;
}
