// The shapes the text parser works with and returns: spans of the pasted text and the draft they form.
import type { DeadlineKind, ReportingCycle } from "../deadline";
import type { DirectiveType } from "../directive-type";
import type { IsoDate } from "../calendar";

/** A piece of the (NFC-normalised) text: the words a proposed field came from. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type AssignmentRoleWord = "lead" | "coordinate" | "assignee";

/** How a unit is named: one body ("Văn phòng Bộ") or a group ("các đơn vị thuộc, trực thuộc Bộ"). */
export interface UnitMention {
  /** As written, without the office-holder words before it ("Thủ trưởng", "Lãnh đạo"). */
  name: string;
  group: boolean;
  span: Span;
}

export interface ProposedDeadline {
  /** The phrase as written. */
  text: string;
  kind: DeadlineKind;
  dueOn: IsoDate | null;
  reportingCycle: ReportingCycle;
  span: Span;
}

export interface ProposedAssignment {
  unit: UnitMention;
  role: AssignmentRoleWord;
}

export interface ProposedTask {
  /** The words that set the task out, without the unit names before them when possible. */
  text: string;
  span: Span;
  assignments: ProposedAssignment[];
  deadline: ProposedDeadline | null;
}

export interface Proposed<T> {
  value: T;
  span: Span;
}

export interface ProposedLink {
  symbol: string;
  /** The type named before the symbol, or the one the symbol implies. */
  type: DirectiveType | null;
  span: Span;
}

export interface DirectiveDraft {
  /** The text the spans refer to: the input, NFC-normalised, line ends unified. */
  text: string;
  symbol: Proposed<string> | null;
  type: Proposed<DirectiveType> | null;
  issuer: Proposed<string> | null;
  issuedOn: Proposed<IsoDate> | null;
  /** The one-line subject when the text gives one (a formal title, or the headline of a news item). */
  title: Proposed<string> | null;
  implements: ProposedLink[];
  references: ProposedLink[];
  tasks: ProposedTask[];
}

export const PARSE_ERRORS = ["EMPTY", "TOO_LARGE", "BINARY", "NO_DIRECTIVE"] as const;
export type ParseError = (typeof PARSE_ERRORS)[number];

export type ParseResult = { ok: true; draft: DirectiveDraft; ms?: number } | { ok: false; error: ParseError };
