// The directives the document implements and those it cites: every symbol in the article, split by
// whether the document names it as what it carries out ("Để thực hiện…", "về việc tổ chức thực hiện…").
import { TYPE_NAME_PATTERNS, typeForName } from "../directive-type";
import { sameSymbol, type FoundSymbol } from "../symbol";
import { fold } from "../text";
import type { Doc, Sentence } from "./tokens";
import type { ProposedLink } from "./types";

// Folded words right before the type name that make the cited document the one being implemented.
const IMPLEMENT_CUE = /(?:^|\s)(?:de |nham |ve viec |ve |to chuc |tiep tuc )?(?:trien khai thuc hien|to chuc thuc hien|trien khai|thuc hien|quan triet|cu the hoa)\s*$/;
// "Căn cứ", "gắn với", "theo" before a type cite a document without implementing it.
const NOT_IMPLEMENT = /(?:can cu|theo|gan (?:voi )?(?:viec )?(?:thuc hien|trien khai)?)\s*$/;
const TYPE_AT_END = new RegExp(`(?:${Object.values(TYPE_NAME_PATTERNS).flat().sort((a, b) => b.length - a.length).join("|")})$`);

function linkOf(doc: Doc, s: FoundSymbol): ProposedLink {
  // The type named before the symbol: "Kế hoạch số 04-KH/BTCTW", "Chỉ thị 01-CT/TW".
  const before = doc.text.slice(Math.max(0, s.index - 30), s.index);
  const named = /([\p{L} ]+?)\s+(?:số\s*:?\s*)?$/iu.exec(before)?.[1] ?? "";
  const words = named.trim().split(/\s+/);
  let type = null;
  for (let k = Math.max(0, words.length - 4); k < words.length && !type; k++) type = typeForName(words.slice(k).join(" "));
  return { symbol: s.canonical, type: type ?? s.parsed.type, span: { start: s.index, end: s.index + s.raw.length, text: s.raw } };
}

/** Whether the words before this mention (within its sentence) say the document implements it. */
function implementsCue(doc: Doc, s: FoundSymbol, sentenceStart: number): boolean {
  const before = fold(doc.text.slice(Math.max(sentenceStart, s.index - 80), s.index));
  // Drop the type name and "số" so the cue sits at the end: "để thực hiện kế hoạch số" → "để thực hiện".
  const trimmed = before.replace(/\s*(?:so\s*:?)?\s*$/, "").replace(TYPE_AT_END, "").trim();
  return IMPLEMENT_CUE.test(trimmed) && !NOT_IMPLEMENT.test(trimmed);
}

/**
 * "…triển khai thực hiện Quy định số 144-QĐ/TW ngày … về … và Kết luận số 21-KL/TW": a document
 * joined by "và" to one the document implements shares its verb, unless a citing word comes between.
 */
function joinedToParent(doc: Doc, s: FoundSymbol, parent: FoundSymbol): boolean {
  const between = fold(doc.text.slice(parent.index + parent.raw.length, s.index));
  const trimmed = between.replace(/\s*(?:so\s*:?)?\s*$/, "").replace(TYPE_AT_END, "").trim();
  return /(?:^|\s)(?:va|cung)$/.test(trimmed) && !/[;:]/.test(between) && !/\b(?:can cu|gan voi|theo)\b/.test(between);
}

export interface Links {
  implements: ProposedLink[];
  references: ProposedLink[];
}

/**
 * Splits the article's symbols. A symbol is implemented when the issuing context (the sentence that
 * reports the issuing, the formal title, or an opening "Thực hiện …," of the body) introduces it with
 * an implementing verb; every other distinct symbol is a reference. The document's own symbol is neither.
 */
export function readLinks(doc: Doc, symbols: readonly FoundSymbol[], own: FoundSymbol | null, context: readonly Sentence[], bodyFrom: number): Links {
  const ranges = context.map((s) => ({ from: doc.tokens[s.from].start, to: doc.tokens[s.to - 1].end }));
  // The first sentence of the body of a formal document: "Thực hiện Chỉ thị số 25-CT/TW ngày…, Tỉnh ủy ban hành…".
  const opening = doc.blocks
    .filter((b) => b.from >= bodyFrom)
    .slice(0, 12)
    .find((b) => /^(?:de |nham )?(?:thuc hien|trien khai|can cu)/.test(fold(doc.text.slice(doc.tokens[b.from].start, doc.tokens[b.from].start + 30))));
  if (opening) {
    const s = opening.sentences[0];
    ranges.push({ from: doc.tokens[s.from].start, to: doc.tokens[s.to - 1].end });
  }
  const out: Links = { implements: [], references: [] };
  const seen: FoundSymbol[] = [];
  let parent: FoundSymbol | null = null;
  for (const s of symbols) {
    if (own && sameSymbol(s.parsed, own.parsed)) continue;
    const range = ranges.find((r) => s.index >= r.from && s.index < r.to);
    const isParent = !!range && (implementsCue(doc, s, range.from) || (parent !== null && parent.index >= range.from && joinedToParent(doc, s, parent)));
    if (isParent) parent = s;
    const already = seen.find((x) => sameSymbol(x.parsed, s.parsed));
    if (already) {
      // A later mention may reveal the parent ("…việc thực hiện Chỉ thị số 01-CT/TW" in the title).
      if (isParent && !out.implements.some((l) => sameSymbol(l.symbol, s.canonical))) {
        out.references = out.references.filter((l) => !sameSymbol(l.symbol, s.canonical));
        out.implements.push(linkOf(doc, s));
      }
      continue;
    }
    seen.push(s);
    (isParent ? out.implements : out.references).push(linkOf(doc, s));
  }
  return out;
}
