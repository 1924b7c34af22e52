import "server-only";
// Importing organisations from an Excel or CSV file: read the file (bounded in size and rows),
// check every row against the file and the forest (lib/domain/organization-import.ts), and — only
// when no row has a problem — create them all in one transaction, parents before children. The
// confirmation sends the same file again and everything is checked again: nothing is kept between
// the preview and the import.
import ExcelJS from "exceljs";
import { checkImportRows, IMPORT_COLUMNS, mapHeader, parentsFirst, parseCsv, type ExistingOrganization, type ImportProblem, type ImportRow } from "@/lib/domain/organization-import";
import { normalizeCode } from "@/lib/domain/organization-code";
import { format, messages } from "@/lib/i18n/messages";
import { hasControlCharacters } from "@/lib/validation/text";
import { fail, UserFacingError, type ActionResult } from "./action-result";
import { isActive, today } from "./admin-common";
import { writeAudit } from "./audit";
import { dateValue, db, isoDate, type Tx } from "./db";
import { insertOrganization, lockForest } from "./organization-tree";
import { organizationInScope } from "./scope";
import { assertCan, type SessionUser } from "./session-user";

export const IMPORT_MAX_ROWS = 2_000;
export const IMPORT_MAX_MB = 2;
const m = messages.adminImport;

export interface ImportRowView {
  line: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string;
  abbreviation: string | null;
  activeFrom: string | null;
  problems: string[];
}

export interface ImportPreview {
  rows: ImportRowView[];
  valid: number;
  invalid: number;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value) ?? "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

/** The file's rows as text cells (header first), or why it cannot be read. */
export async function readImportFile(file: File): Promise<{ ok: true; cells: string[][] } | { ok: false; message: string }> {
  if (file.size > IMPORT_MAX_MB * 1024 * 1024) return { ok: false, message: format(m.tooLarge, { mb: IMPORT_MAX_MB }) };
  const name = file.name.toLowerCase();
  let cells: string[][];
  try {
    if (name.endsWith(".csv")) {
      cells = parseCsv(new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()));
    } else if (name.endsWith(".xlsx")) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await file.arrayBuffer());
      const sheet = book.worksheets[0];
      cells = [];
      sheet?.eachRow({ includeEmpty: false }, (row) => {
        const values: string[] = [];
        for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value).trim());
        if (values.some((v) => v !== "")) cells.push(values);
      });
    } else return { ok: false, message: m.badFile };
  } catch {
    return { ok: false, message: m.badFile };
  }
  // PostgreSQL stores no NUL, and no person types a control character into a cell.
  if (cells.some((row) => row.some(hasControlCharacters))) return { ok: false, message: messages.validation.controlCharacters };
  if (cells.length < 2) return { ok: false, message: m.noRows };
  if (cells.length - 1 > IMPORT_MAX_ROWS) return { ok: false, message: format(m.tooManyRows, { rows: IMPORT_MAX_ROWS }) };
  return { ok: true, cells };
}

function problemText(p: ImportProblem): string {
  const text = m.errors[p.code];
  return "params" in p ? format(text, p.params) : text;
}

/** Checks the rows against the file itself and the organisations the administrator may use as parents. */
async function check(tx: Pick<Tx, "organization">, user: SessionUser, cells: string[][]): Promise<ImportRow[]> {
  const [header, ...body] = cells;
  const { columns, missing } = mapHeader(header);
  if (missing.length) throw new UserFacingError(format(m.missingColumns, { columns: missing.map((c) => IMPORT_COLUMNS[c][0]).join(", ") }));
  const codes = new Set<string>();
  for (const row of body) {
    for (const c of [columns.code, columns.parentCode]) if (c !== undefined && row[c]) codes.add(normalizeCode(row[c]));
  }
  const found = await tx.organization.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true, activeUntil: true } });
  const managed = new Set(
    (await tx.organization.findMany({ where: { AND: [organizationInScope(user), { id: { in: found.map((f) => f.id) } }] }, select: { id: true } })).map((o) => o.id),
  );
  const existing = new Map<string, ExistingOrganization>(found.map((o) => [o.code, { id: o.id, active: isActive(o), managed: managed.has(o.id) }]));
  return checkImportRows(body, columns, existing, messages.organizationKind);
}

function view(rows: ImportRow[]): ImportPreview {
  const out = rows.map((r) => ({
    line: r.line,
    code: r.code,
    name: r.name,
    kind: r.kind ? messages.organizationKind[r.kind] : r.kindText,
    parentCode: r.parentCode,
    abbreviation: r.abbreviation,
    activeFrom: r.activeFrom,
    problems: r.problems.map(problemText),
  }));
  const invalid = out.filter((r) => r.problems.length).length;
  return { rows: out, valid: out.length - invalid, invalid };
}

export async function previewImport(user: SessionUser, cells: string[][]): Promise<ActionResult<ImportPreview>> {
  assertCan(user, "manage:organization");
  try {
    const preview = view(await check(db(), user, cells));
    return { ok: true, value: preview, message: format(m.summary, { valid: preview.valid, invalid: preview.invalid }) };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message);
    throw error;
  }
}

/** Creates every row in one transaction, or nothing when any row has a problem. */
export async function importOrganizations(user: SessionUser, cells: string[][]): Promise<ActionResult<ImportPreview & { created: number }>> {
  assertCan(user, "manage:organization");
  try {
    const result = await db().$transaction(
      async (tx) => {
        await lockForest(tx);
        const rows = await check(tx, user, cells);
        const preview = view(rows);
        if (preview.invalid) throw new UserFacingError(m.fixFirst);
        const ids = new Map<string, number>(
          (await tx.organization.findMany({ where: { code: { in: rows.map((r) => r.parentCode) } }, select: { id: true, code: true } })).map((o) => [o.code, o.id]),
        );
        for (const row of parentsFirst(rows)) {
          const created = await insertOrganization(tx, {
            code: row.code,
            name: row.name,
            abbreviation: row.abbreviation,
            kind: row.kind!,
            parentId: ids.get(row.parentCode)!,
            activeFrom: dateValue(row.activeFrom),
          });
          ids.set(row.code, created.id);
          await writeAudit(tx, {
            actorId: user.id,
            action: "organization.create",
            entityType: "organization",
            entityId: created.id,
            organizationId: created.id,
            data: { code: row.code, name: row.name, kind: row.kind, parentId: ids.get(row.parentCode)!, via: "import" },
          });
        }
        await writeAudit(tx, {
          actorId: user.id,
          action: "organization.import",
          entityType: "organization",
          organizationId: user.organizationId,
          data: { count: rows.length, codes: rows.slice(0, 200).map((r) => r.code), on: today() },
        });
        return { ...preview, created: rows.length };
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
    return { ok: true, value: result, message: format(m.imported, { n: result.created }) };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message);
    throw error;
  }
}
