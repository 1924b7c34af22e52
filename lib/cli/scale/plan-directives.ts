// The directives of the national-size dataset: who issues what, their tasks, deadlines and assignee
// rules, and their numbers and symbols.
import type { DirectiveType, ReportingCycle } from "../../generated/prisma/enums";
import { addDays, dayNumber, formatViDate, fromDayNumber, isoParts, type IsoDate } from "../../domain/calendar";
import { parseDeadline } from "../../domain/deadline";
import { formatSymbol } from "../../domain/symbol";
import { messages } from "../../i18n/messages";
import { centralSigner, directiveTitle, OWN_PLAN_TASK, TARGET_TASK_TITLES, TASK_TITLES, TOPICS } from "./names";
import type { Org } from "./forest";
import { between, pick, shuffle, weighted, type Rng } from "./random";

type Tier = 0 | 1 | 2;

interface Issuer {
  id: number;
  name: string;
  abbreviation: string;
  org: Org | null;
}

interface TaskPlan {
  directive: DirectivePlan;
  ordinal: number;
  title: string;
  deadlineText: string;
  deadlineKind: string;
  dueOn: IsoDate | null;
  cycle: ReportingCycle;
  target: boolean;
  ownPlan: boolean;
  /** How wide the task goes (0 narrowest … 2 widest), see rulesFor. */
  option: number;
  coordinate: boolean;
  board: number | null;
  locked: boolean;
  id: number;
}

interface DirectivePlan {
  tier: Tier;
  issuer: Issuer;
  type: DirectiveType;
  status: "ISSUED" | "DRAFT" | "RECALLED";
  issuedOn: IsoDate | null;
  recalledOn: IsoDate | null;
  createdOn: IsoDate;
  topic: string;
  title: string;
  parent: DirectivePlan | null;
  source: TaskPlan | null;
  /** Its first task asks the units for their own plans. */
  ownPlanTask: boolean;
  /** May end up a draft or recalled: neither a plan nor one that asks for plans. */
  candidate: boolean;
  tasks: TaskPlan[];
  number: string | null;
  symbol: string | null;
  id: number;
}

const ROMAN = ["I", "II", "III", "IV"];
const typeName = (type: DirectiveType) => messages.directiveType[type];
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function deadline(rng: Rng, ref: IsoDate, ownPlan: boolean): Pick<TaskPlan, "deadlineText" | "deadlineKind" | "dueOn" | "cycle"> {
  let text: string;
  const dateText = (iso: IsoDate) => {
    const { year, month, day } = isoParts(iso);
    return `${day}/${month}/${year}`;
  };
  const kind = ownPlan ? (rng() < 0.6 ? "MONTH" : "DATE") : weighted(rng, [
    ["DATE", 18], ["MONTH", 18], ["QUARTER", 24], ["HALF_YEAR", 12], ["YEAR", 20], ["ONGOING_Q", 6], ["ONGOING", 2],
  ] as const);
  switch (kind) {
    case "DATE":
      text = `trước ngày ${dateText(addDays(ref, ownPlan ? between(rng, 30, 45) : between(rng, 15, 120)))}`;
      break;
    case "MONTH": {
      const { year, month } = isoParts(addDays(ref, ownPlan ? between(rng, 25, 50) : between(rng, 20, 120)));
      text = `trong tháng ${month}/${year}`;
      break;
    }
    case "QUARTER": {
      const { year, month } = isoParts(addDays(ref, between(rng, 20, 270)));
      text = `trong Quý ${ROMAN[Math.floor((month - 1) / 3)]}/${year}`;
      break;
    }
    case "HALF_YEAR": {
      const { year, month } = isoParts(addDays(ref, between(rng, 30, 300)));
      text = `${month <= 6 ? "6 tháng đầu năm" : "6 tháng cuối năm"} ${year}`;
      break;
    }
    case "YEAR":
      text = `trong năm ${isoParts(addDays(ref, between(rng, 60, 330))).year}`;
      break;
    case "ONGOING_Q":
      text = "Thường xuyên; báo cáo định kỳ hằng quý";
      break;
    default:
      text = "Thường xuyên";
  }
  const parsed = parseDeadline(text, { referenceDate: ref });
  if (!parsed || (parsed.dueOn !== null && parsed.dueOn < ref)) throw new Error(`seed:scale: deadline "${text}" from ${ref} does not resolve forward`);
  return { deadlineText: text, deadlineKind: parsed.kind, dueOn: parsed.dueOn, cycle: parsed.reportingCycle };
}

function makeTasks(rng: Rng, d: DirectivePlan, ownPlanTask: boolean, boardIds: number[], today: IsoDate): void {
  const count = between(rng, 2, 4);
  const ref = d.issuedOn ?? today;
  for (let i = 0; i < count; i++) {
    const ownPlan = ownPlanTask && i === 0;
    const target = !ownPlan && rng() < 0.1;
    const title = ownPlan ? OWN_PLAN_TASK : (target ? pick(rng, TARGET_TASK_TITLES) : pick(rng, TASK_TITLES)).replace("{topic}", d.topic);
    const option = d.tier === 0 ? 0 : ownPlan ? 0 : d.tier === 1 ? weighted(rng, [[0, 30], [1, 45], [2, 25]] as const) : weighted(rng, [[0, 40], [1, 30], [2, 30]] as const);
    const coordinate = d.tier === 0 ? rng() < 0.35 : rng() < 0.3;
    d.tasks.push({
      directive: d,
      ordinal: i + 1,
      title,
      ...deadline(rng, ref, ownPlan),
      target,
      ownPlan,
      option,
      coordinate,
      board: d.tier === 0 && coordinate ? pick(rng, boardIds) : null,
      locked: d.tier === 0 || ownPlan,
      id: 0,
    });
  }
}

/** How many assignments a task's rules expand to (the issuer never receives its own work). */
export function reach(t: TaskPlan, provinceCount: number): number {
  const d = t.directive;
  if (d.status === "DRAFT") return 0;
  if (d.tier === 0) return provinceCount + (t.board ? 1 : 0);
  const b = d.issuer.org!.below;
  if (d.tier === 1) return t.option === 0 ? b.districts : t.option === 1 ? b.grassroots + (t.coordinate ? b.districts : 0) : b.districts + b.grassroots + b.cells;
  return t.option === 0 ? b.grassroots : t.option === 1 ? b.cells + (t.coordinate ? b.grassroots : 0) : b.grassroots + b.cells;
}

interface Rule {
  role: "LEAD" | "COORDINATE";
  selector: "UNIT" | "CHILDREN" | "KIND_BELOW" | "SUBTREE";
  organizationId: number;
  kind: "COMMITTEE" | "CELL" | null;
}

/** The assignee rules as the issuer would have picked them in the editor. */
export function rulesFor(t: TaskPlan, provinces: Org[]): Rule[] {
  const d = t.directive;
  const rule = (role: Rule["role"], selector: Rule["selector"], organizationId: number, kind: Rule["kind"] = null): Rule => ({ role, selector, organizationId, kind });
  if (d.tier === 0) {
    const rules = provinces.map((p) => rule("LEAD", "UNIT", p.id));
    if (t.board) rules.push(rule("COORDINATE", "UNIT", t.board));
    return rules;
  }
  const o = d.issuer.org!;
  if (d.tier === 1) {
    if (t.option === 0) return [rule("LEAD", "CHILDREN", o.id)];
    if (t.option === 1) return [...o.children.map((x) => rule("LEAD", "CHILDREN", x.id)), ...(t.coordinate ? [rule("COORDINATE", "CHILDREN", o.id)] : [])];
    // Every cell leads; with coordinate, the committees above them (district and commune) coordinate.
    return [rule(t.coordinate ? "COORDINATE" : "LEAD", "KIND_BELOW", o.id, "COMMITTEE"), rule("LEAD", "KIND_BELOW", o.id, "CELL")];
  }
  if (t.option === 0) return [rule("LEAD", "CHILDREN", o.id)];
  if (t.option === 1) return [rule("LEAD", "KIND_BELOW", o.id, "CELL"), ...(t.coordinate ? [rule("COORDINATE", "CHILDREN", o.id)] : [])];
  return [rule("LEAD", "SUBTREE", o.id)];
}

/** Numbers per issuer, year and type in order of issue, skipping symbols the database already holds. */
function number(directives: DirectivePlan[], taken: Set<string>): void {
  const groups = new Map<string, DirectivePlan[]>();
  for (const d of directives) {
    if (!d.issuedOn) continue;
    const key = `${d.issuer.id}|${d.issuedOn.slice(0, 4)}|${d.type}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => (a.issuedOn! < b.issuedOn! ? -1 : a.issuedOn! > b.issuedOn! ? 1 : 0));
    let n = 0;
    for (const d of group) {
      const year = d.issuedOn!.slice(0, 4);
      for (;;) {
        n++;
        const numberText = n < 10 ? `0${n}` : String(n);
        const symbol = formatSymbol({ family: "party", numberText, type: d.type, issuerCodes: [d.issuer.abbreviation] });
        const key = `${d.issuer.id}|${year}|${symbol}`;
        if (taken.has(key)) continue;
        taken.add(key);
        d.number = numberText;
        d.symbol = symbol;
        break;
      }
    }
  }
}

export interface Plan {
  directives: DirectivePlan[];
  tasks: TaskPlan[];
  planned: number;
}

export function planDirectives(
  rng: Rng,
  o: { provinces: Org[]; centre: Issuer; boardIds: number[]; today: IsoDate; directives: number; assignments: number; taken: Set<string> },
): Plan {
  const { provinces, centre, today } = o;
  const year = Number(today.slice(0, 4));
  const first = dayNumber(`${year - 2}-01-01`);
  const last = dayNumber(today) - 1;
  const someDay = (lo = first, hi = last): IsoDate => fromDayNumber(between(rng, lo, Math.max(lo, hi)));
  const centreCount = Math.max(2, Math.round(o.directives * 0.05));
  const perProvince = Math.max(1, Math.round((o.directives * 0.4725) / provinces.length));
  const districts = provinces.flatMap((p) => p.children);
  const districtCount = Math.max(1, o.directives - centreCount - perProvince * provinces.length);
  const all: DirectivePlan[] = [];
  const base = (tier: Tier, issuer: Issuer, type: DirectiveType, issuedOn: IsoDate | null, topic: string): DirectivePlan => ({
    tier,
    issuer,
    type,
    status: "ISSUED",
    issuedOn,
    recalledOn: null,
    createdOn: issuedOn ?? addDays(today, -between(rng, 1, 14)),
    topic,
    title: "",
    parent: null,
    source: null,
    ownPlanTask: false,
    candidate: false,
    tasks: [],
    number: null,
    symbol: null,
    id: 0,
  });
  const issuerOf = (org: Org): Issuer => ({ id: org.id, name: org.name, abbreviation: org.abbreviation, org });
  /**
   * Completes a tier: about 1 % of its directives (at least one) stay drafts and as many were recalled,
   * chosen among those that neither implement nor ask for a plan; then every directive gets its title
   * and tasks (a draft's deadlines count from today).
   */
  const finish = (list: DirectivePlan[]) => {
    const candidates = shuffle(rng, list.filter((d) => d.candidate));
    const few = Math.max(1, Math.round(list.length * 0.01));
    for (const d of candidates.slice(0, few)) {
      d.status = "DRAFT";
      d.issuedOn = null;
      d.createdOn = addDays(today, -between(rng, 1, 14));
    }
    for (const d of candidates.slice(few).filter((x) => x.issuedOn! <= addDays(today, -30)).slice(0, few)) {
      d.status = "RECALLED";
      d.recalledOn = fromDayNumber(Math.min(last, dayNumber(d.issuedOn!) + between(rng, 15, 120)));
    }
    for (const d of list) {
      if (!d.parent) d.title = directiveTitle(d.type, d.topic, Number((d.issuedOn ?? today).slice(0, 4)), d.tier === 0);
      makeTasks(rng, d, d.ownPlanTask, o.boardIds, today);
    }
    number(list, o.taken);
    all.push(...list);
  };

  // The centre: directives to every province, many asking for the provinces' own plans.
  const centreDirectives: DirectivePlan[] = [];
  for (let i = 0; i < centreCount; i++) {
    const type = weighted(rng, [
      ["CHI_THI", 25], ["NGHI_QUYET", 10], ["KET_LUAN", 15], ["KE_HOACH", 20], ["HUONG_DAN", 10], ["QUY_DINH", 5], ["THONG_BAO", 5], ["CONG_VAN", 10],
    ] as const);
    const d = base(0, centre, type, someDay(), pick(rng, TOPICS));
    d.ownPlanTask = ["CHI_THI", "NGHI_QUYET", "KET_LUAN", "KE_HOACH", "QUY_DINH"].includes(type) && rng() < 0.6;
    centreDirectives.push(d);
  }
  finish(centreDirectives);

  // Provinces: ~40 % implement a central directive (parent + source assignment), the rest their own.
  const plannableCentre = centreDirectives.filter((d) => d.tasks[0].ownPlan && d.issuedOn! <= addDays(today, -10));
  const provinceDirectives: DirectivePlan[] = [];
  for (const p of provinces) {
    const plans = Math.min(plannableCentre.length, Math.round(perProvince * 0.4));
    const parents = shuffle(rng, [...plannableCentre]).slice(0, plans);
    for (let i = 0; i < perProvince; i++) {
      const parent = parents[i];
      if (parent) {
        const issuedOn = fromDayNumber(Math.min(last, dayNumber(parent.issuedOn!) + between(rng, 7, 42)));
        const type: DirectiveType = parent.type === "NGHI_QUYET" ? "CHUONG_TRINH" : "KE_HOACH";
        const d = base(1, issuerOf(p), type, issuedOn, parent.topic);
        d.parent = parent;
        d.source = parent.tasks[0];
        d.title = `Thực hiện ${typeName(parent.type)} số ${parent.symbol} ngày ${formatViDate(parent.issuedOn!)} của ${centralSigner(parent.type)} về ${parent.topic}`;
        d.ownPlanTask = rng() < 0.6;
        provinceDirectives.push(d);
      } else {
        const type = weighted(rng, [["KE_HOACH", 30], ["CHI_THI", 15], ["CONG_VAN", 25], ["HUONG_DAN", 15], ["THONG_BAO", 10], ["KET_LUAN", 5]] as const);
        const d = base(1, issuerOf(p), type, someDay(), pick(rng, TOPICS));
        d.ownPlanTask = ["KE_HOACH", "CHI_THI", "HUONG_DAN"].includes(type) && rng() < 0.3;
        d.candidate = !d.ownPlanTask;
        provinceDirectives.push(d);
      }
    }
  }
  finish(provinceDirectives);

  // Districts: the rest, to their grassroots committees and cells; ~40 % implement a plan of their province.
  const byProvince = new Map<Org, DirectivePlan[]>();
  for (const d of provinceDirectives) {
    if (d.status === "ISSUED" && d.tasks[0].ownPlan && d.issuedOn! <= addDays(today, -7)) {
      byProvince.set(d.issuer.org!, [...(byProvince.get(d.issuer.org!) ?? []), d]);
    }
  }
  const counts = new Map<Org, number>();
  const order = shuffle(rng, [...districts]);
  for (let i = 0; i < districtCount; i++) counts.set(order[i % order.length], (counts.get(order[i % order.length]) ?? 0) + 1);
  const districtDirectives: DirectivePlan[] = [];
  for (const district of districts) {
    const used = new Set<DirectivePlan>();
    for (let i = 0; i < (counts.get(district) ?? 0); i++) {
      const candidates = (byProvince.get(district.parent!) ?? []).filter((x) => !used.has(x));
      if (candidates.length && rng() < 0.4) {
        const parent = pick(rng, candidates);
        used.add(parent);
        const issuedOn = fromDayNumber(Math.min(last, dayNumber(parent.issuedOn!) + between(rng, 5, 30)));
        const d = base(2, issuerOf(district), "KE_HOACH", issuedOn, parent.topic);
        d.parent = parent;
        d.source = parent.tasks[0];
        d.title = `Thực hiện ${typeName(parent.type)} số ${parent.symbol} ngày ${formatViDate(parent.issuedOn!)} của ${parent.issuer.name} về ${parent.topic}`;
        districtDirectives.push(d);
      } else {
        const type = weighted(rng, [["KE_HOACH", 35], ["CONG_VAN", 35], ["THONG_BAO", 15], ["HUONG_DAN", 15]] as const);
        const d = base(2, issuerOf(district), type, someDay(), pick(rng, TOPICS));
        d.candidate = true;
        districtDirectives.push(d);
      }
    }
  }
  finish(districtDirectives);

  // The budget: widen or narrow the groups of the lower tiers' tasks until the assignments add up.
  const tasks = all.flatMap((d) => d.tasks);
  let total = tasks.reduce((s, t) => s + reach(t, provinces.length), 0);
  const lo = o.assignments * 0.998;
  const hi = o.assignments * 1.002;
  const adjustable = shuffle(rng, tasks.filter((t) => !t.locked && t.directive.status !== "DRAFT"));
  for (let pass = 0; pass < 4 && (total < lo || total > hi); pass++) {
    for (const t of adjustable) {
      if (total >= lo && total <= hi) break;
      const before = reach(t, provinces.length);
      if (total < lo && t.option < 2) t.option++;
      else if (total > hi && t.option > 0) t.option--;
      else continue;
      total += reach(t, provinces.length) - before;
    }
  }
  return { directives: all, tasks, planned: total };
}

// ───────────────────────────── SQL ─────────────────────────────
