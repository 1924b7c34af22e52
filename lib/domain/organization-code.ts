// Organisation codes and kinds as people type them: codes are compared upper-case in NFC, kinds are
// accepted by their system name or their Vietnamese label, ignoring diacritics.
import { fold } from "./text";

export const ORGANIZATION_KINDS = ["CENTRAL", "LEADING_BODY", "COMMITTEE", "ADVISORY_BOARD", "CELL", "MINISTRY", "UNIT", "MASS_ORGANIZATION"] as const;
export type OrganizationKindName = (typeof ORGANIZATION_KINDS)[number];

/** Letters (Vietnamese included), digits, and - _ . ; at most 40 characters. */
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;

export function normalizeCode(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, "").toUpperCase();
}

export function isOrganizationCode(text: string): boolean {
  return CODE.test(text);
}

/** "Chi bộ", "chi bo", "CELL" → CELL; null when nothing matches. `labels` are the catalogue's names per kind. */
export function parseKind(text: string, labels: Record<OrganizationKindName, string>): OrganizationKindName | null {
  const raw = text.trim();
  if (!raw) return null;
  const upper = raw.toUpperCase();
  if ((ORGANIZATION_KINDS as readonly string[]).includes(upper)) return upper as OrganizationKindName;
  const folded = fold(raw);
  return ORGANIZATION_KINDS.find((k) => fold(labels[k]) === folded) ?? null;
}
