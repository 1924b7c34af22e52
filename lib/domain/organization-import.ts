// Checking a file of organisations before anything is stored: each row gets every problem found,
// named by a code the page words in Vietnamese. Pure: the existing organisations are passed in.
import { isIsoDate, parseViDate } from "./calendar";
import { fold } from "./text";
import { isOrganizationCode, normalizeCode, parseKind, type OrganizationKindName } from "./organization-code";

/** The columns, by their folded header; "ma_cap_tren" is also accepted as "cap tren" and the like. */
export const IMPORT_COLUMNS = {
  code: ["ma", "ma to chuc", "ma don vi", "code"],
  name: ["ten", "ten to chuc", "ten don vi", "name"],
  kind: ["loai", "loai to chuc", "kind"],
  parentCode: ["ma_cap_tren", "ma cap tren", "cap tren", "parent", "parent_code"],
  abbreviation: ["viet_tat", "viet tat", "ky hieu", "ky hieu viet tat", "abbreviation"],
  activeFrom: ["hoat_dong_tu", "hoat dong tu", "tu ngay", "active_from"],
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["code", "name", "kind", "parentCode"];

export type ImportProblem =
  | { code: "missingCode" | "badCode" | "missingName" | "nameTooLong" | "abbreviationTooLong" | "missingParent" }
  | { code: "duplicateCode"; params: { code: string; row: number } }
  | { code: "codeExists"; params: { code: string } }
  | { code: "badKind"; params: { kind: string } }
  | { code: "unknownParent" | "parentInactive" | "parentInvalid"; params: { code: string } }
  | { code: "cycle"; params: { codes: string } }
  | { code: "badDate"; params: { date: string } };

export interface ImportRow {
  /** The row's number in the file (the header is row 1). */
  line: number;
  code: string;
  name: string;
  kind: OrganizationKindName | null;
  kindText: string;
  parentCode: string;
  abbreviation: string | null;
  activeFrom: string | null;
  problems: ImportProblem[];
}

export interface ExistingOrganization {
  id: number;
  active: boolean;
  /** Inside the administrator's scope: only those may be parents. */
  managed: boolean;
}

/** Maps a header row to column positions; returns the missing required columns too. */
export function mapHeader(header: string[]): { columns: Partial<Record<ImportColumn, number>>; missing: ImportColumn[] } {
  const columns: Partial<Record<ImportColumn, number>> = {};
  header.forEach((h, i) => {
    const folded = fold(h).replace(/_/g, " ");
    for (const [column, names] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
      if (columns[column] === undefined && names.some((n) => n.replace(/_/g, " ") === folded)) columns[column] = i;
    }
  });
  return { columns, missing: REQUIRED_COLUMNS.filter((c) => columns[c] === undefined) };
}

/**
 * Every row with its problems. A parent may be an existing organisation of the administrator's
 * scope or another row of the file (in any order); a chain of rows that leads back to itself is a
 * cycle; a row whose parent row has problems cannot be imported either.
 */
export function checkImportRows(
  cells: string[][],
  columns: Partial<Record<ImportColumn, number>>,
  existing: ReadonlyMap<string, ExistingOrganization>,
  kindLabels: Record<OrganizationKindName, string>,
  firstLine = 2,
): ImportRow[] {
  const cell = (r: string[], c: ImportColumn) => (columns[c] === undefined ? "" : (r[columns[c]!] ?? "").trim());
  const rows: ImportRow[] = cells.map((r, i) => {
    const problems: ImportProblem[] = [];
    const code = normalizeCode(cell(r, "code"));
    if (!code) problems.push({ code: "missingCode" });
    else if (!isOrganizationCode(code)) problems.push({ code: "badCode" });
    const name = cell(r, "name").normalize("NFC").replace(/\s+/g, " ");
    if (!name) problems.push({ code: "missingName" });
    else if (name.length > 300) problems.push({ code: "nameTooLong" });
    const kindText = cell(r, "kind");
    const kind = parseKind(kindText, kindLabels);
    if (!kind) problems.push({ code: "badKind", params: { kind: kindText } });
    const parentCode = normalizeCode(cell(r, "parentCode"));
    if (!parentCode) problems.push({ code: "missingParent" });
    const abbreviation = cell(r, "abbreviation").normalize("NFC") || null;
    if (abbreviation && abbreviation.length > 40) problems.push({ code: "abbreviationTooLong" });
    const dateText = cell(r, "activeFrom");
    const activeFrom = dateText ? (isIsoDate(dateText) ? dateText : parseViDate(dateText)) : null;
    if (dateText && !activeFrom) problems.push({ code: "badDate", params: { date: dateText } });
    return { line: firstLine + i, code, name, kind, kindText, parentCode, abbreviation, activeFrom, problems };
  });

  const byCode = new Map<string, ImportRow>();
  for (const row of rows) {
    if (!row.code) continue;
    const first = byCode.get(row.code);
    if (first) row.problems.push({ code: "duplicateCode", params: { code: row.code, row: first.line } });
    else byCode.set(row.code, row);
    if (existing.has(row.code)) row.problems.push({ code: "codeExists", params: { code: row.code } });
  }
  // A code already in the system names the existing organisation, not the rejected row.
  for (const code of existing.keys()) byCode.delete(code);

  for (const row of rows) {
    if (!row.parentCode) continue;
    const inFile = byCode.get(row.parentCode);
    const known = existing.get(row.parentCode);
    if (inFile) continue; // checked below, once the file's own rows are judged
    if (!known || !known.managed) row.problems.push({ code: "unknownParent", params: { code: row.parentCode } });
    else if (!known.active) row.problems.push({ code: "parentInactive", params: { code: row.parentCode } });
  }

  // Cycles among the file's rows: follow parents inside the file until leaving it.
  for (const row of rows) {
    const seen: string[] = [];
    let at: ImportRow | undefined = row;
    while (at && byCode.get(at.parentCode) && !seen.includes(at.code)) {
      seen.push(at.code);
      at = byCode.get(at.parentCode);
    }
    if (at && at.code === row.code && seen.length) {
      row.problems.push({ code: "cycle", params: { codes: [...seen, row.code].join(" → ") } });
    }
  }

  // A row under a row that cannot be imported cannot be imported either (to a fixed point).
  let changed = true;
  while (changed) {
    changed = false;
    for (const row of rows) {
      const parent = byCode.get(row.parentCode);
      if (parent && parent !== row && parent.problems.length && !row.problems.length) {
        row.problems.push({ code: "parentInvalid", params: { code: row.parentCode } });
        changed = true;
      }
    }
  }
  return rows;
}

/** The file's rows in an order where every parent comes before its children. */
export function parentsFirst(rows: ImportRow[]): ImportRow[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const out: ImportRow[] = [];
  const placed = new Set<string>();
  const place = (r: ImportRow) => {
    if (placed.has(r.code)) return;
    placed.add(r.code);
    const parent = byCode.get(r.parentCode);
    if (parent && parent !== r) place(parent);
    out.push(r);
  };
  rows.forEach(place);
  return out;
}

/** Parses CSV text (RFC 4180: quotes, doubled quotes, newlines in quotes; comma or semicolon). */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}
