// Every server action fuzzed with inputs built from the edges of its own zod schema (through its
// JSON Schema: lengths one past the limit, numbers around the bounds, unknown enum values, wrong
// types, missing fields, control characters, huge arrays), mixed with real ids so the fuzz reaches
// the data layer. Whatever arrives: no unexpected failure (the "500" of an action), and a refusal
// writes no row.
import fc from "fast-check";
import { actingAs } from "../support/action-session";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { messages } from "@/lib/i18n/messages";
import { directiveInputSchema } from "@/lib/validation/directive";
import { idFormSchema, markReadFormSchema, pastedTextFormSchema, recallFormSchema } from "@/lib/validation/forms";
import {
  createOrganizationSchema,
  createUserSchema,
  dissolveOrganizationSchema,
  moveOrganizationSchema,
  renameOrganizationSchema,
  resetPasswordSchema,
  setUserActiveSchema,
  updateUserSchema,
} from "@/lib/validation/admin";
import { acceptReportsSchema, extensionDecisionSchema, extensionRequestSchema, reportSchema, reviewSchema } from "@/lib/validation/report";
import { remindSchema } from "@/lib/validation/directive-units";
import { changePasswordSchema } from "@/lib/validation/account";
import { ACTIONS, type MatrixRole } from "../support/permission-matrix";
import { actionFn, rowCounts } from "../support/actions";
import { accountAt, assignmentOf, buildMatrixWorld, unitUnder, draftOf, extensionOn, issuedOf, reportOn, type MatrixWorld } from "../support/matrix-world";
import { useTestDatabase } from "./helpers/database";


useTestDatabase();

interface Target {
  schema: z.ZodType;
  /** Who calls it: a role allowed to, so the input reaches validation and the data layer. */
  as: MatrixRole;
  /** "payload": the form sends the object as JSON in one field; "fields": one form field each. */
  encode: "payload" | "fields";
  /** Real ids to mix into the edges of these fields. */
  ids: () => Promise<Record<string, number[]>>;
}

/** The import form: its mode, and the file's text (sent as a .csv file). */
const importFormSchema = z.object({ mode: z.enum(["preview", "import"]), file: z.string().max(2_000_000) });

let world: MatrixWorld;
const own = () => world.target.own;

const TARGETS: Record<string, Target> = {
  saveDirectiveAction: { schema: directiveInputSchema, as: "OFFICE_STAFF", encode: "payload", ids: async () => ({ organizationId: [world.orgs.Xa, world.orgs.S], id: [await draftOf(world, own())] }) },
  issueDirectiveAction: { schema: idFormSchema, as: "OFFICE_STAFF", encode: "fields", ids: async () => ({ id: [await draftOf(world, own())] }) },
  recallDirectiveAction: { schema: recallFormSchema, as: "OFFICE_STAFF", encode: "fields", ids: async () => ({ id: [await issuedOf(world, own())] }) },
  submitReportAction: { schema: reportSchema, as: "UNIT_HEAD", encode: "fields", ids: async () => ({ assignmentId: [await assignmentOf(world, own())] }) },
  requestExtensionAction: { schema: extensionRequestSchema, as: "UNIT_HEAD", encode: "fields", ids: async () => ({ assignmentId: [await assignmentOf(world, own())] }) },
  reviewReportAction: { schema: reviewSchema, as: "OFFICE_STAFF", encode: "fields", ids: async () => ({ reportId: [await reportOn(world, own())] }) },
  acceptReportsAction: { schema: acceptReportsSchema, as: "OFFICE_STAFF", encode: "fields", ids: async () => ({ reportId: [await reportOn(world, own()), await reportOn(world, world.target.other)] }) },
  remindUnitsAction: { schema: remindSchema, as: "OFFICE_STAFF", encode: "fields", ids: async () => ({ directiveId: [await issuedOf(world, own()), await issuedOf(world, world.target.other)] }) },
  decideExtensionAction: { schema: extensionDecisionSchema, as: "OFFICE_STAFF", encode: "fields", ids: async () => ({ extensionId: [await extensionOn(world, own())] }) },
  draftFromTextAction: { schema: pastedTextFormSchema, as: "OFFICE_STAFF", encode: "fields", ids: async () => ({}) },
  createOrganizationAction: { schema: createOrganizationSchema, as: "ADMIN", encode: "fields", ids: async () => ({}) },
  renameOrganizationAction: { schema: renameOrganizationSchema, as: "ADMIN", encode: "fields", ids: async () => ({ id: [(await unitUnder(own())).id] }) },
  moveOrganizationAction: { schema: moveOrganizationSchema, as: "ADMIN", encode: "fields", ids: async () => ({ id: [(await unitUnder(own())).id] }) },
  dissolveOrganizationAction: { schema: dissolveOrganizationSchema, as: "ADMIN", encode: "fields", ids: async () => ({ id: [(await unitUnder(own())).id] }) },
  // The uploaded file's text is fuzzed too: it travels as a .csv file.
  importOrganizationsAction: { schema: importFormSchema, as: "ADMIN", encode: "fields", ids: async () => ({}) },
  createUserAction: { schema: createUserSchema, as: "ADMIN", encode: "fields", ids: async () => ({}) },
  updateUserAction: { schema: updateUserSchema, as: "ADMIN", encode: "fields", ids: async () => ({ id: [await accountAt(own())] }) },
  setUserActiveAction: { schema: setUserActiveSchema, as: "ADMIN", encode: "fields", ids: async () => ({ id: [await accountAt(own())] }) },
  resetPasswordAction: { schema: resetPasswordSchema, as: "ADMIN", encode: "fields", ids: async () => ({ id: [await accountAt(own())] }) },
  markNotificationsReadAction: { schema: markReadFormSchema, as: "UNIT_HEAD", encode: "fields", ids: async () => ({}) },
  changePasswordAction: { schema: changePasswordSchema, as: "UNIT_HEAD", encode: "fields", ids: async () => ({}) },
};

type JsonSchema = { type?: string | string[]; enum?: unknown[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; minimum?: number; maximum?: number; exclusiveMinimum?: number; maxLength?: number; maxItems?: number; anyOf?: JsonSchema[] };

const NASTY = ["", " ", "\u0000\u0007", "<script>alert(1)</script>", "'; DROP TABLE directive; --", "e\u0301\u0300\u0323", "\ud800", "31/02/2026", "javascript:alert(1)"];

/** The edge values of one JSON Schema node, as a fast-check arbitrary. */
function arbitrary(node: JsonSchema, name: string, ids: Record<string, number[]>): fc.Arbitrary<unknown> {
  if (node.anyOf) return fc.oneof(...node.anyOf.map((n) => arbitrary(n, name, ids)));
  const types = node.type === undefined ? ["string", "number", "null"] : Array.isArray(node.type) ? node.type : [node.type];
  const edges: unknown[] = [undefined, null, ...(ids[name] ?? [])];
  if (node.enum) edges.push(...node.enum, "KHONG_CO");
  if (types.includes("integer") || types.includes("number")) {
    const min = node.minimum ?? node.exclusiveMinimum ?? -2_147_483_648;
    const max = node.maximum ?? 2_147_483_647;
    edges.push(min - 1, min, max, max + 1, 0, -1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, "1e400", "NaN", " 7 ", "bảy");
  }
  if (types.includes("string")) {
    const max = Math.min(node.maxLength ?? 5_000, 300_000);
    edges.push("a", "x".repeat(max), "x".repeat(max + 1), ...NASTY);
  }
  if (types.includes("boolean")) edges.push(true, false, "on", "true", "0");
  const leaf = fc.constantFrom(...edges);
  if (types.includes("object") && node.properties) {
    const record = fc.record(Object.fromEntries(Object.entries(node.properties).map(([k, n]) => [k, arbitrary(n, k, ids)])), { requiredKeys: [] });
    return fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: leaf });
  }
  if (types.includes("array")) {
    const item = node.items ? arbitrary(node.items, name, ids) : leaf;
    const tooMany = (node.maxItems ?? 200) + 1;
    return fc.oneof(fc.array(item, { maxLength: 3 }), fc.constant(Array.from({ length: tooMany }, () => "x")), leaf);
  }
  return leaf;
}

/** Puts a generated value into a form the way a browser (or an attacker's script) could send it. */
function encode(value: unknown, how: Target["encode"]): FormData {
  const form = new FormData();
  if (how === "payload") {
    form.set("payload", value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value));
    return form;
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (k === "file" && typeof v === "string") {
        form.set("file", new File([`ma,ten,loai,ma_cap_tren\n${v}`], "to-chuc.csv", { type: "text/csv" }));
        continue;
      }
      for (const item of Array.isArray(v) ? v : [v]) form.append(k, typeof item === "object" && item !== null ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}

beforeAll(async () => {
  world = await buildMatrixWorld();
});

describe("fuzzing the server actions from the edges of their schemas", () => {
  it("covers every action of the permission matrix", () => {
    expect(Object.keys(TARGETS).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const [name, target] of Object.entries(TARGETS)) {
    it(`${name}: no unexpected failure, and a refusal writes nothing`, async () => {
      const ids = await target.ids();
      const shape = z.toJSONSchema(target.schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
      const action = await actionFn(name);
      await fc.assert(
        fc.asyncProperty(arbitrary(shape, "", ids), async (value) => {
          const before = await rowCounts();
          actingAs.user = world.people[target.as];
          let result: { ok: boolean; message?: string };
          try {
            result = await action(null, encode(value, target.encode));
          } catch (error) {
            // A save that succeeded goes on to its page; anything else thrown is a failure.
            if (!String((error as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) throw error;
            result = { ok: true };
          } finally {
            actingAs.user = null;
          }
          expect(result.message).not.toBe(messages.validation.unexpected);
          if (!result.ok) expect(await rowCounts()).toEqual(before);
        }),
        { numRuns: 40, seed: 20261122 },
      );
    }, 120_000);
  }
});
