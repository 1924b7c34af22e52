// Small pieces of SQL shared by the data layer.
import { Prisma } from "@/lib/generated/prisma/client";

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column` (a folded search text) contains every token (searchTokens); TRUE for no token. */
export function containsAll(column: Prisma.Sql, tokens: string[]): Prisma.Sql {
  if (!tokens.length) return Prisma.sql`TRUE`;
  return Prisma.join(
    tokens.map((t) => Prisma.sql`${column} LIKE ${containsPattern(t)}`),
    " AND ",
  );
}

/**
 * The SQL twin of lib/domain/text.ts `fold` for an expression: NFD, combining marks dropped, đ → d,
 * lower case. For small tables searched without a stored folded column (accounts).
 */
export function foldedSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(regexp_replace(translate(normalize(${expression}, NFD), 'đĐ', 'dD'), ${"[\u0300-\u036f]"}, '', 'g'))`;
}
