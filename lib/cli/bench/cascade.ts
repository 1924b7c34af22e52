// `npm run bench:cascade [-- --json] [-- --units N]`: issues a directive of 5 tasks to 20,000 units
// (100,000 assignments) through the same data-layer function the server action calls, then, on
// the same database in the same run, times a raw COPY of exactly the same rows and a per-row ORM
// insert of a sample, and prints the ratios. Uses the PostgreSQL server at DATABASE_URL (a fresh
// database, dropped afterwards) or, without it, the embedded one.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { migrate } from "../../db/migrate";
import { createScratchDatabase } from "../../db/scratch";
import { fixedClock } from "../../domain/clock";
import { overrideServerConfig } from "../../server/config";
import { disconnect, db, pool } from "../../server/db";
import { saveDirective } from "../../server/directive-editor";
import { issueDirective } from "../../server/directive-issue";
import { rebuildClosure } from "../../server/organization-tree";
import { findActiveAccount } from "../../server/users";
import { sessionUserFrom } from "../../server/session-user";

const json = process.argv.includes("--json");
const unitsArg = process.argv.indexOf("--units");
const UNITS = unitsArg > 0 ? Number(process.argv[unitsArg + 1]) : 20_000;
const TASKS = 5;
const ORM_SAMPLE = 1_000;
const log = (...a: unknown[]) => (json ? undefined : console.log(...a));
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

const scratch = await createScratchDatabase({ prefix: "bench" });
try {
  await migrate(scratch.url);
  overrideServerConfig({ DATABASE_URL: scratch.url, clock: fixedClock("2026-11-22") });
  const sql = pool();

  // A ministry with 100 departments of 199 offices each: 20,000 units, 2 levels below it.
  const departments = 100;
  const perDepartment = Math.max(1, Math.round(UNITS / departments) - 1);
  await db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`INSERT INTO organization (code, name, abbreviation, kind, symbol_family, depth, search_text, updated_at)
      VALUES ('M', 'Bộ thử nghiệm', 'BTN', 'MINISTRY', 'STATE', 0, 'bo thu nghiem', now()),
             ('I', 'Ban Cán sự đảng Bộ thử nghiệm', 'BCSĐ', 'COMMITTEE', 'PARTY', 0, 'ban can su dang', now())`);
    await tx.$executeRawUnsafe(`UPDATE organization SET scope_root_id = (SELECT id FROM organization WHERE code = 'M') WHERE code = 'I'`);
    await tx.$executeRawUnsafe(`INSERT INTO organization (code, name, kind, parent_id, search_text, updated_at)
      SELECT 'C' || g, 'Cục ' || g, 'UNIT', (SELECT id FROM organization WHERE code = 'M'), 'cuc ' || g, now() FROM generate_series(1, ${departments}) g`);
    await tx.$executeRawUnsafe(`INSERT INTO organization (code, name, kind, parent_id, search_text, updated_at)
      SELECT 'P' || c.code || '-' || g, 'Phòng ' || g || ' ' || c.name, 'UNIT', c.id, 'phong ' || g, now()
      FROM organization c CROSS JOIN generate_series(1, ${perDepartment}) g WHERE c.code LIKE 'C%'`);
    await rebuildClosure(tx);
    await tx.$executeRawUnsafe(`INSERT INTO user_account (username, name, password_hash, role, organization_id, updated_at)
      SELECT 'bench', 'Văn phòng', 'x', 'OFFICE_STAFF', id, now() FROM organization WHERE code = 'I'`);
  }, { timeout: 300_000 });
  await sql.query("ANALYZE");
  const units = (await sql.query(`SELECT count(*)::int AS n FROM organization WHERE kind = 'UNIT'`)).rows[0].n as number;
  const ministry = (await sql.query(`SELECT id FROM organization WHERE code = 'M'`)).rows[0].id as number;
  const account = await findActiveAccount((await sql.query(`SELECT id FROM user_account WHERE username = 'bench'`)).rows[0].id);
  const user = sessionUserFrom(account!);
  log(`${units} đơn vị đã tạo.`);

  const saved = await saveDirective(user, {
    type: "KE_HOACH",
    number: "1",
    issuedOn: "01/11/2026",
    title: "Kế hoạch thử nghiệm hiệu năng",
    tasks: Array.from({ length: TASKS }, (_, i) => ({
      title: `Nhiệm vụ ${i + 1}`,
      deadlineText: "Quý IV/2026",
      assignees: [{ role: "LEAD" as const, selector: "KIND_BELOW" as const, organizationId: ministry, organizationKind: "UNIT" as const }],
    })),
  });
  if (!saved.ok) throw new Error(`could not save the directive: ${JSON.stringify(saved)}`);

  // Between runs the table is emptied the way the app would (DELETE: its statistics triggers keep
  // the dashboard counts right; TRUNCATE … CASCADE would also empty the directives that point at
  // assignments) and vacuumed, so each method starts from the same empty table.
  async function emptyAssignments() {
    await sql.query("DELETE FROM assignment");
    await sql.query("VACUUM ANALYZE assignment");
  }

  // 1. The cascade, exactly as the "Ban hành" action runs it.
  let t = process.hrtime.bigint();
  const issued = await issueDirective(user, saved.value.id);
  const cascadeMs = ms(t);
  if (!issued.ok) throw new Error(issued.message);
  const assignments = issued.value.added;

  // 2. A raw COPY of the very same rows into the same, emptied table. The embedded database's
  // socket server does not speak COPY's sub-protocol, so there the baseline needs a real server.
  const rows = (await sql.query(`SELECT task_id, directive_id, unit_id, role, state, due_on::text AS due_on FROM assignment ORDER BY id`)).rows;
  await emptyAssignments();
  const embedded = !process.env.DATABASE_URL;
  let copyMs: number | null = null;
  if (embedded) log("COPY: cơ sở dữ liệu nhúng (PGlite qua socket) không hỗ trợ COPY FROM STDIN — hãy chạy với DATABASE_URL để đo tỷ lệ.");
  else {
    const client = await sql.connect();
    t = process.hrtime.bigint();
    try {
      const lines = rows.map((r) => `${r.task_id}\t${r.directive_id}\t${r.unit_id}\t${r.role}\t${r.state}\t${r.due_on}\t0\tnow\tnow\n`);
      await pipeline(
        Readable.from(lines),
        client.query(copyFrom(`COPY assignment (task_id, directive_id, unit_id, role, state, due_on, progress_percent, created_at, updated_at) FROM STDIN`)),
      );
    } finally {
      client.release();
    }
    copyMs = ms(t);
  }

  // 3. The ORM, one row at a time, on a sample.
  await emptyAssignments();
  const sample = rows.slice(0, ORM_SAMPLE);
  t = process.hrtime.bigint();
  for (const r of sample) {
    await db().assignment.create({
      data: { taskId: r.task_id, directiveId: r.directive_id, unitId: r.unit_id, role: r.role, state: r.state, dueOn: new Date(`${r.due_on}T00:00:00Z`) },
    });
  }
  const ormPerRowMsPer1000 = (ms(t) / sample.length) * 1000;

  const ratioToCopy = copyMs === null ? null : cascadeMs / copyMs;
  const figures = {
    assignments,
    cascadeMs: Math.round(cascadeMs),
    copyMs: copyMs === null ? null : Math.round(copyMs),
    ormPerRowMsPer1000: Math.round(ormPerRowMsPer1000),
    ratioToCopy: ratioToCopy === null ? null : Number(ratioToCopy.toFixed(2)),
  };
  log(`Cơ sở dữ liệu: ${process.env.DATABASE_URL ? "máy chủ PostgreSQL" : "PGlite nhúng"}`);
  log(`Cascade (ban hành):      ${figures.assignments} nhiệm vụ trong ${figures.cascadeMs} ms — ${Math.round(assignments / (cascadeMs / 1000))} dòng/s`);
  if (copyMs !== null) log(`COPY cùng các dòng:      ${figures.copyMs} ms — ${Math.round(rows.length / (copyMs / 1000))} dòng/s`);
  log(`ORM từng dòng (mẫu ${ORM_SAMPLE}): ${figures.ormPerRowMsPer1000} ms / 1000 dòng — ước tính ${Math.round((ormPerRowMsPer1000 * assignments) / 1000 / 1000)} s cho ${assignments} dòng`);
  if (ratioToCopy !== null) log(`Tỷ lệ cascade / COPY:    ${figures.ratioToCopy} (mục tiêu ≤ 1,5) ${ratioToCopy <= 1.5 ? "ĐẠT" : "CHƯA ĐẠT"}`);
  if (json) console.log(JSON.stringify(figures));
} finally {
  await disconnect();
  if (process.env.BENCH_KEEP) console.error(`kept ${scratch.url}`);
  else await scratch.drop();
}

process.exit(0);
