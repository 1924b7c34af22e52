// The national-size dataset behind `npm run seed:scale` (see lib/cli/seed-scale.ts for how to run it).
//
// How it is made. The small things — ~50,000 organisations, ~2,000 directives and their tasks and
// assignee rules — are planned in TypeScript with a seeded random generator (names need the app's
// own text folding, symbols the app's own formatter, deadlines the app's own parser) and written
// with a few `INSERT … SELECT … FROM unnest(…)` statements. The big things — a million assignments
// and their reports — are made by PostgreSQL in one `INSERT … SELECT` each: the assignments are the
// expansion of the task_assignee rules through the closure table exactly as the cascade expands them
// (lib/server/cascade.ts), and every random choice about an assignment (on time, late, overdue,
// reports, dates) is a hash of its (task, unit) key, so the data does not depend on row order or
// on the plan PostgreSQL picks: the same command makes the same data.
import type pg from "pg";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { DirectiveType, ReportingCycle } from "../../generated/prisma/enums";
import { hashPassword as argon2Hash } from "../../auth/password";
import { addDays, dayNumber, formatViDate, fromDayNumber, isoParts, type IsoDate } from "../../domain/calendar";
import { parseDeadline } from "../../domain/deadline";
import { formatSymbol } from "../../domain/symbol";
import { messages } from "../../i18n/messages";
import { statusSql } from "../../server/compliance";
import { directiveSearchText } from "../../server/directive-editor";
import { organizationSearchText, rebuildClosure } from "../../server/organization-tree";
import { loadDemoData } from "../../../prisma/seed/load";
import {
  CENTRAL_BOARDS,
  centralSigner,
  COMPLETION_TEXTS,
  directiveTitle,
  FIRST_SYLLABLES,
  OWN_PLAN_TASK,
  PERIOD_TEXTS,
  PROGRESS_TEXTS,
  PROVINCES,
  RETURN_REASONS,
  SCALE_USERS,
  SECOND_SYLLABLES,
  TARGET_TASK_TITLES,
  TASK_TITLES,
  TOPICS,
} from "./names";

export interface ScaleOptions {
  /** "Today" in Vietnam: statuses, reports and the demo data are as of this day. */
  today: IsoDate;
  /** Organisations to add below Trung ương Đảng (default 50,000). */
  organizations?: number;
  /** Assignments to aim for (default 1,000,000; the result lands within ±1 % when the forest allows). */
  assignments?: number;
  /** Directives (default 2,000 for a million assignments: max(100, assignments / 500)). */
  directives?: number;
  /** Another seed makes another, equally deterministic, dataset. */
  seed?: number;
  hashPassword?: (password: string) => Promise<string>;
  log?: (line: string) => void;
}

export interface ScaleSummary {
  today: IsoDate;
  organizationsByLevel: { level: string; count: number }[];
  organizationsTotal: number;
  directivesByStatus: Record<string, number>;
  directivesByTier: { centre: number; provinces: number; districts: number };
  ownPlans: number;
  tasks: number;
  assignments: number;
  plannedAssignments: number;
  assignmentsByState: Record<string, number>;
  assignmentsByStatus: Record<string, number>;
  reportsByStatus: Record<string, number>;
  reports: number;
  users: string[];
  seconds: number;
}

// ───────────────────────────── deterministic randomness ─────────────────────────────

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const pad2 = (n: number) => String(n).padStart(2, "0");

function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  return choices[choices.length - 1][0];
}

function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// ───────────────────────────── the forest ─────────────────────────────

interface Org {
  id: number;
  code: string;
  name: string;
  abbreviation: string;
  kind: "COMMITTEE" | "CELL";
  level: 1 | 2 | 3 | 4;
  parent: Org | null;
  children: Org[];
  urban: boolean;
  diligence: number;
  members: number;
  /** Districts, grassroots committees and cells below (for the assignment budget). */
  below: { districts: number; grassroots: number; cells: number };
}

const LEVEL_NAMES = ["tỉnh, thành ủy", "huyện, quận, thị ủy", "đảng ủy xã, phường", "chi bộ"] as const;

function placeNamer(rng: Rng) {
  return (used: Set<string>): string => {
    for (let attempt = 0; ; attempt++) {
      const first = pick(rng, FIRST_SYLLABLES);
      const second = pick(rng, SECOND_SYLLABLES);
      if (first === second) continue;
      const name = attempt < 60 ? `${first} ${second}` : `${first} ${second} ${attempt}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

/** Provinces, then districts, grassroots committees and cells, sized so that the total is about `target`. */
function planForest(rng: Rng, target: number): Org[] {
  const provinceCount = target >= PROVINCES.length * 40 ? PROVINCES.length : Math.max(3, Math.round(target / 40));
  // Per province: 1 + d + d·g + d·g·c organisations, with d = 12t, g = 20t, c = 2.25 (t = 1 nationally).
  const perProvince = target / provinceCount;
  const t = (-12 + Math.sqrt(144 + 4 * 780 * Math.max(0, perProvince - 1))) / (2 * 780);
  const districtsMean = 12 * t;
  const grassrootsMean = 20 * t;
  const fan = (mean: number) => Math.max(1, Math.round(mean * (0.7 + 0.6 * rng())));
  const name = placeNamer(rng);
  const provinces: Org[] = [];
  const make = (o: Omit<Org, "children" | "below" | "id">): Org => ({ ...o, id: 0, children: [], below: { districts: 0, grassroots: 0, cells: 0 } });

  for (let p = 0; p < provinceCount; p++) {
    const info = PROVINCES[p];
    const pp = pad2(p + 1);
    const province = make({
      code: `TU-${pp}`,
      name: `${info.city ? "Thành ủy" : "Tỉnh ủy"} ${info.name}`,
      abbreviation: info.city ? "ThU" : "TU",
      kind: "COMMITTEE",
      level: 1,
      parent: null,
      urban: info.city,
      diligence: 0.2 + 0.7 * rng(),
      members: between(rng, 40_000, 300_000),
    });
    provinces.push(province);
    const districtNames = new Set<string>();
    const districts = fan(districtsMean);
    for (let d = 0; d < districts; d++) {
      const dd = pad2(d + 1);
      const place = name(districtNames);
      const kindOfDistrict = info.city ? (d < Math.round(districts * 0.7) ? "Quận ủy" : "Huyện ủy") : d === 0 && rng() < 0.6 ? "Thị ủy" : "Huyện ủy";
      const district = make({
        code: `HU-${pp}-${dd}`,
        name: `${kindOfDistrict} ${place}`,
        abbreviation: "HU",
        kind: "COMMITTEE",
        level: 2,
        parent: province,
        urban: kindOfDistrict !== "Huyện ủy",
        diligence: clamp(province.diligence + (rng() - 0.5) * 0.3, 0.02, 0.98),
        members: between(rng, 2_000, 15_000),
      });
      province.children.push(district);
      const communeNames = new Set<string>();
      const communes = fan(grassrootsMean);
      for (let g = 0; g < communes; g++) {
        const gg = pad2(g + 1);
        const commune = make({
          code: `DU-${pp}-${dd}-${gg}`,
          name: `Đảng ủy ${district.urban ? "phường" : "xã"} ${name(communeNames)}`,
          abbreviation: "ĐU",
          kind: "COMMITTEE",
          level: 3,
          parent: district,
          urban: district.urban,
          diligence: clamp(district.diligence + (rng() - 0.5) * 0.3, 0.02, 0.98),
          members: between(rng, 60, 400),
        });
        district.children.push(commune);
        const cellNames = new Set<string>();
        const cells = 2 + (rng() < 0.25 ? 1 : 0);
        for (let c = 0; c < cells; c++) {
          commune.children.push(
            make({
              code: `CB-${pp}-${dd}-${gg}-${c + 1}`,
              name: `Chi bộ ${commune.urban ? "khu phố" : "thôn"} ${name(cellNames)}`,
              abbreviation: "CB",
              kind: "CELL",
              level: 4,
              parent: commune,
              urban: commune.urban,
              diligence: clamp(commune.diligence + (rng() - 0.5) * 0.2, 0.02, 0.98),
              members: between(rng, 8, 60),
            }),
          );
        }
        district.below.grassroots += 1;
        district.below.cells += cells;
      }
      province.below.districts += 1;
      province.below.grassroots += district.below.grassroots;
      province.below.cells += district.below.cells;
    }
  }
  return provinces;
}

function levels(provinces: Org[]): Org[][] {
  const out: Org[][] = [provinces, [], [], []];
  for (const p of provinces)
    for (const d of p.children) {
      out[1].push(d);
      for (const g of d.children) {
        out[2].push(g);
        for (const c of g.children) out[3].push(c);
      }
    }
  return out;
}

// ───────────────────────────── directives and tasks ─────────────────────────────

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
function reach(t: TaskPlan, provinceCount: number): number {
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
function rulesFor(t: TaskPlan, provinces: Org[]): Rule[] {
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

interface Plan {
  directives: DirectivePlan[];
  tasks: TaskPlan[];
  planned: number;
}

function planDirectives(
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

const HELPERS = [
  // A uniform number in [0, 1) from a key and a salt: the same for the same row whatever the plan.
  `CREATE FUNCTION pg_temp.rnd(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
     $$ SELECT (hashint8extended(k, salt) & 2147483647)::float8 / 2147483648.0 $$`,
  `CREATE FUNCTION pg_temp.qidx(d date) RETURNS int LANGUAGE sql IMMUTABLE AS
     $$ SELECT extract(year FROM d)::int * 4 + (extract(month FROM d)::int - 1) / 3 $$`,
  `CREATE FUNCTION pg_temp.qend(q int) RETURNS date LANGUAGE sql IMMUTABLE AS
     $$ SELECT (make_date(q / 4, (q % 4) * 3 + 1, 1) + interval '3 months' - interval '1 day')::date $$`,
  `CREATE FUNCTION pg_temp.qkey(q int) RETURNS text LANGUAGE sql IMMUTABLE AS
     $$ SELECT lpad((q / 4)::text, 4, '0') || '-Q' || (q % 4 + 1) $$`,
  // A moment on a Vietnam calendar day (UTC+7, no daylight saving), independent of the session's time zone.
  `CREATE FUNCTION pg_temp.vn(d date, hours int) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
     $$ SELECT (d + make_interval(hours => hours - 7)) AT TIME ZONE 'UTC' $$`,
  // The progress an ongoing task's j-th period report states.
  `CREATE FUNCTION pg_temp.pp(j int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT least(95, 20 + 10 * j) $$`,
];

const TEMP_TABLES = ["scale_unit", "scale_directive", "scale_plan_source", "scale_actor"];

/** The expansion of the rules into (task, unit, role), as lib/server/cascade.ts does it. */
const DESIRED = `
  rules AS (
    SELECT ta.task_id, ta.role, ta.selector, ta.organization_id, ta.organization_kind
    FROM task_assignee ta JOIN task t ON t.id = ta.task_id JOIN scale_directive sd ON sd.id = t.directive_id
    WHERE NOT sd.draft
  ),
  targets AS (
    SELECT r.task_id, r.role, r.organization_id AS unit_id FROM rules r WHERE r.selector = 'UNIT'
    UNION ALL
    SELECT r.task_id, r.role, o.id FROM rules r JOIN organization o ON o.parent_id = r.organization_id
    WHERE r.selector = 'CHILDREN'
    UNION ALL
    SELECT r.task_id, r.role, c.descendant_id FROM rules r
    JOIN organization_closure c ON c.ancestor_id = r.organization_id
    JOIN organization o ON o.id = c.descendant_id
    WHERE r.selector = 'SUBTREE' OR (r.selector = 'KIND_BELOW' AND c.depth > 0 AND o.kind = r.organization_kind)
  ),
  desired AS (
    SELECT tg.task_id, tg.unit_id, min(tg.role) AS role FROM targets tg GROUP BY tg.task_id, tg.unit_id
  )`;

/**
 * One row per (task, unit). Statuses as of the directive's day of reckoning (today, or the day it was
 * recalled), shaded by the unit's diligence s: of work due before that day about 60 % is completed on
 * time, 15 % late and 25 % still open; of work due later about 20 % is already done and 3 % awaits
 * review. Ongoing work with a reporting cycle has reported on its first kk periods, and report_due_on
 * is the end of period kk — what earliestOpenSlotDue gives for those reports.
 */
const INSERT_ASSIGNMENTS = `
  INSERT INTO assignment (task_id, directive_id, unit_id, role, state, due_on, completed_on, report_due_on, progress_percent, created_at, updated_at)
  WITH ${DESIRED},
  x AS (
    SELECT d.task_id, t.directive_id, d.unit_id, d.role, t.due_on, t.reporting_cycle, sd.issued_on, sd.asof, sd.recalled,
           u.diligence AS s, ps.plan_on, (d.task_id::bigint << 20) + d.unit_id AS k
    FROM desired d JOIN task t ON t.id = d.task_id JOIN scale_directive sd ON sd.id = t.directive_id
    JOIN scale_unit u ON u.id = d.unit_id
    LEFT JOIN scale_plan_source ps ON ps.task_id = d.task_id AND ps.unit_id = d.unit_id
    WHERE d.unit_id <> sd.issuer_id
  ),
  c AS (
    SELECT x.*, pg_temp.rnd(k, 1) AS u1, pg_temp.rnd(k, 2) AS u2, pg_temp.rnd(k, 3) AS u3, pg_temp.rnd(k, 4) AS u4,
           pg_temp.qidx(asof) - pg_temp.qidx(issued_on) AS n,
           0.07 + 0.38 * (1 - s) AS p_over, 0.09 + 0.15 * (1 - s) AS p_late, 0.06 + 0.25 * s AS p_early
    FROM x
  ),
  kc AS (
    SELECT c.*,
      CASE
        WHEN plan_on IS NOT NULL AND plan_on <= asof THEN 'PLAN'
        WHEN due_on IS NULL AND reporting_cycle <> 'NONE' THEN 'ONGOING'
        WHEN due_on IS NULL THEN 'OPEN'
        WHEN due_on < asof THEN CASE
          WHEN u1 < 1 - p_over - p_late THEN 'ONTIME'
          WHEN u1 < 1 - p_over THEN 'LATE'
          WHEN NOT recalled AND u1 < 1 - 0.88 * p_over THEN 'SUBMITTED'
          ELSE 'OPEN' END
        ELSE CASE
          WHEN u1 < p_early THEN 'EARLY'
          WHEN NOT recalled AND u1 < p_early + 0.03 THEN 'SUBMITTED'
          ELSE 'OPEN' END
      END AS cat,
      CASE WHEN u3 < 0.2 * s THEN n + 1 WHEN u3 < 0.3 + 0.6 * s THEN n ELSE greatest(0, n - 1 - floor(u4 * 2)::int) END AS kk
    FROM c
  ),
  f AS (
    SELECT kc.*,
      CASE cat
        WHEN 'PLAN' THEN plan_on
        WHEN 'ONTIME' THEN issued_on + floor((due_on - issued_on) * (0.3 + 0.7 * u2))::int
        WHEN 'LATE' THEN due_on + 1 + floor(u2 * (least(asof - due_on, 120) - 1))::int
        WHEN 'EARLY' THEN issued_on + floor(u2 * (asof - issued_on))::int
      END AS completed_on,
      kk <= n AND pg_temp.rnd(k, 5) < 0.08 AS ret
    FROM kc
  )
  SELECT task_id, directive_id, unit_id, role,
    (CASE WHEN completed_on IS NOT NULL THEN 'COMPLETED' WHEN recalled THEN 'CANCELLED' WHEN cat = 'SUBMITTED' THEN 'SUBMITTED' ELSE 'OPEN' END)::"AssignmentState",
    due_on, completed_on,
    CASE WHEN cat = 'ONGOING' THEN pg_temp.qend(pg_temp.qidx(issued_on) + kk) END,
    CASE
      WHEN completed_on IS NOT NULL OR cat = 'SUBMITTED' THEN 100
      WHEN cat = 'ONGOING' THEN CASE WHEN ret THEN pg_temp.pp(kk) WHEN kk > 0 THEN pg_temp.pp(kk - 1) ELSE 0 END
      WHEN u3 < 0.15 + 0.45 * s THEN 10 + 5 * floor(u4 * 17)::int
      ELSE 0
    END,
    pg_temp.vn(issued_on, 10),
    coalesce(pg_temp.vn(completed_on, 15), pg_temp.vn(issued_on, 10))
  FROM f
  ORDER BY task_id, unit_id`;

/**
 * The reports each assignment's story implies, derived from the assignment row and the same hashes:
 * (1) the accepted completion request of completed work, submitted on completed_on; (2) sometimes an
 * earlier completion request that was returned; (3) sometimes a progress report before completing;
 * (4) the completion request awaiting review of SUBMITTED work; (5) one progress report on open work
 * whose progress is above 0; (6) one report per fulfilled period of ongoing work; (7) a returned
 * report for the first unfulfilled period, now and then.
 */
const INSERT_REPORTS = `
  INSERT INTO report (assignment_id, author_id, period_key, content, progress_percent, achieved_value, denominator,
                      requests_completion, status, submitted_at, reviewed_by_id, reviewed_at, review_note)
  WITH a AS (
    SELECT a.id, a.state, a.due_on, a.completed_on, a.report_due_on, a.progress_percent, a.unit_id,
           t.target_value IS NOT NULL AS has_target, sd.issued_on, sd.asof, sd.recalled, sd.issuer_id, u.members,
           (a.task_id::bigint << 20) + a.unit_id AS k,
           pg_temp.qidx(sd.issued_on) AS q0, pg_temp.qidx(sd.asof) - pg_temp.qidx(sd.issued_on) AS n
    FROM assignment a JOIN task t ON t.id = a.task_id JOIN scale_directive sd ON sd.id = a.directive_id
    JOIN scale_unit u ON u.id = a.unit_id
  ),
  r AS (
    SELECT id, k, 1 AS kind, NULL::text AS period_key, 100 AS progress, true AS req, 'ACCEPTED' AS status,
           completed_on AS sub, 0 AS minute, least(asof, completed_on + floor(pg_temp.rnd(k, 11) * 5)::int) AS rev,
           has_target, members, issuer_id, unit_id
    FROM a WHERE state = 'COMPLETED'
    UNION ALL
    SELECT id, k, 2, NULL, 100, true, 'RETURNED', s.sub, 0, s.sub + 1, has_target, members, issuer_id, unit_id
    FROM a CROSS JOIN LATERAL (SELECT completed_on - 2 - floor(pg_temp.rnd(k, 12) * least(20, completed_on - issued_on - 3))::int AS sub) s
    WHERE state = 'COMPLETED' AND completed_on - issued_on >= 5 AND pg_temp.rnd(k, 13) < 0.06
    UNION ALL
    SELECT id, k, 3, NULL, 30 + 10 * floor(pg_temp.rnd(k, 15) * 5)::int, false, 'ACCEPTED', s.sub, 0, s.sub + 1, has_target, members, issuer_id, unit_id
    FROM a CROSS JOIN LATERAL (SELECT issued_on + floor((completed_on - issued_on) * 0.4)::int AS sub) s
    WHERE state = 'COMPLETED' AND completed_on - issued_on >= 4 AND pg_temp.rnd(k, 14) < 0.10
    UNION ALL
    SELECT id, k, 4, NULL, 100, true, 'SUBMITTED', greatest(issued_on, asof - floor(pg_temp.rnd(k, 16) * 20)::int), 0, NULL,
           has_target, members, issuer_id, unit_id
    FROM a WHERE state = 'SUBMITTED'
    UNION ALL
    SELECT id, k, 5, NULL, progress_percent, false,
           CASE WHEN pg_temp.rnd(k, 18) < 0.07 THEN 'RETURNED' WHEN NOT recalled AND s.sub > asof - 14 THEN 'SUBMITTED' ELSE 'ACCEPTED' END,
           s.sub, 0,
           CASE WHEN pg_temp.rnd(k, 18) < 0.07 OR recalled OR s.sub <= asof - 14 THEN least(asof, s.sub + 1 + floor(pg_temp.rnd(k, 19) * 5)::int) END,
           has_target, members, issuer_id, unit_id
    FROM a CROSS JOIN LATERAL (SELECT issued_on + floor(pg_temp.rnd(k, 17) * (asof - issued_on + 1))::int AS sub) s
    WHERE state IN ('OPEN', 'CANCELLED') AND progress_percent > 0 AND report_due_on IS NULL
    UNION ALL
    SELECT id, k, 6, pg_temp.qkey(q0 + j), pg_temp.pp(j), false,
           CASE WHEN NOT recalled AND s.sub > asof - 10 THEN 'SUBMITTED' ELSE 'ACCEPTED' END,
           s.sub, j,
           CASE WHEN recalled OR s.sub <= asof - 10 THEN least(asof, s.sub + 1 + floor(pg_temp.rnd(k, 200 + j) * 6)::int) END,
           has_target, members, issuer_id, unit_id
    FROM a CROSS JOIN LATERAL generate_series(0, pg_temp.qidx(report_due_on) - q0 - 1) j
    CROSS JOIN LATERAL (SELECT least(asof, greatest(issued_on, pg_temp.qend(q0 + j) - 12 + floor(pg_temp.rnd(k, 100 + j) * 27)::int)) AS sub) s
    WHERE report_due_on IS NOT NULL
    UNION ALL
    SELECT id, k, 7, pg_temp.qkey(q0 + kk), pg_temp.pp(kk), false, 'RETURNED', s.sub, 120,
           least(asof, s.sub + 1 + floor(pg_temp.rnd(k, 21) * 3)::int), has_target, members, issuer_id, unit_id
    FROM (SELECT a.*, pg_temp.qidx(report_due_on) - q0 AS kk FROM a WHERE report_due_on IS NOT NULL) a
    CROSS JOIN LATERAL (SELECT least(asof, greatest(issued_on, pg_temp.qend(q0 + kk) - 12 + floor(pg_temp.rnd(k, 20) * 27)::int)) AS sub) s
    WHERE kk <= n AND pg_temp.rnd(k, 5) < 0.08
  )
  SELECT r.id, au.author_id,
    r.period_key,
    CASE
      WHEN r.kind IN (1, 2, 4) THEN ($1::text[])[1 + floor(pg_temp.rnd(r.k, 30 + r.kind) * cardinality($1::text[]))::int]
      WHEN r.kind IN (3, 5) THEN ($2::text[])[1 + floor(pg_temp.rnd(r.k, 30 + r.kind) * cardinality($2::text[]))::int]
      ELSE ($3::text[])[1 + floor(pg_temp.rnd(r.k, 40 + r.minute) * cardinality($3::text[]))::int]
    END,
    r.progress,
    CASE WHEN r.has_target THEN round(r.members * r.progress / 100.0) END,
    CASE WHEN r.has_target THEN r.members END,
    r.req, r.status::"ReportStatus",
    pg_temp.vn(r.sub, 8 + r.kind % 3) + make_interval(mins => r.minute),
    CASE WHEN r.rev IS NOT NULL THEN rv.reviewer_id END,
    pg_temp.vn(r.rev, 15),
    CASE WHEN r.status = 'RETURNED' THEN ($4::text[])[1 + floor(pg_temp.rnd(r.k, 50 + r.kind) * cardinality($4::text[]))::int] END
  FROM r
  LEFT JOIN scale_actor au ON au.org_id = r.unit_id
  LEFT JOIN scale_actor rv ON rv.org_id = r.issuer_id
  ORDER BY r.id, r.sub, r.kind, r.minute`;

// ───────────────────────────── the generator ─────────────────────────────

export async function generateScaleData(target: { prisma: PrismaClient; pool: pg.Pool }, options: ScaleOptions): Promise<ScaleSummary> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const today = options.today;
  const organizations = options.organizations ?? 50_000;
  const assignments = options.assignments ?? 1_000_000;
  const directives = options.directives ?? Math.max(100, Math.round(assignments / 500));
  const seed = options.seed ?? 2026;
  const rng = mulberry32(seed);
  const secs = () => ((Date.now() - started) / 1000).toFixed(1);
  const { prisma, pool } = target;

  log(`Nạp dữ liệu mẫu (ngày hiện tại ${formatViDate(today)})…`);
  await loadDemoData(prisma, { today, hashPassword: options.hashPassword ?? argon2Hash });

  const client = await pool.connect();
  try {
    const q = <R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]) => client.query<R>(text, values);
    await q("SET work_mem = '256MB'");
    for (const name of TEMP_TABLES) await q(`DROP TABLE IF EXISTS pg_temp.${name}`);
    for (const fn of ["rnd(bigint, int)", "qidx(date)", "qend(int)", "qkey(int)", "vn(date, int)", "pp(int)"]) await q(`DROP FUNCTION IF EXISTS pg_temp.${fn}`);
    for (const sql of HELPERS) await q(sql);

    // ── organisations ──
    const centre = (await q<{ id: number; name: string }>(`SELECT id, name FROM organization WHERE code = 'TW'`)).rows[0];
    if (!centre) throw new Error("seed:scale: the demo data has no organisation TW");
    const provinces = planForest(rng, organizations);
    const byLevel = levels(provinces);
    const orgStamp = `${Number(today.slice(0, 4)) - 2}-01-01`;
    for (const [i, level] of byLevel.entries()) {
      const inserted = await q<{ id: number; code: string }>(
        `INSERT INTO organization (code, name, abbreviation, kind, symbol_family, parent_id, depth, search_text, created_at, updated_at)
         SELECT u.code, u.name, u.abbreviation, u.kind::"OrganizationKind", 'PARTY', u.parent_id, $7::int, u.search_text,
                pg_temp.vn($8::date, 8), pg_temp.vn($8::date, 8)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) WITH ORDINALITY
              AS u(code, name, abbreviation, kind, parent_id, search_text, ord)
         ORDER BY u.ord
         RETURNING id, code`,
        [
          level.map((o) => o.code),
          level.map((o) => o.name),
          level.map((o) => o.abbreviation),
          level.map((o) => o.kind),
          level.map((o) => o.parent?.id ?? centre.id),
          level.map((o) => organizationSearchText(o)),
          i + 1,
          orgStamp,
        ],
      );
      const ids = new Map(inserted.rows.map((r) => [r.code, r.id]));
      for (const o of level) o.id = ids.get(o.code)!;
      log(`  ${level.length.toLocaleString("vi-VN")} tổ chức cấp ${LEVEL_NAMES[i]} (${secs()} s)`);
    }
    await prisma.$transaction((tx) => rebuildClosure(tx), { timeout: 600_000, maxWait: 60_000 });
    const all = byLevel.flat();
    await q(`CREATE TEMP TABLE scale_unit (id int PRIMARY KEY, diligence float8 NOT NULL, members int NOT NULL)`);
    await q(`INSERT INTO scale_unit SELECT * FROM unnest($1::int[], $2::float8[], $3::int[])`, [
      all.map((o) => o.id),
      all.map((o) => o.diligence),
      all.map((o) => o.members),
    ]);
    // The demo's own bodies (the central boards coordinate some central tasks): diligent, small.
    await q(`INSERT INTO scale_unit SELECT id, 0.8, 40 FROM organization o WHERE NOT EXISTS (SELECT 1 FROM scale_unit s WHERE s.id = o.id)`);
    log(`Đã tạo ${all.length.toLocaleString("vi-VN")} tổ chức và bảng bao đóng (${secs()} s)`);

    // ── directives, tasks, assignee rules ──
    const boards = await q<{ id: number }>(`SELECT id FROM organization WHERE code = ANY($1::text[]) ORDER BY id`, [[...CENTRAL_BOARDS]]);
    const takenRows = await q<{ issuer_id: number; year: number; symbol: string }>(
      `SELECT issuer_id, year, symbol FROM directive WHERE symbol IS NOT NULL AND year IS NOT NULL`,
    );
    const taken = new Set(takenRows.rows.map((r) => `${r.issuer_id}|${r.year}|${r.symbol}`));
    // Without --directives, a forest too small for the default number of directives to reach the
    // assignments asked for gets more directives (re-planned from the same seed: still deterministic).
    let wanted = directives;
    let plan: Plan;
    for (let attempt = 0; ; attempt++) {
      plan = planDirectives(mulberry32((seed ^ Math.imul(0x9e3779b9, attempt + 1)) >>> 0), {
        provinces,
        centre: { id: centre.id, name: centre.name, abbreviation: "TW", org: null },
        boardIds: boards.rows.map((r) => r.id),
        today,
        directives: wanted,
        assignments,
        taken: new Set(taken),
      });
      if (options.directives !== undefined || plan.planned >= assignments * 0.95 || attempt >= 5) break;
      wanted = Math.ceil(wanted * (assignments / Math.max(1, plan.planned)) * 1.15);
    }
    if (plan.planned < assignments * 0.95) {
      log(`Lưu ý: với ${all.length.toLocaleString("vi-VN")} tổ chức và ${plan.directives.length.toLocaleString("vi-VN")} văn bản chỉ đạt ${plan.planned.toLocaleString("vi-VN")} lượt giao nhiệm vụ; hãy tăng --directives hoặc --organizations.`);
    }
    const ds = plan.directives;
    const made = await q<{ id: number }>(
      `INSERT INTO directive (type, number, symbol, issuer_id, issued_on, year, title, status, confidentiality, search_text,
                              issued_at, recalled_at, created_at, updated_at)
       SELECT u.type::"DirectiveType", u.number, u.symbol, u.issuer_id, u.issued_on, extract(year FROM u.issued_on)::int, u.title,
              u.status::"DirectiveStatus", 'NORMAL', u.search_text,
              pg_temp.vn(u.issued_on, 16), pg_temp.vn(u.recalled_on, 15), pg_temp.vn(u.created_on, 8),
              coalesce(pg_temp.vn(u.recalled_on, 15), pg_temp.vn(u.issued_on, 16), pg_temp.vn(u.created_on, 8))
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::date[], $6::text[], $7::text[], $8::text[], $9::date[], $10::date[])
            WITH ORDINALITY AS u(type, number, symbol, issuer_id, issued_on, title, status, search_text, recalled_on, created_on, ord)
       ORDER BY u.ord
       RETURNING id, issuer_id, symbol`,
      [
        ds.map((d) => d.type),
        ds.map((d) => d.number),
        ds.map((d) => d.symbol),
        ds.map((d) => d.issuer.id),
        ds.map((d) => d.issuedOn),
        ds.map((d) => d.title),
        ds.map((d) => d.status),
        ds.map((d) => directiveSearchText(d.type, d.symbol, d.title, d.issuer.name)),
        ds.map((d) => d.recalledOn),
        ds.map((d) => d.createdOn),
      ],
    );
    // Identity values are drawn in the order the rows are inserted, which ORDER BY ord fixes.
    const ids = made.rows.map((r) => r.id).sort((a, b) => a - b);
    ds.forEach((d, i) => (d.id = ids[i]));
    const check = await q<{ id: number; issuer_id: number; symbol: string | null }>(
      `SELECT id, issuer_id, symbol FROM directive WHERE id = ANY($1::int[]) ORDER BY id`,
      [ids],
    );
    check.rows.forEach((r, i) => {
      if (r.issuer_id !== ds[i].issuer.id || r.symbol !== ds[i].symbol) throw new Error("seed:scale: directive ids out of order");
    });
    await q(`UPDATE directive d SET parent_id = u.parent_id FROM unnest($1::int[], $2::int[]) AS u(id, parent_id) WHERE d.id = u.id`, [
      ds.filter((d) => d.parent).map((d) => d.id),
      ds.filter((d) => d.parent).map((d) => d.parent!.id),
    ]);

    const ts = plan.tasks;
    const taskRows = await q<{ id: number; directive_id: number; ordinal: number }>(
      `INSERT INTO task (directive_id, ordinal, title, deadline_kind, deadline_text, due_on, reporting_cycle, target_value, target_unit,
                         requires_own_plan, created_at, updated_at)
       SELECT u.directive_id, u.ordinal, u.title, u.kind::"DeadlineKind", u.text, u.due_on, u.cycle::"ReportingCycle",
              CASE WHEN u.target THEN 100 END, CASE WHEN u.target THEN '%' END, u.own_plan, pg_temp.vn(u.created_on, 8), pg_temp.vn(u.created_on, 8)
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::bool[], $9::bool[], $10::date[])
            WITH ORDINALITY AS u(directive_id, ordinal, title, kind, text, due_on, cycle, target, own_plan, created_on, ord)
       ORDER BY u.ord
       RETURNING id, directive_id, ordinal`,
      [
        ts.map((t) => t.directive.id),
        ts.map((t) => t.ordinal),
        ts.map((t) => t.title),
        ts.map((t) => t.deadlineKind),
        ts.map((t) => t.deadlineText),
        ts.map((t) => t.dueOn),
        ts.map((t) => t.cycle),
        ts.map((t) => t.target),
        ts.map((t) => t.ownPlan),
        ts.map((t) => t.directive.createdOn),
      ],
    );
    const taskId = new Map(taskRows.rows.map((r) => [`${r.directive_id}:${r.ordinal}`, r.id]));
    for (const t of ts) t.id = taskId.get(`${t.directive.id}:${t.ordinal}`)!;

    const rules = ts.flatMap((t) => rulesFor(t, provinces).map((r) => ({ taskId: t.id, ...r })));
    await q(
      `INSERT INTO task_assignee (task_id, role, selector, organization_id, organization_kind)
       SELECT u.task_id, u.role::"AssignmentRole", u.selector::"AssigneeSelector", u.organization_id, u.kind::"OrganizationKind"
       FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::text[]) WITH ORDINALITY AS u(task_id, role, selector, organization_id, kind, ord)
       ORDER BY u.ord`,
      [rules.map((r) => r.taskId), rules.map((r) => r.role), rules.map((r) => r.selector), rules.map((r) => r.organizationId), rules.map((r) => r.kind)],
    );

    await q(`CREATE TEMP TABLE scale_directive (id int PRIMARY KEY, issuer_id int NOT NULL, issued_on date, asof date NOT NULL, recalled bool NOT NULL, draft bool NOT NULL)`);
    await q(
      `INSERT INTO scale_directive SELECT * FROM unnest($1::int[], $2::int[], $3::date[], $4::date[], $5::bool[], $6::bool[])`,
      [
        ds.map((d) => d.id),
        ds.map((d) => d.issuer.id),
        ds.map((d) => d.issuedOn),
        ds.map((d) => d.recalledOn ?? today),
        ds.map((d) => d.status === "RECALLED"),
        ds.map((d) => d.status === "DRAFT"),
      ],
    );
    const plans = ds.filter((d) => d.source);
    await q(`CREATE TEMP TABLE scale_plan_source (task_id int NOT NULL, unit_id int NOT NULL, plan_on date NOT NULL, PRIMARY KEY (task_id, unit_id))`);
    // A unit that issued its own plan has done the "build a plan" task on that day.
    await q(
      `INSERT INTO scale_plan_source SELECT task_id, unit_id, min(plan_on) FROM unnest($1::int[], $2::int[], $3::date[]) AS u(task_id, unit_id, plan_on) GROUP BY 1, 2`,
      [plans.map((d) => d.source!.id), plans.map((d) => d.issuer.id), plans.map((d) => d.issuedOn)],
    );
    await q(`ANALYZE organization; ANALYZE organization_closure; ANALYZE directive; ANALYZE task; ANALYZE task_assignee;
             ANALYZE scale_unit; ANALYZE scale_directive; ANALYZE scale_plan_source`);
    log(
      `Đã tạo ${ds.length.toLocaleString("vi-VN")} văn bản, ${ts.length.toLocaleString("vi-VN")} nhiệm vụ, ` +
        `${rules.length.toLocaleString("vi-VN")} quy tắc giao việc (${secs()} s)`,
    );

    // ── assignments ──
    log(`Đang tạo khoảng ${plan.planned.toLocaleString("vi-VN")} lượt giao nhiệm vụ…`);
    const added = await q(INSERT_ASSIGNMENTS);
    await q(
      `UPDATE directive d SET source_assignment_id = a.id
       FROM unnest($1::int[], $2::int[]) AS u(id, task_id) JOIN assignment a ON a.task_id = u.task_id
       WHERE d.id = u.id AND a.unit_id = d.issuer_id`,
      [plans.map((d) => d.id), plans.map((d) => d.source!.id)],
    );
    await q(`ANALYZE assignment`);
    log(`Đã tạo ${(added.rowCount ?? 0).toLocaleString("vi-VN")} lượt giao nhiệm vụ (${secs()} s)`);

    // ── the accounts that drive the benchmarks ──
    const hash = (await q<{ password_hash: string }>(`SELECT password_hash FROM user_account WHERE username = 'quantri'`)).rows[0]?.password_hash;
    if (!hash) throw new Error("seed:scale: the demo account quantri is missing");
    const communes = byLevel[2];
    const perCommune = await q<{ unit_id: number; n: number }>(
      `SELECT s.id AS unit_id, count(a.id)::int AS n FROM unnest($1::int[]) AS s(id) LEFT JOIN assignment a ON a.unit_id = s.id GROUP BY s.id`,
      [communes.map((o) => o.id)],
    );
    const counts = perCommune.rows.map((r) => r.n).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    const countOf = new Map(perCommune.rows.map((r) => [r.unit_id, r.n]));
    const first = provinces[0];
    // A commune (xã) of the first province whose workload is the national median (a phường if it has no xã).
    const ofFirst = communes.filter((o) => o.parent!.parent === first);
    const typical = (ofFirst.some((o) => !o.urban) ? ofFirst.filter((o) => !o.urban) : ofFirst)
      .reduce((best, o) => (Math.abs(countOf.get(o.id)! - median) < Math.abs(countOf.get(best.id)! - median) ? o : best));
    const people = [
      { ...SCALE_USERS.leaderCentre, role: "LEADERSHIP", org: centre.id },
      { ...SCALE_USERS.leaderProvince, role: "LEADERSHIP", org: first.id },
      { ...SCALE_USERS.officeProvince, role: "OFFICE_STAFF", org: first.id },
      { ...SCALE_USERS.headCommune, role: "UNIT_HEAD", org: typical.id },
    ];
    await q(
      `INSERT INTO user_account (username, name, password_hash, role, organization_id, created_at, updated_at)
       SELECT u.username, u.name, $5, u.role::"Role", u.org, pg_temp.vn($6::date, 8), pg_temp.vn($6::date, 8)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS u(username, name, role, org, ord) ORDER BY u.ord`,
      [people.map((p) => p.username), people.map((p) => p.name), people.map((p) => p.role), people.map((p) => p.org), hash, orgStamp],
    );
    // Reports on the first province's directives are reviewed by its office; the commune head writes the commune's.
    await q(`CREATE TEMP TABLE scale_actor (org_id int PRIMARY KEY, author_id int, reviewer_id int)`);
    await q(
      `INSERT INTO scale_actor
       SELECT organization_id, max(id) FILTER (WHERE role = 'UNIT_HEAD'), max(id) FILTER (WHERE role = 'OFFICE_STAFF')
       FROM user_account WHERE username = ANY($1::text[]) GROUP BY organization_id`,
      [people.map((p) => p.username)],
    );
    await q(`UPDATE directive SET created_by_id = (SELECT reviewer_id FROM scale_actor WHERE org_id = $1) WHERE issuer_id = $1`, [first.id]);

    // ── reports ──
    log(`Đang tạo báo cáo…`);
    const reports = await q(INSERT_REPORTS, [[...COMPLETION_TEXTS], [...PROGRESS_TEXTS], [...PERIOD_TEXTS], [...RETURN_REASONS]]);
    log(`Đã tạo ${(reports.rowCount ?? 0).toLocaleString("vi-VN")} báo cáo (${secs()} s)`);

    for (const name of TEMP_TABLES) await q(`DROP TABLE IF EXISTS pg_temp.${name}`);
    log(`ANALYZE…`);
    await q("ANALYZE");

    // ── summary ──
    const levelCounts = await q<{ level: number; n: number }>(
      `SELECT length(code) - length(replace(code, '-', '')) AS level, count(*)::int AS n FROM organization WHERE id = ANY($1::int[]) GROUP BY 1 ORDER BY 1`,
      [all.map((o) => o.id)],
    );
    const total = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM organization`)).rows[0].n;
    const group = async (sql: string) => Object.fromEntries((await q<{ k: string; n: number }>(sql)).rows.map((r) => [r.k, r.n]));
    const byStatus = await prisma.$queryRaw<{ k: string; n: number }[]>(
      Prisma.sql`SELECT ${statusSql(Prisma.sql`${today}::date`)} AS k, count(*)::int AS n FROM assignment a GROUP BY 1 ORDER BY 1`,
    );
    const summary: ScaleSummary = {
      today,
      organizationsByLevel: levelCounts.rows.map((r) => ({ level: LEVEL_NAMES[r.level - 1], count: r.n })),
      organizationsTotal: total,
      directivesByStatus: await group(`SELECT status::text AS k, count(*)::int AS n FROM directive GROUP BY 1 ORDER BY 1`),
      directivesByTier: {
        centre: ds.filter((d) => d.tier === 0).length,
        provinces: ds.filter((d) => d.tier === 1).length,
        districts: ds.filter((d) => d.tier === 2).length,
      },
      ownPlans: plans.length,
      tasks: (await q<{ n: number }>(`SELECT count(*)::int AS n FROM task`)).rows[0].n,
      assignments: (await q<{ n: number }>(`SELECT count(*)::int AS n FROM assignment`)).rows[0].n,
      plannedAssignments: plan.planned,
      assignmentsByState: await group(`SELECT state::text AS k, count(*)::int AS n FROM assignment GROUP BY 1 ORDER BY 1`),
      assignmentsByStatus: Object.fromEntries(byStatus.map((r) => [r.k, r.n])),
      reportsByStatus: await group(`SELECT status::text AS k, count(*)::int AS n FROM report GROUP BY 1 ORDER BY 1`),
      reports: (await q<{ n: number }>(`SELECT count(*)::int AS n FROM report`)).rows[0].n,
      users: people.map((p) => p.username),
      seconds: (Date.now() - started) / 1000,
    };
    return summary;
  } finally {
    client.release();
  }
}

const STATUS_NAMES: Record<string, string> = {
  COMPLETED_ON_TIME: "hoàn thành đúng hạn",
  COMPLETED_LATE: "hoàn thành quá hạn",
  OVERDUE: "quá hạn chưa hoàn thành",
  IN_PROGRESS: "đang thực hiện",
  CANCELLED: "đã hủy (văn bản thu hồi)",
};

/** The summary as printed by the command, in Vietnamese. */
export function formatSummary(s: ScaleSummary): string[] {
  const n = (x: number) => x.toLocaleString("vi-VN");
  const lines = [`Tóm tắt (ngày ${formatViDate(s.today)}):`];
  lines.push(`  Tổ chức: ${n(s.organizationsTotal)} trong cơ sở dữ liệu; đã thêm dưới Trung ương Đảng:`);
  for (const l of s.organizationsByLevel) lines.push(`    - ${l.level}: ${n(l.count)}`);
  lines.push(
    `  Văn bản: ${Object.entries(s.directivesByStatus).map(([k, v]) => `${k} ${n(v)}`).join(", ")} ` +
      `(thêm mới: Trung ương ${n(s.directivesByTier.centre)}, cấp tỉnh ${n(s.directivesByTier.provinces)}, cấp huyện ${n(s.directivesByTier.districts)}; ` +
      `${n(s.ownPlans)} kế hoạch thực hiện của cấp dưới)`,
  );
  lines.push(`  Nhiệm vụ: ${n(s.tasks)}`);
  lines.push(`  Lượt giao nhiệm vụ: ${n(s.assignments)} (dự kiến ${n(s.plannedAssignments)} cho phần thêm mới)`);
  for (const [k, v] of Object.entries(s.assignmentsByStatus)) {
    lines.push(`    - ${STATUS_NAMES[k] ?? k}: ${n(v)} (${((100 * v) / Math.max(1, s.assignments)).toFixed(1)} %)`);
  }
  lines.push(`    trạng thái lưu: ${Object.entries(s.assignmentsByState).map(([k, v]) => `${k} ${n(v)}`).join(", ")}`);
  lines.push(`  Báo cáo: ${n(s.reports)} (${Object.entries(s.reportsByStatus).map(([k, v]) => `${k} ${n(v)}`).join(", ")})`);
  lines.push(`  Tài khoản thêm: ${s.users.join(", ")} (mật khẩu như tài khoản mẫu)`);
  lines.push(`  Thời gian: ${s.seconds.toFixed(1)} giây`);
  return lines;
}
