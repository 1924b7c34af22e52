// Tables pasted as text ("Phụ lục" of a Quyết định or Kế hoạch): a header row of column labels
// ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"), then one row per
// task, its cells cut by the same separators (tabs from a word processor, "|" from a plain-text table).
import { fold } from "../text";
import type { Block, Doc } from "./tokens";
import { DEADLINE_LABELS, TASK_LABELS } from "./vocabulary";

export type ColumnKind = "task" | "lead" | "coordinate" | "assignee" | "deadline";

/** A cell as the tokens [from, to) of its block. */
export interface Cell {
  kind: ColumnKind;
  from: number;
  to: number;
}

export interface Table {
  columns: (ColumnKind | null)[];
}

const SEPARATOR = /\t+|\s*\|\s*/g;
const MAX_CELLS = 12;

/** What a column label says the column holds, or null ("STT", "Ghi chú", "Sản phẩm"). */
function columnKind(label: string): ColumnKind | null {
  const f = fold(label).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  if (!f || f.split(" ").length > 8) return null;
  if (DEADLINE_LABELS.some((l) => f === l || f.startsWith(`${l} `))) return "deadline";
  if (/\bchu tri\b/.test(f)) return "lead";
  if (/\bphoi hop\b/.test(f)) return "coordinate";
  if (/\b(?:co quan|don vi)\b/.test(f) && /\b(?:thuc hien|duoc giao|trach nhiem)\b/.test(f)) return "assignee";
  if (TASK_LABELS.some((l) => f === l || f.startsWith(`${l} `))) return "task";
  return null;
}

/** The block's line cut at its separators, as character ranges; a line with none is one cell. */
function cutLine(doc: Doc, b: Block): { start: number; end: number }[] {
  const start = doc.text.lastIndexOf("\n", doc.tokens[b.from].start - 1) + 1;
  const end = doc.tokens[b.to - 1].end;
  const line = doc.text.slice(start, end);
  const cells: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of line.matchAll(SEPARATOR)) {
    if (cells.length >= MAX_CELLS) break;
    cells.push({ start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  cells.push({ start: start + from, end });
  // "| 1 | Rà soát … |": the outer bars open and close the row.
  return cells.filter((c, i) => !(c.end <= c.start && (i === 0 || i === cells.length - 1)));
}

/** A header row: three or more cells, among them a task column and a unit or deadline column. */
export function tableHeader(doc: Doc, b: Block): Table | null {
  const cells = cutLine(doc, b);
  if (cells.length < 3) return null;
  const columns = cells.map((c) => columnKind(doc.text.slice(c.start, c.end)));
  const task = columns.filter((k) => k === "task").length;
  if (task !== 1 || !columns.some((k) => k === "lead" || k === "coordinate" || k === "assignee" || k === "deadline")) return null;
  return { columns };
}

/** A row of the table: as many cells as the header (a trailing empty one may be missing), or null when the table has ended. */
export function tableRow(doc: Doc, b: Block, table: Table): Cell[] | null {
  const cells = cutLine(doc, b);
  if (cells.length < 2 || cells.length > table.columns.length || cells.length < table.columns.length - 1) return null;
  const out: Cell[] = [];
  cells.forEach((c, i) => {
    const kind = table.columns[i];
    if (!kind) return;
    let from = b.from;
    while (from < b.to && doc.tokens[from].start < c.start) from++;
    let to = from;
    while (to < b.to && doc.tokens[to].end <= c.end) to++;
    if (to > from) out.push({ kind, from, to });
  });
  return out.some((c) => c.kind === "task") ? out : null;
}
