// The text parser's entry point: pasted text in, a directive draft out (every field with the words it
// came from), and the draft in the JSON form used to score parsers (domain.md, "Evaluating a text parser").
import type { DirectiveType } from "../directive-type";
import { findSymbols } from "../symbol";
import { readHeader } from "./header";
import { checkInput } from "./input";
import { readLinks } from "./links";
import { readTasks } from "./tasks";
import { segment } from "./tokens";
import type { AssignmentRoleWord, DirectiveDraft, ParseResult } from "./types";

/**
 * Reads a directive, or a news item about one, into a draft to confirm. Pure and bounded: one pass
 * of segmentation, then reading steps that each look at a sentence or a short window at a time.
 */
export function parseDirectiveText(raw: unknown): ParseResult {
  const checked = checkInput(raw);
  if (!checked.ok) return checked;
  const doc = segment(checked.text);
  const symbols = findSymbols(doc.text.slice(0, doc.end));
  const header = readHeader(doc, symbols);
  const links = readLinks(doc, symbols, header.symbol?.found ?? null, header.issuingContext, header.bodyFrom);
  const self = header.issuer ? [header.issuer.value] : [];
  const tasks = readTasks(doc, { issuer: header.issuer?.value ?? null, self, reference: header.issuedOn?.value ?? header.dateline, bodyFrom: header.bodyFrom, symbols });
  const draft: DirectiveDraft = {
    text: doc.text,
    symbol: header.symbol ? { value: header.symbol.value, span: header.symbol.span } : null,
    type: header.type,
    issuer: header.issuer,
    issuedOn: header.issuedOn,
    title: header.title,
    implements: links.implements,
    references: links.references,
    tasks,
  };
  // Without a symbol, a type or a single task there is nothing here a person could confirm as a directive.
  if (!draft.symbol && !draft.type && tasks.length === 0) return { ok: false, error: "NO_DIRECTIVE" };
  return { ok: true, draft };
}

export interface EvaluationAssignment {
  unit: string;
  role: AssignmentRoleWord;
  task: string;
  deadline: string | null;
}

/** The scoring format of domain.md. */
export interface EvaluationJson {
  document: { symbol: string | null; type: DirectiveType | null; issuer: string | null; issuedOn: string | null };
  implements: string[];
  references: string[];
  assignments: EvaluationAssignment[];
}

export function toEvaluationJson(draft: DirectiveDraft): EvaluationJson {
  return {
    document: {
      symbol: draft.symbol?.value ?? null,
      type: draft.type?.value ?? null,
      issuer: draft.issuer?.value ?? null,
      issuedOn: draft.issuedOn?.value ?? null,
    },
    implements: draft.implements.map((l) => l.symbol),
    references: draft.references.map((l) => l.symbol),
    assignments: draft.tasks.flatMap((t) =>
      t.assignments.map((a) => ({ unit: a.unit.name, role: a.role, task: t.text, deadline: t.deadline?.text ?? null })),
    ),
  };
}
