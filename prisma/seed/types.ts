// The shapes of the demo data: plain values that name organisations by code, directives by a local
// key and people by username, so the data files read like the source texts and load.ts resolves ids.
import type { IsoDate } from "@/lib/domain/calendar";
import type {
  AssignmentRole,
  AssignmentState,
  Confidentiality,
  DirectiveStatus,
  DirectiveType,
  OrganizationKind,
  ReportStatus,
  Role,
} from "@/lib/generated/prisma/enums";

export interface OrganizationSeed {
  /** Unique ASCII system code ("BNV-VPB"). */
  code: string;
  name: string;
  /** What the body signs with in document symbols; null when it never signs one of its own. */
  abbreviation: string | null;
  kind: OrganizationKind;
  parent: string | null;
  /** Code of the organisation whose subtree this body directs when it is not its own. */
  scopeRoot?: string;
}

export interface ReportSeed {
  submittedOn: IsoDate;
  content: string;
  progressPercent: number;
  /** True when the unit asks the issuer to accept the work as done. */
  requestsCompletion: boolean;
  status: ReportStatus;
  /** Set for ACCEPTED and RETURNED reports. */
  reviewedOn?: IsoDate;
  reviewNote?: string;
  /** Reporting period of an ongoing task with a cycle ("2026-Q3"). */
  periodKey?: string;
  achievedValue?: number;
  denominator?: number;
}

export interface AssignmentSeed {
  unit: string;
  role: AssignmentRole;
  state: AssignmentState;
  completedOn?: IsoDate;
  progressPercent: number;
  /** Oldest first. */
  reports: ReportSeed[];
}

export interface TaskSeed {
  title: string;
  description: string;
  /** The deadline phrase as the document words it; null when the text gives none (then ONGOING). */
  deadlineText: string | null;
  targetValue?: number;
  targetUnit?: string;
  requiresOwnPlan?: boolean;
  assignments: AssignmentSeed[];
}

export interface DirectiveSeed {
  /** Local key for parent and reference links; the symbol when there is one. */
  key: string;
  type: DirectiveType;
  /** Canonical symbol, or null for an unnumbered document (a draft, a plan the text gives no number for). */
  symbol: string | null;
  issuer: string;
  issuedOn: IsoDate | null;
  title: string;
  summary?: string;
  status: DirectiveStatus;
  confidentiality?: Confidentiality;
  parent?: string;
  references?: string[];
  tasks: TaskSeed[];
}

export interface UserSeed {
  username: string;
  name: string;
  role: Role;
  organization: string;
}
