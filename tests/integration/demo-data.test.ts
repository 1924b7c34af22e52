// The demo data loads into an empty database, is consistent, is true to the source texts, and puts
// work both overdue and due within the week around whatever day the demo is opened on.
import { hash, verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { addDays, type IsoDate } from "@/lib/domain/calendar";
import { fold } from "@/lib/domain/text";
import type { Db } from "@/lib/server/db";
import { dateValue, isoDate } from "@/lib/server/db";
import { loadDemoData, prepareDemoData, type DemoCounts } from "@/prisma/seed/load";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/users";
import { listDirectives } from "@/lib/server/directives";
import { sessionUserFrom } from "@/lib/server/session-user";
import { findActiveAccount } from "@/lib/server/users";
import { useTestDatabase } from "./helpers/database";

// A real argon2 hash, as the app stores; the demo's users must be able to sign in.
const hashPassword = (p: string) => hash(p);

async function openWork(prisma: Db, today: IsoDate, onlyIssuedSince?: IsoDate) {
  const notDone = { state: { notIn: ["COMPLETED", "CANCELLED"] as ("COMPLETED" | "CANCELLED")[] } };
  const directive = onlyIssuedSince ? { directive: { issuedOn: { gte: dateValue(onlyIssuedSince)! } } } : {};
  const overdue = await prisma.assignment.count({ where: { ...notDone, ...directive, dueOn: { lt: dateValue(today)! } } });
  const dueSoon = await prisma.assignment.count({
    where: { ...notDone, ...directive, dueOn: { gte: dateValue(today)!, lte: dateValue(addDays(today, 7))! } },
  });
  return { overdue, dueSoon };
}

const bySymbol = (prisma: Db, symbol: string) =>
  prisma.directive.findFirstOrThrow({
    where: { symbol },
    include: {
      parent: { select: { symbol: true } },
      references: { select: { to: { select: { symbol: true } } } },
      tasks: { orderBy: { ordinal: "asc" }, include: { assignments: { include: { unit: { select: { code: true } } } } } },
    },
  });

describe("demo data, today = 2026-11-22", () => {
  const today = "2026-11-22";
  const t = useTestDatabase({ today });
  let counts: DemoCounts;

  it("loads into an empty database and reports what it inserted", async () => {
    counts = await loadDemoData(t.prisma, { today, hashPassword });
    for (const value of Object.values(counts)) expect(value).toBeGreaterThan(0);
    expect(counts).toEqual({
      organizations: await t.prisma.organization.count(),
      directives: await t.prisma.directive.count(),
      tasks: await t.prisma.task.count(),
      assignments: await t.prisma.assignment.count(),
      reports: await t.prisma.report.count(),
      users: await t.prisma.user.count(),
    });
    const audit = await t.prisma.auditEvent.findMany({ where: { action: "demo.load" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].entityType).toBe("system");
  });

  it("is internally consistent", async () => {
    const [mismatch] = await t.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM assignment a JOIN task k ON k.id = a.task_id
      WHERE a.directive_id <> k.directive_id OR a.due_on IS DISTINCT FROM k.due_on`;
    expect(mismatch.n).toBe(0);
    // The closure table holds each organisation once per ancestor and once for itself.
    const [closure] = await t.prisma.$queryRaw<{ expected: number; actual: number }[]>`
      SELECT (SELECT sum(depth + 1)::int FROM organization) AS expected, (SELECT count(*)::int FROM organization_closure) AS actual`;
    expect(closure.actual).toBe(closure.expected);
    // Completed means an accepted completion report; completion dates only on completed work.
    const completed = await t.prisma.assignment.findMany({ where: { state: "COMPLETED" }, include: { reports: true } });
    expect(completed.length).toBeGreaterThan(0);
    for (const a of completed) {
      expect(a.completedOn).not.toBeNull();
      expect(a.reports.some((r) => r.status === "ACCEPTED" && r.requestsCompletion)).toBe(true);
    }
    expect(await t.prisma.assignment.count({ where: { state: { not: "COMPLETED" }, completedOn: { not: null } } })).toBe(0);
    expect(await t.prisma.report.count({ where: { status: "RETURNED" } })).toBeGreaterThan(0);
  });

  it("keeps the links the source texts make", async () => {
    const cv12 = await bySymbol(t.prisma, "12-CV/BCSĐ");
    expect(cv12.parent?.symbol).toBe("01-CT/TW");
    expect(isoDate(cv12.issuedOn)).toBe("2021-03-12");
    const cv26 = await bySymbol(t.prisma, "26-CV/BCSĐ");
    expect(cv26.parent?.symbol).toBe("04-KH/BTCTW");
    expect(cv26.references.map((r) => r.to.symbol).sort()).toEqual(["05-CT/TW", "14-KH/BCSĐ", "58-KH/BCSĐ"]);
    const cv2761 = await bySymbol(t.prisma, "2761/BNV-TC");
    expect(cv2761.parent?.symbol).toBe("12/CT-TTg");
    expect(cv2761.references.map((r) => r.to.symbol)).toEqual(["09/2017/NĐ-CP"]);
    expect(cv2761.number).toBe("2761");
    const plan = await t.prisma.directive.findFirstOrThrow({
      where: { issuer: { code: "DU-VPCP" }, issuedOn: dateValue("2023-09-15")! },
      include: { references: { select: { to: { select: { symbol: true } } } } },
    });
    expect(plan.symbol).toBeNull();
    expect(plan.references.map((r) => r.to.symbol).sort()).toEqual(["01-KL/TW", "05-CT/TW", "35-NQ/TW", "85-QĐ/TW"]);
  });

  it("resolves the deadlines of Công văn 12-CV/BCSĐ as written", async () => {
    const cv12 = await bySymbol(t.prisma, "12-CV/BCSĐ");
    const quarter = cv12.tasks.find((k) => k.deadlineText === "trong Quí II/2021")!;
    expect(quarter.deadlineKind).toBe("QUARTER");
    expect(isoDate(quarter.dueOn)).toBe("2021-06-30");
    const leads = quarter.assignments.filter((a) => a.role === "LEAD").map((a) => a.unit.code);
    expect(leads).toEqual(["BNV-VPB"]);
    // Completed late, after a returned first draft.
    const vpb = quarter.assignments.find((a) => a.unit.code === "BNV-VPB")!;
    expect(isoDate(vpb.completedOn)! > "2021-06-30").toBe(true);
    const march = cv12.tasks.find((k) => k.deadlineText === "trong tháng 3/2021")!;
    expect(march.deadlineKind).toBe("MONTH");
    expect(isoDate(march.dueOn)).toBe("2021-03-31");
    expect(march.assignments.map((a) => `${a.role}:${a.unit.code}`).sort()).toEqual(
      ["COORDINATE:BNV-DU-VP", "COORDINATE:BNV-TTTT", "COORDINATE:BNV-VPBCSD", "LEAD:BNV-VPB"],
    );
  });

  it("gives Đảng ủy Khối's 2021 targets 100 %", async () => {
    const targets = await t.prisma.task.findMany({
      where: { directive: { issuer: { code: "DUK" }, year: 2021 }, targetUnit: "%" },
      include: { assignments: { include: { reports: true } } },
    });
    expect(targets).toHaveLength(3);
    for (const k of targets) {
      expect(Number(k.targetValue)).toBe(100);
      expect(isoDate(k.dueOn)).toBe("2021-12-31");
    }
    const measured = targets.flatMap((k) => k.assignments.flatMap((a) => a.reports)).filter((r) => r.denominator !== null);
    expect(measured.length).toBeGreaterThan(0);
  });

  it("finds directives by folded search text", async () => {
    const hits = await t.prisma.directive.findMany({ where: { AND: ["chi thi", "01"].map((w) => ({ searchText: { contains: w } })) } });
    expect(hits.map((d) => d.symbol)).toContain("01-CT/TW");
    const ct01 = hits.find((d) => d.symbol === "01-CT/TW")!;
    expect(ct01.searchText.startsWith("chi thi so 01-ct/tw")).toBe(true);
    expect(ct01.searchText).toBe(fold(ct01.searchText));
  });

  it("has a confidential directive, a draft, and demo users who can sign in", async () => {
    const secret = await t.prisma.directive.findMany({ where: { confidentiality: "SECRET" }, include: { assignments: true } });
    expect(secret).toHaveLength(1);
    expect(secret[0].assignments.length).toBeGreaterThanOrEqual(2);
    const drafts = await t.prisma.directive.findMany({ where: { status: "DRAFT" }, include: { assignments: true, issuer: true } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0].issuer.code).toBe("BCSD-BNV");
    expect(drafts[0].assignments).toHaveLength(0);
    expect(drafts[0].issuedAt).toBeNull();
    const users = await t.prisma.user.findMany({ include: { organization: true } });
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["OFFICE_STAFF", "UNIT_HEAD", "LEADERSHIP", "ADMIN", "OVERSIGHT"]));
    const admin = users.find((u) => u.username === "quantri")!;
    expect(admin.organization.code).toBe("TW");
    expect(await verify(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
    // The inspection commission's demo account opens the secret letter; the office of the ministry does not.
    const reader = async (username: string) => sessionUserFrom((await findActiveAccount(users.find((u) => u.username === username)!.id))!);
    expect((await listDirectives(await reader("kiemtra.tw"), { q: secret[0].symbol ?? "" })).rows.map((r) => r.id)).toEqual([secret[0].id]);
    expect((await listDirectives(await reader("vanphong.bnv"), { q: secret[0].symbol ?? "" })).rows).toEqual([]);
  });

  it("has work overdue and work due within 7 days, also among this year's directives", async () => {
    const all = await openWork(t.prisma, today);
    expect(all.overdue).toBeGreaterThan(0);
    expect(all.dueSoon).toBeGreaterThan(0);
    const recent = await openWork(t.prisma, today, addDays(today, -80));
    expect(recent.overdue).toBeGreaterThan(0);
    expect(recent.dueSoon).toBeGreaterThan(0);
  });

  it("refuses to load into a database that already has organisations", async () => {
    await expect(loadDemoData(t.prisma, { today, hashPassword })).rejects.toThrow(/already has organisations/);
    expect(await t.prisma.directive.count()).toBe(counts.directives);
    expect(await t.prisma.auditEvent.count({ where: { action: "demo.load" } })).toBe(1);
  });
});

describe("demo data, today = 2027-03-05", () => {
  const today = "2027-03-05";
  const t = useTestDatabase({ today });

  it("loads and puts work overdue and due within 7 days around this other day", async () => {
    const counts = await loadDemoData(t.prisma, { today, hashPassword });
    expect(counts.assignments).toBeGreaterThan(0);
    const recent = await openWork(t.prisma, today, addDays(today, -80));
    expect(recent.overdue).toBeGreaterThan(0);
    expect(recent.dueSoon).toBeGreaterThan(0);
    const current = await t.prisma.directive.findMany({ where: { issuedOn: { gte: dateValue(addDays(today, -80))! } } });
    expect(current.length).toBeGreaterThanOrEqual(3);
    for (const d of current) {
      expect(isoDate(d.issuedOn)! >= addDays(today, -78)).toBe(true);
      expect(isoDate(d.issuedOn)! <= addDays(today, -20)).toBe(true);
    }
  });
});

describe("demo data on every day of two years (no database)", () => {
  it("checks out and has open work both overdue and due within 7 days", () => {
    for (let day = "2026-01-01"; day < "2028-01-01"; day = addDays(day, 1)) {
      const { directives, tasksByKey } = prepareDemoData(day);
      let overdue = 0;
      let dueSoon = 0;
      for (const d of directives.filter((x) => x.key.startsWith("current:"))) {
        for (const k of tasksByKey.get(d.key)!) {
          for (const a of k.assignments) {
            if (a.state === "COMPLETED" || !k.dueOn) continue;
            if (k.dueOn < day) overdue += 1;
            else if (k.dueOn <= addDays(day, 7)) dueSoon += 1;
          }
        }
      }
      expect({ day, overdue: overdue > 0, dueSoon: dueSoon > 0 }).toEqual({ day, overdue: true, dueSoon: true });
    }
  });
});
