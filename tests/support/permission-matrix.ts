// Who may do what, in one table: every server action, route handler and page × every role ×
// where the thing lives relative to the person's organisation. The integration test
// (tests/integration/permission-matrix.test.ts) runs the actions and route handlers through
// their real code with a session of each role; the browser test (tests/e2e/permission-matrix.spec.ts)
// opens the pages. Both fail when an action, a route or a page exists that this table does not name.
//
// A cell of four characters reads, in order, the thing in:
//   own unit · a descendant unit · a sibling unit · another branch of the forest
// "+" the request succeeds, "-" it is refused and nothing changes. One character: the same in every
// scope (the thing has no place in the forest). A number: a list, with how many rows the person sees.
//
// The people (office staff, unit head, leadership, oversight — an inspection commission — and an
// administrator) all belong to one organisation, Vụ Xanh (own), under Bộ Lam; Phòng Xanh A is below it
// (descendant), Vụ Son beside it (sibling), Vụ Yến under another ministry (another branch).

export const ROLES = ["OFFICE_STAFF", "UNIT_HEAD", "LEADERSHIP", "OVERSIGHT", "ADMIN"] as const;
export type MatrixRole = (typeof ROLES)[number];
export const SCOPES = ["own", "descendant", "sibling", "other"] as const;
export type MatrixScope = (typeof SCOPES)[number];

export type Cell = string | number;
export type Row = Record<MatrixRole, Cell>;

/** Server actions, by exported name (app/**∕actions.ts). What "the thing" is, per action: */
export const ACTIONS: Record<string, Row> = {
  // a new directive whose task goes to the unit in that scope (never to its own issuer: the cascade
  // gives work to the units below)
  saveDirectiveAction: { OFFICE_STAFF: "-+--", UNIT_HEAD: "-+--", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  // a draft issued by the organisation in that scope
  issueDirectiveAction: { OFFICE_STAFF: "+---", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  // an issued directive of the organisation in that scope
  recallDirectiveAction: { OFFICE_STAFF: "+---", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  // an assignment of the unit in that scope
  submitReportAction: { OFFICE_STAFF: "----", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  requestExtensionAction: { OFFICE_STAFF: "----", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  // a report (an extension request) on a directive of the organisation in that scope
  reviewReportAction: { OFFICE_STAFF: "+---", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  acceptReportsAction: { OFFICE_STAFF: "+---", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  // an issued directive of the organisation in that scope: its open units reminded (đôn đốc)
  remindUnitsAction: { OFFICE_STAFF: "+---", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  decideExtensionAction: { OFFICE_STAFF: "+---", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  // pasted text read into a draft for the form (nothing is saved)
  draftFromTextAction: { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "-" },
  // administration — a unit made under the organisation in that scope (its parent)
  createOrganizationAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  // the organisation in that scope itself (an administrator of Vụ Xanh keeps Vụ Xanh's subtree)
  renameOrganizationAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  // a fresh unit under the organisation in that scope, moved to Tổ Xanh A1; dissolved
  moveOrganizationAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  dissolveOrganizationAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  // a file of units whose parent is the organisation in that scope
  importOrganizationsAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  // an account whose home is the organisation in that scope
  createUserAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  updateUserAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  setUserActiveAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  resetPasswordAction: { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  // the person's own notifications
  markNotificationsReadAction: { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "+", OVERSIGHT: "+", ADMIN: "+" },
  // the person's own password, given the current one
  changePasswordAction: { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "+", OVERSIGHT: "+", ADMIN: "+" },
};

/** Route handlers, by path and method (app/api/**∕route.ts). */
export const ROUTES: Record<string, Row | "public"> = {
  // next-auth's own endpoints: sign-in, sign-out, session, CSRF token
  "GET /api/auth/[...nextauth]": "public",
  "POST /api/auth/[...nextauth]": "public",
  // the signed file of a directive issued by the organisation in that scope
  "GET /api/van-ban/[id]/tep": { OFFICE_STAFF: "++--", UNIT_HEAD: "++--", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // the units of a directive issued by the organisation in that scope, as a workbook
  "GET /api/van-ban/[id]/don-vi/xuat": { OFFICE_STAFF: "++--", UNIT_HEAD: "++--", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // an evidence file of a report on an assignment of the unit in that scope
  "GET /api/minh-chung/[id]": { OFFICE_STAFF: "++--", UNIT_HEAD: "++--", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // a dashboard table of the organisation in that scope
  "GET /api/tong-quan/xuat": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // directives one may cite, searched: one issued in each of the four scopes matches
  "GET /api/van-ban/tim": { OFFICE_STAFF: 2, UNIT_HEAD: 2, LEADERSHIP: 2, OVERSIGHT: 2, ADMIN: "-" },
  // the audit log of the administrator's scope as a workbook
  "GET /api/quan-tri/nhat-ky/xuat": { OFFICE_STAFF: "-", UNIT_HEAD: "-", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "+" },
  // units one may give work to, searched ("tổ xanh": Tổ Xanh A1, below Vụ Xanh, is the one in scope)
  "GET /api/to-chuc/tim": { OFFICE_STAFF: 1, UNIT_HEAD: 1, LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "-" },
};

/**
 * Pages, by route (app/**∕page.tsx), opened in the browser by the same people in the same world:
 * "+" shown, "-" does not exist for that person (the not-found page), "→" sends them elsewhere.
 * Pages of one thing (an id, or ?don-vi= for the dashboards) use the four scopes; the register
 * gives its row count.
 */
export const PAGES: Record<string, Row | "public"> = {
  "/dang-nhap": "public",
  "/trang-thai": "public",
  "/": { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "+", OVERSIGHT: "+", ADMIN: "→" },
  // own draft and issued công văn, the descendant's, and Bộ Lam's to Vụ Xanh and to Phòng Xanh A
  "/van-ban": { OFFICE_STAFF: 5, UNIT_HEAD: 5, LEADERSHIP: 5, OVERSIGHT: 5, ADMIN: "-" },
  "/van-ban/moi": { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "-" },
  // an issued directive of the organisation in that scope
  "/van-ban/[id]": { OFFICE_STAFF: "++--", UNIT_HEAD: "++--", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // the units of an issued directive of the organisation in that scope: whoever may open the directive
  "/van-ban/[id]/don-vi": { OFFICE_STAFF: "++--", UNIT_HEAD: "++--", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // a draft of the organisation in that scope
  "/van-ban/[id]/sua": { OFFICE_STAFF: "+---", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  "/van-ban/[id]/ban-hanh": { OFFICE_STAFF: "+---", UNIT_HEAD: "+---", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "----" },
  // an assignment of the unit in that scope
  "/nhiem-vu/[id]": { OFFICE_STAFF: "++--", UNIT_HEAD: "++--", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  "/duyet": { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "-" },
  "/thong-bao": { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "+", OVERSIGHT: "+", ADMIN: "-" },
  "/to-chuc": { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "+", OVERSIGHT: "+", ADMIN: "+" },
  // the organisation in that scope
  "/to-chuc/[id]": { OFFICE_STAFF: "++--", UNIT_HEAD: "++--", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "++--" },
  "/tong-quan": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  "/tong-quan/don-vi": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  "/tong-quan/van-ban": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // the cascade tree of an issued directive of the organisation in that scope
  "/tong-quan/van-ban/[id]": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // the directives the organisation in that scope issued, across every unit they assign
  "/tong-quan/ban-hanh": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  "/tong-quan/ban-do-nhiet": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  "/tong-quan/chi-tieu": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  "/tong-quan/thi-dua": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
  // the administration opens on its organisations
  "/quan-tri": { OFFICE_STAFF: "-", UNIT_HEAD: "-", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "→" },
  "/quan-tri/to-chuc": { OFFICE_STAFF: "-", UNIT_HEAD: "-", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "+" },
  "/quan-tri/to-chuc/nhap": { OFFICE_STAFF: "-", UNIT_HEAD: "-", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "+" },
  // the organisation in that scope, to administer
  "/quan-tri/to-chuc/[id]": { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  "/quan-tri/nguoi-dung": { OFFICE_STAFF: "-", UNIT_HEAD: "-", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "+" },
  // an account whose home is the organisation in that scope
  "/quan-tri/nguoi-dung/[id]": { OFFICE_STAFF: "----", UNIT_HEAD: "----", LEADERSHIP: "----", OVERSIGHT: "----", ADMIN: "++--" },
  "/quan-tri/nhat-ky": { OFFICE_STAFF: "-", UNIT_HEAD: "-", LEADERSHIP: "-", OVERSIGHT: "-", ADMIN: "+" },
  "/doi-mat-khau": { OFFICE_STAFF: "+", UNIT_HEAD: "+", LEADERSHIP: "+", OVERSIGHT: "+", ADMIN: "+" },
  "/tong-quan/in": { OFFICE_STAFF: "++--", UNIT_HEAD: "----", LEADERSHIP: "++--", OVERSIGHT: "++--", ADMIN: "----" },
};

/** The expected outcome of one cell in one scope: "+", "-", "→" or a row count. */
export function expected(cell: Cell, scope: MatrixScope | null): string | number {
  if (typeof cell === "number") return cell;
  if (cell.length === 1) return cell;
  if (!scope) throw new Error(`a four-scope cell (${cell}) needs a scope`);
  return cell[SCOPES.indexOf(scope)];
}

/** Whether a cell varies by scope (four characters) or not. */
export function byScope(cell: Cell): boolean {
  return typeof cell === "string" && cell.length === 4;
}
