// Tasks and who carries them out: "giao X chủ trì, phối hợp với Y…", "đề nghị các đơn vị…", "X tăng
// cường…", "Cơ quan chủ trì: …", a heading per unit with its items below, and each task's deadline.
import type { IsoDate } from "../calendar";
import type { FoundSymbol } from "../symbol";
import { unitKey, sameUnitName } from "./org-match";
import { tableHeader, tableRow, type Cell, type Table } from "./table";
import { deadlineIn, labelledDeadline, withoutClosingDeadline } from "./task-deadline";
import { spanOf, type Block, type Doc, type Sentence } from "./tokens";
import type { AssignmentRoleWord, ProposedAssignment, ProposedDeadline, ProposedTask, UnitMention } from "./types";
import { HEADS, PhraseSet, readUnitList, VERBS } from "./units";
import { DEADLINE_LABELS, NOT_ORDER, ROLE_LABELS } from "./vocabulary";

const CONNECTIVES = new PhraseSet(["dong thoi", "ben canh do", "theo do", "ngoai ra", "trong do", "cu the", "sau do", "mat khac", "cung voi do", "tiep theo", "nhu vay", "do do", "vi vay", "ngoai ra con"]);
const NOT_ORDER_SET = new PhraseSet(NOT_ORDER);
const LABEL_ROLE = new PhraseSet(ROLE_LABELS);
const LABEL_DEADLINE = new PhraseSet(DEADLINE_LABELS);
// Not the verb "giao": "tuyên giáo", "tôn giáo", "bàn giao", "giao thông"…
const GIAO_BEFORE = new Set(["tuyen", "ton", "ban", "chuyen", "ngoai", "thuong", "bo"]);
const GIAO_AFTER = new Set(["duc", "thong", "luu", "dich", "nhan", "ket", "tiep", "luu", "thoa", "hoa", "ban", "dien", "ly"]);

interface Context {
  doc: Doc;
  issuer: string | null;
  /** Names the issuer goes by here (its ministry, the headline's subject), so it is never its own addressee. */
  self: string[];
  reference: IsoDate | null;
  symbols: readonly FoundSymbol[];
}

interface Analysis {
  assignments: ProposedAssignment[];
  taskFrom: number;
  /** Assignments came only from labels ("Cơ quan chủ trì: …"): they complete the task above. */
  labelsOnly: boolean;
  deadline: ProposedDeadline | null;
}

const at = (ctx: Context, i: number, ...words: string[]) => words.every((w, k) => ctx.doc.tokens[i + k]?.f === w);

function isSelf(ctx: Context, u: UnitMention): boolean {
  return ctx.self.some((name) => sameUnitName(u.name, name, ctx.self));
}

function assign(units: UnitMention[], role: AssignmentRoleWord): ProposedAssignment[] {
  return units.map((unit) => ({ unit, role }));
}

/** After a lead: ", phối hợp với Y, Z" / "; Y, Z phối hợp" → the coordinating units and where they end. */
function coordinators(ctx: Context, j: number, limit: number): { units: UnitMention[]; end: number } {
  const { doc } = ctx;
  let k = j;
  if (doc.tokens[k]?.s === "," || doc.tokens[k]?.s === ";") k++;
  if (at(ctx, k, "phoi", "hop")) {
    k += 2;
    if (at(ctx, k, "voi") || at(ctx, k, "cung")) k++;
    const list = readUnitList(doc.text, doc.tokens, k, { limit, relaxed: true });
    return list.units.length ? list : { units: [], end: j };
  }
  const list = readUnitList(doc.text, doc.tokens, k, { limit, relaxed: true });
  if (list.units.length && at(ctx, list.end, "phoi", "hop")) return { units: list.units, end: list.end + 2 };
  return { units: [], end: j };
}

/** "Sở X là cơ quan thường trực, chủ trì …": past a short "là cơ quan / đơn vị …," after the units; else j. */
function apposition(ctx: Context, j: number, limit: number): number {
  if (!at(ctx, j, "la") || !(at(ctx, j + 1, "co", "quan") || at(ctx, j + 1, "don", "vi") || at(ctx, j + 1, "dau", "moi"))) return j;
  for (let k = j + 2; k < Math.min(limit, j + 10); k++) if (ctx.doc.tokens[k].s === ",") return k + 1;
  return j;
}

/** Units read at position j after a cue; a following "chủ trì" makes them leads. */
function rolesFrom(ctx: Context, j: number, limit: number, plain: AssignmentRoleWord): { assignments: ProposedAssignment[]; end: number } | null {
  const { doc } = ctx;
  const list = readUnitList(doc.text, doc.tokens, j, { limit, relaxed: true });
  const units = list.units.filter((u) => !isSelf(ctx, u));
  if (!units.length) return null;
  if (at(ctx, list.end, "chu", "tri")) {
    const co = coordinators(ctx, list.end + 2, limit);
    return { assignments: [...assign(units, "lead"), ...assign(co.units, "coordinate")], end: Math.max(list.end + 2, co.end) };
  }
  return { assignments: assign(units, plain), end: list.end };
}

/** Clause starts: the sentence's start (after connectives and an opening date) and each ':' or ';'. */
function clauseStarts(ctx: Context, s: Sentence): number[] {
  const { tokens } = ctx.doc;
  let i = s.from;
  for (let n = CONNECTIVES.match(tokens, i, s.to); n; n = CONNECTIVES.match(tokens, i, s.to)) {
    i += n;
    if (tokens[i]?.s === ",") i++;
  }
  // "Theo Quyết định, Sở X chủ trì…": a short opening "Theo …," before the clause.
  if (tokens[i]?.f === "theo") {
    const comma = tokens.slice(i + 1, Math.min(s.to, i + 7)).findIndex((t) => t.s === ",");
    if (comma >= 0) i += comma + 2;
  }
  const starts = [i];
  for (let k = i; k < s.to; k++) if (tokens[k].s === ":" || tokens[k].s === ";") starts.push(k + 1);
  return starts;
}

/**
 * Under a unit's heading: "Chủ trì, phối hợp với …" makes the unit the lead; "Phối hợp với X …"
 * makes X the lead and the unit a coordinator. Returns whether either form was found.
 */
function underSection(ctx: Context, s: Sentence, c: number, section: UnitMention[], out: Analysis): boolean {
  const { doc } = ctx;
  if (at(ctx, c, "chu", "tri")) {
    const co = coordinators(ctx, c + 2, s.to);
    out.assignments.push(...assign(section, "lead"), ...assign(co.units, "coordinate"));
    out.taskFrom = Math.max(c + 2, co.end);
    return true;
  }
  if (at(ctx, c, "phoi", "hop", "voi")) {
    const lead = readUnitList(doc.text, doc.tokens, c + 3, { limit: s.to, relaxed: true });
    if (lead.units.length) {
      out.assignments.push(...assign(lead.units, "lead"), ...assign(section, "coordinate"));
      out.taskFrom = lead.end;
      return true;
    }
  }
  return false;
}

function analyse(ctx: Context, s: Sentence, section: UnitMention[] | null): Analysis {
  const { doc } = ctx;
  const { tokens } = doc;
  const out: Analysis = { assignments: [], taskFrom: s.from, labelsOnly: false, deadline: null };
  let labels = 0;
  const consumed = new Set<number>();
  const starts = clauseStarts(ctx, s);
  out.taskFrom = starts[0];
  for (const c of starts) {
    if (c >= s.to) continue;
    // Labels: "Cơ quan chủ trì: …", "Thời gian hoàn thành: …".
    const role = LABEL_ROLE.match(tokens, c, s.to);
    if (role && tokens[c + role]?.s === ":") {
      const words = tokens.slice(c, c + role).map((t) => t.f).join(" ");
      const list = readUnitList(doc.text, tokens, c + role + 1, { limit: s.to, relaxed: true });
      const r: AssignmentRoleWord = words.includes("chu tri") ? "lead" : words.includes("phoi hop") ? "coordinate" : "assignee";
      out.assignments.push(...assign(list.units, r));
      labels += list.units.length;
      continue;
    }
    const dl = LABEL_DEADLINE.match(tokens, c, s.to);
    if (dl && tokens[c + dl]?.s === ":") {
      let end = c + dl + 1;
      while (end < s.to && tokens[end].s !== ";") end++;
      out.deadline = labelledDeadline(ctx, c + dl + 1, end);
      labels++;
      continue;
    }
    // A clause that opens with units and a verb: "Sở Nội vụ chủ trì, …", "Các đảng ủy… phát huy…".
    const list = readUnitList(doc.text, tokens, c, { limit: s.to });
    if (list.units.length) {
      for (let k = c; k < list.end; k++) consumed.add(k);
      const next = tokens[list.end];
      const others = list.units.filter((u) => !isSelf(ctx, u));
      if (!others.length || !next) continue;
      if (next.s === ":" && list.end + 1 < s.to) {
        // "Sở Tài chính: phối hợp với Sở Y tế …": the units head what follows, as a heading would.
        if (!underSection(ctx, s, list.end + 1, others, out)) {
          out.assignments.push(...assign(others, "assignee"));
          out.taskFrom = list.end + 1;
        }
      } else if (at(ctx, apposition(ctx, list.end, s.to), "chu", "tri")) {
        const lead = apposition(ctx, list.end, s.to) + 2;
        const co = coordinators(ctx, lead, s.to);
        out.assignments.push(...assign(others, "lead"), ...assign(co.units, "coordinate"));
        out.taskFrom = Math.max(lead, co.end);
      } else if (next.word && !next.cap && !NOT_ORDER_SET.match(tokens, list.end, s.to) && !tokens.slice(list.end, list.end + 3).some((t) => t.f === "da")) {
        out.assignments.push(...assign(others, "assignee"));
        out.taskFrom = list.end;
      }
      continue;
    }
    if (section && c === starts[0]) underSection(ctx, s, c, section, out);
  }
  // Cues anywhere: "giao X (chủ trì…)", "đề nghị / yêu cầu X …", "với sự phối hợp của X", "để các X …".
  for (let k = s.from; k < s.to; k++) {
    if (consumed.has(k)) continue;
    let found: { assignments: ProposedAssignment[]; end: number } | null = null;
    const f = tokens[k].f;
    const after = tokens[k + 1];
    if (f === "giao" && !GIAO_BEFORE.has(tokens[k - 1]?.f ?? "") && !(after && !after.cap && GIAO_AFTER.has(after.f))) {
      let j = k + 1;
      if (at(ctx, j, "nhiem", "vu")) j += 2;
      if (at(ctx, j, "trach", "nhiem")) j += 2;
      if (at(ctx, j, "cho")) j++;
      found = rolesFrom(ctx, j, s.to, "assignee");
    } else if ((at(ctx, k, "de", "nghi") || at(ctx, k, "yeu", "cau")) && !["theo", "cac", "nhung", "ung"].includes(tokens[k - 1]?.f ?? "")) {
      let j = k + 2;
      if (at(ctx, j, "cho")) j++;
      found = rolesFrom(ctx, j, s.to, "assignee");
    } else if (at(ctx, k, "su", "phoi", "hop", "cua")) {
      const list = readUnitList(doc.text, tokens, k + 4, { limit: s.to, relaxed: true });
      if (list.units.length) found = { assignments: assign(list.units, "coordinate"), end: list.end };
    } else if (f === "de" && (at(ctx, k + 1, "cac") || at(ctx, k + 1, "tat", "ca"))) {
      const list = readUnitList(doc.text, tokens, k + 1, { limit: s.to });
      if (list.units.length && list.units.every((u) => u.group)) found = { assignments: assign(list.units, "assignee"), end: list.end };
    }
    if (found) {
      out.assignments.push(...found.assignments);
      out.taskFrom = Math.max(out.taskFrom, found.end);
      k = found.end - 1;
    }
  }
  out.labelsOnly = out.assignments.length > 0 && labels > 0 && out.assignments.length <= labels;
  return out;
}

function dedupe(list: ProposedAssignment[]): ProposedAssignment[] {
  const seen = new Map<string, ProposedAssignment>();
  for (const a of list) {
    const key = unitKey(a.unit.name);
    const prior = seen.get(key);
    // A unit named as lead and again as assignee stays lead.
    if (!prior || (prior.role === "assignee" && a.role !== "assignee")) seen.set(key, a);
  }
  return [...seen.values()];
}

function taskText(ctx: Context, from: number, s: Sentence): ProposedTask["span"] {
  const { tokens } = ctx.doc;
  let to = s.to;
  while (to > from && [".", ":", ";", ",", "…"].includes(tokens[to - 1].s)) to--;
  let start = from;
  while (start < to && [",", ":", ";", "-"].includes(tokens[start].s)) start++;
  return spanOf(ctx.doc.text, tokens, start, to);
}

function newTask(ctx: Context, s: Sentence, a: Analysis, assignments: ProposedAssignment[]): ProposedTask {
  const deadline = a.deadline ?? deadlineIn(ctx, s.from, s.to);
  const span = withoutClosingDeadline(taskText(ctx, a.taskFrom, s), deadline);
  const text = span.text.charAt(0).toLocaleUpperCase("vi") + span.text.slice(1);
  return { text, span, assignments: dedupe(assignments), deadline };
}

function isHeading(ctx: Context, b: Block): UnitMention[] | null {
  if (b.sentences.length !== 1 || b.to - b.from > 30) return null;
  const { doc } = ctx;
  const { tokens } = doc;
  const list = readUnitList(doc.text, tokens, b.from, { limit: b.to });
  const rest = b.to - list.end;
  // A short line that opens with a body's head and holds no verb names one body, however its
  // name is written: "Vụ Phổ biến, giáo dục pháp luật".
  const last = tokens[b.to - 1].s === ":" ? b.to - 1 : b.to;
  if (list.units.length && rest > 0 && last - b.from <= 10 && HEADS.match(tokens, b.from, last) && tokens[b.from].cap) {
    const words = tokens.slice(b.from, last);
    if (words.every((t, k) => (t.word ? t.cap || VERBS.match(tokens, b.from + k, last) < 2 : [",", "-", "–"].includes(t.s)))) {
      const span = spanOf(doc.text, tokens, b.from, last);
      return [{ name: span.text, group: false, span }];
    }
  }
  if (!list.units.length || !(rest === 0 || (rest === 1 && [":", "."].includes(doc.tokens[b.to - 1].s)))) return null;
  const units = list.units.filter((u) => !isSelf(ctx, u));
  return units.length ? units : null;
}

/**
 * A table row's units: the cell read as a list of names; when the grammar cannot read it to its end
 * ("Sở Nông nghiệp và Phát triển nông thôn các tỉnh, thành phố …"), each part between ";" is one name.
 */
function cellUnits(ctx: Context, cell: Cell): UnitMention[] {
  const { doc } = ctx;
  const list = readUnitList(doc.text, doc.tokens, cell.from, { limit: cell.to, relaxed: true });
  let end = list.end;
  while (end < cell.to && [".", ";", ","].includes(doc.tokens[end].s)) end++;
  if (list.units.length && end >= cell.to) return list.units;
  const units: UnitMention[] = [];
  for (let from = cell.from, k = cell.from; k <= cell.to; k++) {
    if (k < cell.to && doc.tokens[k].s !== ";") continue;
    if (k > from) {
      const span = spanOf(doc.text, doc.tokens, from, k);
      units.push({ name: span.text.replace(/\s+/g, " "), group: /^(?:các|tất cả)\s/iu.test(span.text), span });
    }
    from = k + 1;
  }
  return units;
}

function rowTask(ctx: Context, row: Cell[]): ProposedTask {
  const task = row.find((c) => c.kind === "task")!;
  const span = spanOf(ctx.doc.text, ctx.doc.tokens, task.from, task.to);
  const assignments: ProposedAssignment[] = [];
  let deadline: ProposedDeadline | null = null;
  for (const c of row) {
    if (c.kind === "deadline") deadline = labelledDeadline(ctx, c.from, c.to);
    else if (c.kind !== "task") assignments.push(...assign(cellUnits(ctx, c), c.kind));
  }
  return { text: span.text, span, assignments: dedupe(assignments), deadline };
}

export interface TaskOptions {
  issuer: string | null;
  self: string[];
  reference: IsoDate | null;
  bodyFrom: number;
  symbols: readonly FoundSymbol[];
}

/** The tasks of the body, in order, each with its units and deadline; tasks no unit was found for are left out. */
export function readTasks(doc: Doc, options: TaskOptions): ProposedTask[] {
  const ctx: Context = { doc, issuer: options.issuer, self: options.self, reference: options.reference, symbols: options.symbols };
  const tasks: ProposedTask[] = [];
  const inherited = new Set<ProposedTask>();
  let section: UnitMention[] | null = null;
  let addressees = false;
  let table: Table | null = null;
  for (const b of doc.blocks) {
    if (b.to <= options.bodyFrom) continue;
    // "Kính gửi:" and the list under it name who receives the letter; they head no tasks.
    if (at(ctx, b.from, "kinh", "gui")) {
      addressees = true;
      continue;
    }
    if (addressees && (/^[-+•·–*]$/.test(b.marker) || isHeading(ctx, b))) continue;
    addressees = false;
    // A table: its header row names the columns, each row below is one task.
    const row = table ? tableRow(doc, b, table) : null;
    if (row) {
      tasks.push(rowTask(ctx, row));
      continue;
    }
    table = tableHeader(doc, b);
    if (table) {
      section = null;
      continue;
    }
    const heading = isHeading(ctx, b);
    if (heading) {
      section = heading;
      continue;
    }
    const line = doc.text.slice(doc.tokens[b.from].start, doc.tokens[b.to - 1].end);
    // "III. TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ TRỌNG TÂM": a new part of the document.
    if (/^[IVX]+\.$/.test(b.marker) || (line === line.toLocaleUpperCase("vi") && /\p{Lu}{3}/u.test(line))) {
      section = null;
      continue;
    }
    let current: ProposedTask | null = null;
    b.sentences.forEach((s, index) => {
      if (s.to <= options.bodyFrom) return;
      const a = analyse(ctx, s, section);
      const last = tasks[tasks.length - 1];
      if (a.labelsOnly && (current ?? last)) {
        const target = current ?? last;
        // Labels name the units exactly: they replace the ones the task took from the heading above.
        const kept = inherited.has(target) ? [] : target.assignments;
        inherited.delete(target);
        target.assignments = dedupe([...kept, ...a.assignments]);
        if (a.deadline) target.deadline = a.deadline;
        return;
      }
      if (a.assignments.length) {
        const t = newTask(ctx, s, a, a.assignments);
        // "…đề nghị các đơn vị… triển khai một số nhiệm vụ cụ thể:" introduces the items below.
        if (doc.tokens[s.to - 1].s === ":" && index === b.sentences.length - 1) {
          section = t.assignments.map((x) => x.unit);
          current = null;
          return;
        }
        tasks.push(t);
        current = t;
        return;
      }
      if (a.deadline && (current ?? last) && !(current ?? last).deadline) {
        (current ?? last).deadline = a.deadline;
        return;
      }
      if (index === 0) {
        // The items under a heading belong to its units; a paragraph of nobody's still carries labels below it.
        const t = newTask(ctx, s, a, section ? assign(section, "assignee") : []);
        if (section) inherited.add(t);
        tasks.push(t);
        current = t;
        return;
      }
      if (current) {
        current.deadline ??= deadlineIn(ctx, s.from, s.to);
        current.span = { ...current.span, end: doc.tokens[s.to - 1].end, text: doc.text.slice(current.span.start, doc.tokens[s.to - 1].end) };
      }
    });
  }
  // A byline ("PV") under the last heading is no task.
  return tasks.filter((t) => t.assignments.length > 0 && t.text.split(/\s+/).length >= 3);
}
