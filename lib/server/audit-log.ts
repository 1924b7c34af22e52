import "server-only";
// Reading the audit trail: filtered by who, what, when and which object, paged, and exported to
// Excel. An administrator reads the events of their scope (all of them at the root). An
// organisation is named as it was called when the event happened: history keeps the old name.
import ExcelJS from "exceljs";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, formatViDate, formatViDateTime, vietnamMidnight } from "@/lib/domain/calendar";
import { normalizeCode } from "@/lib/domain/organization-code";
import { formatNumber } from "@/lib/format";
import { format, messages } from "@/lib/i18n/messages";
import type { AuditParams } from "@/lib/validation/admin";
import { pageWindow } from "@/lib/domain/paging";
import { today } from "./admin-common";
import { db } from "./db";
import { assertCan, type SessionUser } from "./session-user";
import { containsPattern, foldedSql } from "./sql";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_MAX = 10_000;

export interface AuditRow {
  id: number;
  at: Date;
  actorName: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: number | null;
  /** The object's name: an organisation by its name at the time, an account by its username, a directive by its symbol. */
  entityLabel: string | null;
  organizationName: string | null;
  data: Prisma.JsonValue;
  /** The organisations the data names by id (a created unit's parent, a move's old and new parents), by their names at the time. */
  names?: Record<string, string | null> | null;
}

/** Keys of an event's data that hold an organisation's id: the log shows the name instead. */
const ORGANIZATION_ID_KEYS = ["parentId", "fromParentId", "toParentId"];

/** The name organisation `id` bore at instant `at`: the first name replaced after `at`, or its present one. */
function nameAtSql(id: Prisma.Sql, at: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE(
    (SELECT h.name FROM organization_name_history h WHERE h.organization_id = ${id} AND h.changed_at > ${at} ORDER BY h.changed_at LIMIT 1),
    (SELECT o.name FROM organization o WHERE o.id = ${id}))`;
}

function filterSql(user: SessionUser, p: AuditParams): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (!user.wholeForest) {
    where.push(Prisma.sql`e.organization_id IN (SELECT descendant_id FROM organization_closure WHERE ancestor_id = ANY(${user.scopeRootIds}::int[]))`);
  }
  if (p.nguoi) where.push(Prisma.sql`${foldedSql(Prisma.sql`a.username || ' ' || a.name`)} LIKE ${containsPattern(p.nguoi)}`);
  if (p.hanhdong) where.push(Prisma.sql`e.action = ${p.hanhdong}`);
  if (p.tu) where.push(Prisma.sql`e.at >= ${vietnamMidnight(p.tu)}`);
  if (p.den) where.push(Prisma.sql`e.at < ${vietnamMidnight(addDays(p.den, 1))}`);
  if (p.loai) where.push(Prisma.sql`e.entity_type = ${p.loai}`);
  if (p.ma) where.push(Prisma.sql`e.entity_id = ${p.ma}`);
  if (p.donvi) {
    where.push(Prisma.sql`e.organization_id IN (
      SELECT c.descendant_id FROM organization_closure c JOIN organization o ON o.id = c.ancestor_id WHERE o.code = ${normalizeCode(p.donvi)})`);
  }
  return where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`;
}

async function queryEvents(user: SessionUser, p: AuditParams, limit: number, offset: number): Promise<AuditRow[]> {
  return db().$queryRaw<AuditRow[]>`
    SELECT e.id, e.at, a.name AS "actorName", a.username AS "actorUsername", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
      CASE e.entity_type
        WHEN 'organization' THEN ${nameAtSql(Prisma.sql`e.entity_id`, Prisma.sql`e.at`)}
        WHEN 'user' THEN (SELECT username FROM user_account WHERE id = e.entity_id)
        WHEN 'directive' THEN (SELECT symbol FROM directive WHERE id = e.entity_id)
      END AS "entityLabel",
      ${nameAtSql(Prisma.sql`e.organization_id`, Prisma.sql`e.at`)} AS "organizationName",
      e.data,
      (SELECT jsonb_object_agg(k, ${nameAtSql(Prisma.sql`(e.data->>k)::int`, Prisma.sql`e.at`)})
         FROM unnest(${ORGANIZATION_ID_KEYS}::text[]) AS k WHERE jsonb_typeof(e.data->k) = 'number') AS names
    FROM audit_event e LEFT JOIN user_account a ON a.id = e.actor_id
    WHERE ${filterSql(user, p)}
    ORDER BY e.at DESC, e.id DESC
    LIMIT ${limit} OFFSET ${offset}`;
}

export async function listAuditEvents(user: SessionUser, p: AuditParams) {
  assertCan(user, "read:audit");
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM audit_event e LEFT JOIN user_account a ON a.id = e.actor_id WHERE ${filterSql(user, p)}`;
  const { page, pageCount, offset } = pageWindow(total, AUDIT_PAGE_SIZE, p.trang);
  return { total, page, pageCount, rows: await queryEvents(user, p, AUDIT_PAGE_SIZE, offset) };
}

/** The actions that appear in the log, for the filter: the known ones first, in the catalogue's order. */
export function auditActionLabel(action: string): string {
  return (messages.audit.actions as Record<string, string>)[action] ?? action;
}

/** One recorded value in words: dates as dd/MM/yyyy, a role or status by its Vietnamese name, a named thing by its name. */
function detailValue(key: string, v: unknown): string | null {
  const m = messages.audit;
  if (v === null || v === undefined || v === "" || v === false) return null;
  if (v === true) return m.yes;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") {
    if (/^\d{4}-\d{2}-\d{2}(T|$)/.test(v)) return formatViDate(v.slice(0, 10));
    if (key === "via") return m.via[v] ?? v;
    if (key === "role") return (messages.role as Record<string, string>)[v] ?? v;
    if (key === "status") return (messages.assignmentStatus as Record<string, string>)[v] ?? v;
    if (key === "kind") return (messages.organizationKind as Record<string, string>)[v] ?? v;
    return v;
  }
  if (Array.isArray(v)) return v.length > 5 ? `${v.slice(0, 5).join(", ")}…` : v.join(", ");
  if (typeof v === "object") {
    // A before/after pair ({ name, role… }): its parts in words.
    const parts = Object.entries(v as Record<string, unknown>).map(([k, x]) => detailPart(k, x)).filter(Boolean);
    return parts.length ? parts.join(", ") : null;
  }
  return String(v);
}

function detailPart(key: string, v: unknown, names?: AuditRow["names"]): string | null {
  const named = ORGANIZATION_ID_KEYS.includes(key) && typeof v === "number" ? (names?.[key] ?? `#${v}`) : null;
  const value = named ?? detailValue(key, v);
  if (value === null) return null;
  const label = messages.audit.fields[key];
  return label ? format(label, { v: value }) : `${key}: ${value}`;
}

/** A short Vietnamese line for an event's data: a rename's old and new names, a merge's successor… */
export function auditDetail(row: Pick<AuditRow, "action" | "data" | "names">): string {
  const d = (row.data ?? {}) as Record<string, unknown>;
  const name = (v: unknown) => (v && typeof v === "object" && "name" in v ? String((v as { name: unknown }).name) : "");
  switch (row.action) {
    case "organization.rename":
      return `${name(d.from)} → ${name(d.to)}`;
    case "organization.merge":
      return `→ ${name(d.into)}`;
    default: {
      if (row.data === null || row.data === undefined || typeof row.data !== "object") return "";
      const text = Object.entries(d).map(([k, v]) => detailPart(k, v, row.names)).filter(Boolean).join(" · ");
      return text.length > 300 ? `${text.slice(0, 299)}…` : text;
    }
  }
}

export async function buildAuditWorkbook(user: SessionUser, p: AuditParams): Promise<Buffer> {
  assertCan(user, "read:audit");
  const m = messages.audit;
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM audit_event e LEFT JOIN user_account a ON a.id = e.actor_id WHERE ${filterSql(user, p)}`;
  const rows = await queryEvents(user, p, AUDIT_EXPORT_MAX, 0);
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(m.exportTitle.slice(0, 31));
  ws.addRow([m.exportTitle]).font = { bold: true, size: 14 };
  ws.addRow([format(m.exportSubtitle, { date: formatViDate(today()), n: total })]).font = { italic: true };
  ws.addRow(total > AUDIT_EXPORT_MAX ? [format(m.exportTruncated, { max: AUDIT_EXPORT_MAX })] : []);
  const head = ws.addRow([m.at, m.actor, m.action, m.entityType, m.entityId, m.object, m.organizationColumn, m.details]);
  head.font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      formatViDateTime(r.at),
      r.actorUsername ? `${r.actorName} (${r.actorUsername})` : m.system,
      auditActionLabel(r.action),
      m.entityTypes[r.entityType as keyof typeof m.entityTypes] ?? r.entityType,
      r.entityId,
      r.entityLabel,
      r.organizationName,
      auditDetail(r),
    ]);
  }
  ws.columns.forEach((c, i) => (c.width = [18, 30, 24, 18, 10, 36, 36, 60][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
