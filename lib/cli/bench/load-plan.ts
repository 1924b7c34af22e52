// What bench:load's simulated people do (pure: no I/O). Each person repeats the visits of their
// kind, one after another, for the whole run:
//   unit head (80 %)  inbox `/` → their unit's assignment `/nhiem-vu/:id` → a progress report on it
//                     (the page's server action, a real write), next assignment of the unit next time;
//   office (10 %)     register `/van-ban` → a search `/van-ban?q=…` → review queue `/duyet`;
//   leader (10 %)     overview `/tong-quan` → unit ranking `/tong-quan/don-vi` → their province's heatmap.

export type Kind = "head" | "office" | "leader";

export const ROUTES = ["inbox", "assignment", "report", "register", "search", "review", "overview", "ranking", "heatmap"] as const;
export type RouteName = (typeof ROUTES)[number];

export const SEQUENCES: Record<Kind, readonly RouteName[]> = {
  head: ["inbox", "assignment", "report"],
  office: ["register", "search", "review"],
  leader: ["overview", "ranking", "heatmap"],
};

/** What an office worker types into the register's search box (the search ignores diacritics). */
export const SEARCH_TERMS = ["giam ngheo", "cai cach hanh chinh", "nghị quyết 01", "kinh te tap the", "bảo vệ chính trị nội bộ", "doi ngoai"];

export interface UserMix {
  heads: number;
  offices: number;
  leaders: number;
}

/** n people: a tenth offices, a tenth leaders (at least one each from 3 people up), the rest unit heads. */
export function userMix(n: number): UserMix {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--users must be a whole number ≥ 1 (got ${n})`);
  const each = n >= 3 ? Math.max(1, Math.round(n / 10)) : 0;
  return { heads: n - 2 * each, offices: each, leaders: each };
}

/** The visit a person of this kind makes at their step-th request (0-based), and which round it is in. */
export function visitAt(kind: Kind, step: number): { route: RouteName; round: number } {
  const sequence = SEQUENCES[kind];
  return { route: sequence[step % sequence.length], round: Math.floor(step / sequence.length) };
}

/**
 * The body of a server action called the way React's client calls it (encodeReply): the
 * arguments as JSON in part "0", a FormData argument as "$K1" with its fields under "_1_".
 * The form's action is `(previousState, formData)`; the previous state is null on a first send.
 */
export function actionBody(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([null, "$K1"]));
  return body;
}

/**
 * The ActionResult in a server action's RSC answer: row 0 is `{"a": …}`, the result inline or a
 * reference "$@N" to row N (the rest of the answer is the re-rendered page). null when absent.
 */
export function actionResult(flight: string): { ok: boolean } | null {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m && !rows.has(m[1])) rows.set(m[1], m[2]);
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const a = typeof head?.a === "string" && head.a.startsWith("$@") ? JSON.parse(rows.get(head.a.slice(2)) ?? "null") : head?.a;
    return a && typeof a === "object" && typeof (a as { ok?: unknown }).ok === "boolean" ? (a as { ok: boolean }) : null;
  } catch {
    return null;
  }
}
