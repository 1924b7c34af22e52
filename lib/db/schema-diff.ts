// Prisma's own schema differ (its schema engine compiled to WebAssembly), driven through the
// pg driver adapter: the CLI's native engine cannot be downloaded on this network. Tooling and
// tests only — never imported by the app.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

const require = createRequire(import.meta.url);
let ready: Promise<void> | null = null;
let lastPanic: string | null = null;

// The engine's introspection selects columns of PostgreSQL's internal one-byte "char" type
// (pg_constraint.contype…), which the pg adapter refuses. Mark them while pg reads the row
// description, let the adapter read them as text, then tell the engine they are characters.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils

function readCharColumns() {
  const Result = require("pg/lib/result.js");
  if (Result.prototype.__charColumnsPatched) return;
  const addFields = Result.prototype.addFields;
  Result.prototype.addFields = function (fields: { dataTypeID: number; wasChar?: boolean }[]) {
    for (const field of fields) {
      if (field.dataTypeID === CHAR_OID) Object.assign(field, { dataTypeID: TEXT_OID, wasChar: true });
    }
    return addFields.call(this, fields);
  };
  Result.prototype.__charColumnsPatched = true;
}

type Queryable = {
  performIO(query: unknown): Promise<{ fields: { wasChar?: boolean }[] }>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
  __charColumns?: number[];
};

async function patchAdapterForCharColumns(factory: PrismaPg): Promise<void> {
  const adapter = await factory.connect();
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  await adapter.dispose();
  if (!proto || proto.__charColumnsPatched) return;
  const performIO = proto.performIO as Queryable["performIO"];
  const queryRaw = proto.queryRaw as Queryable["queryRaw"];
  proto.performIO = async function (this: Queryable, query: unknown) {
    const result = await performIO.call(this, query);
    this.__charColumns = result.fields.flatMap((field, i) => (field.wasChar ? [i] : []));
    return result;
  };
  proto.queryRaw = async function (this: Queryable, query: unknown) {
    const result = await queryRaw.call(this, query);
    for (const i of this.__charColumns ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    this.__charColumns = [];
    return result;
  };
  proto.__charColumnsPatched = true;
}

function loadEngine(): Promise<void> {
  ready ??= (async () => {
    readCharColumns();
    // The engine reports a Rust panic through this global before trapping.
    const registry = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message; if (process.env.DEBUG_DIFF) console.error("PANIC", message);
      },
    };
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineModule as unknown as WebAssembly.ModuleImports,
    });
    engineModule.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  })();
  return ready;
}

/**
 * The SQL that turns the database at `databaseUrl` (or an empty one, with `fromEmpty`) into what
 * schema.prisma describes; "" when they already agree. The database is read by Prisma's
 * introspection, so tables, columns, types, nullability, defaults, enums, indexes and foreign
 * keys all take part. The engine connects even for an empty diff, so a URL is always needed.
 */
export async function diffToSchema(
  databaseUrl: string,
  { fromEmpty = false, schemaPath = SCHEMA_PATH }: { fromEmpty?: boolean; schemaPath?: string } = {},
): Promise<string> {
  await loadEngine();
  const content = readFileSync(schemaPath, "utf8");
  const files = [{ path: "schema.prisma", content }];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const factory = new PrismaPg(pool);
  await patchAdapterForCharColumns(factory);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await engineModule.SchemaEngine.new({ datamodels: [["schema.prisma", content]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: fromEmpty ? { tag: "empty" } : { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = (result.stdout ?? "").trim();
    lastPanic = null;
    return sql === "-- This is an empty migration." ? "" : sql;
  } catch (error) {
    throw lastPanic ? new Error(`Prisma schema engine panicked: ${lastPanic}`) : error;
  } finally {
    engine.free();
    await pool.end();
  }
}
