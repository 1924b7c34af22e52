// `npm run seed:scale [-- --force] [-- --organizations N --directives N --assignments N --seed N]`
//
// Makes a national-size dataset for benchmarks in its own database on the PostgreSQL server named
// by DATABASE_URL (required; the embedded database is too small for this), called SCALE_DATABASE
// (default chidao_scale). It refuses a server that is not this machine, and refuses to touch an
// existing database unless --force is given (then drops and recreates it). It migrates, loads the
// demo data as of today (APP_TODAY, or today in Vietnam) so the demo accounts work, then adds in bulk:
// ~50,000 organisations on 5 levels under Trung ương Đảng (the 63 tỉnh/thành ủy, ~12 huyện/quận/thị
// ủy each, ~20 đảng ủy xã/phường each, 2–3 chi bộ each); ~2,000 directives over this year and the two
// before (~100 from the centre to every province, ~15 per province, the rest from districts),
// provincial and district plans implementing the level above (parent + source assignment: a
// three-level cascade); ~1,000,000 assignments expanded from task_assignee rules as the cascade
// does, with statuses as of today shaped by a per-unit diligence (of work due before today about
// 60 % on time, 15 % late, 25 % still open; of work due later ~20 % done early); the reports that
// story implies (every completion accepted, progress reports, quarterly reports of ongoing work,
// some returned); and the benchmark accounts lanhdao.tw, lanhdao.tinh01, vanphong.tinh01 and
// truong.xa0001 with the demo password. The same command makes the same data (seeded, hash-based
// randomness). About 1½ minutes on a 2-core machine (84 s measured; the database is ~515 MB).
//
// Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run seed:scale -- --force
import { parseArgs } from "node:util";
import pg from "pg";
import { migrate } from "../db/migrate";
import { assertLocalDatabase, databaseUrlProblem } from "../db/url";
import { clockFromEnv, todayIn } from "../domain/clock";
import { connect } from "../server/db";
import { formatSummary, generateScaleData } from "./scale/generate";

const USAGE = `Cách dùng: DATABASE_URL=postgresql://… npm run seed:scale -- [--force] [--organizations 50000] [--directives 2000] [--assignments 1000000] [--seed 2026]
  --force          xóa và tạo lại cơ sở dữ liệu SCALE_DATABASE (mặc định chidao_scale) nếu đã có
  --organizations  số tổ chức thêm dưới Trung ương Đảng (mặc định 50000)
  --directives     số văn bản (mặc định max(100, số lượt giao / 500))
  --assignments    số lượt giao nhiệm vụ cần đạt (mặc định 1000000)
  --seed           hạt giống sinh dữ liệu (mặc định 2026; cùng hạt giống cho cùng dữ liệu)`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      force: { type: "boolean", default: false },
      organizations: { type: "string" },
      directives: { type: "string" },
      assignments: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} phải là số nguyên dương, nhận được "${value}".\n${USAGE}`);
  return n;
};
const organizations = count(args.organizations, "organizations");
const directives = count(args.directives, "directives");
const assignments = count(args.assignments, "assignments");
const seed = count(args.seed, "seed");

const serverUrl = process.env.DATABASE_URL?.trim();
if (!serverUrl) {
  fail("Cần đặt DATABASE_URL trỏ tới máy chủ PostgreSQL (ví dụ postgresql://postgres@127.0.0.1:5432/postgres), vì cơ sở dữ liệu nhúng quá nhỏ cho bộ dữ liệu quy mô quốc gia.", 2);
}
if (databaseUrlProblem(serverUrl)) fail("DATABASE_URL không phải là địa chỉ PostgreSQL hợp lệ (postgresql://người_dùng@máy:cổng/cơ_sở_dữ_liệu).", 2);
try {
  assertLocalDatabase(serverUrl);
} catch {
  fail(`Chỉ tạo cơ sở dữ liệu thử nghiệm trên máy này; máy chủ ${new URL(serverUrl).hostname} không phải máy cục bộ.`);
}
const database = process.env.SCALE_DATABASE?.trim() || "chidao_scale";
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) fail(`SCALE_DATABASE "${database}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới.`);

let today: string;
try {
  today = todayIn(clockFromEnv(process.env.APP_TODAY));
} catch {
  fail("APP_TODAY không hợp lệ: dùng dạng YYYY-MM-DD.");
}

const started = Date.now();
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
try {
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount;
  if (exists && !args.force) {
    fail(`Cơ sở dữ liệu ${database} đã có; chạy lại với --force để xóa và tạo lại.`);
  }
  if (exists) {
    console.log(`Xóa cơ sở dữ liệu ${database} cũ…`);
    await admin.query(`DROP DATABASE "${database}" WITH (FORCE)`);
  }
  console.log(`Tạo cơ sở dữ liệu ${database}…`);
  await admin.query(`CREATE DATABASE "${database}"`);
} finally {
  await admin.end();
}

const parsed = new URL(serverUrl);
parsed.pathname = `/${database}`;
const url = parsed.toString();
console.log("Áp dụng các migration…");
await migrate(url);

const { prisma, pool } = connect(url, 4);
try {
  const summary = await generateScaleData(
    { prisma, pool },
    { today, organizations, directives, assignments, seed, log: (line) => console.log(line) },
  );
  summary.seconds = (Date.now() - started) / 1000;
  for (const line of formatSummary(summary)) console.log(line);
  const size = await pool.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
  console.log(`  Dung lượng cơ sở dữ liệu ${database}: ${size.rows[0].size}`);
} finally {
  await prisma.$disconnect();
  await pool.end().catch(() => {});
}
process.exit(0);
