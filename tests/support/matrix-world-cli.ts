// Builds the permission matrix's world in the database at DATABASE_URL (the browser tests' own)
// and prints, as one JSON line, who to sign in as and which things stand in each scope.
// Run by tests/e2e/permission-matrix.spec.ts: tsx --conditions=react-server tests/support/matrix-world-cli.ts
import { disconnect } from "@/lib/server/db";
import { accountAt, assignmentOf, buildMatrixWorld, draftOf, issuedOf, MATRIX_PASSWORD, SCOPES } from "./matrix-world";
import { ROLES } from "./permission-matrix";

const world = await buildMatrixWorld();
const things: Record<string, { org: number; issued: number; draft: number; assignment: number; account: number }> = {};
for (const scope of SCOPES) {
  const org = world.target[scope];
  things[scope] = { org, issued: await issuedOf(world, org), draft: await draftOf(world, org), assignment: await assignmentOf(world, org), account: await accountAt(org) };
}
const usernames = Object.fromEntries(ROLES.map((role) => [role, world.people[role].username]));
console.log(JSON.stringify({ usernames, password: MATRIX_PASSWORD, things }));
await disconnect();
