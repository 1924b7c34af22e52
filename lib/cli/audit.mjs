// `npm audit --omit=dev`, failing on a high or critical advisory. npm asks the registry's bulk
// advisory endpoint (/-/npm/v1/security/advisories/bulk) and falls back to the older "quick audit"
// one; a registry that serves neither (this machine's mirror answers 405 to both) is reported
// loudly as NOT checked, never mistaken for a pass. AUDIT_REQUIRED=1 turns that into a failure.
// Before asking, the installed versions of the packages with known fixes are held to their
// minimums (minimum-versions.mjs): that part needs no registry and always runs.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { MINIMUM_VERSIONS, versionsBelowMinimum } from "./minimum-versions.mjs";

const required = process.env.AUDIT_REQUIRED === "1";

// First what needs no registry: the installed versions against the known-fixed minimums.
const below = versionsBelowMinimum(path.resolve(import.meta.dirname, "../.."));
if (below.length > 0) {
  console.log("Production packages below their minimum safe version:");
  for (const line of below) console.log(`  ${line}`);
  process.exit(1);
}
console.log(`Minimum safe versions: ${Object.entries(MINIMUM_VERSIONS).map(([n, v]) => `${n} ≥ ${v}`).join(", ")} — met.`);
const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });

function notChecked(why) {
  console.log("");
  console.log("!!! npm audit: advisories were NOT checked !!!");
  console.log(`!!! ${why}`);
  console.log("!!! Run `npm audit --omit=dev` on a machine whose registry serves advisories before a release.");
  console.log("");
  process.exit(required ? 1 : 0);
}

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  notChecked("no readable answer from the registry.");
}
if (report.statusCode || !report.metadata) {
  notChecked(`the registry does not serve advisories (HTTP ${report.statusCode ?? "?"}: ${report.message ?? report.error?.summary ?? "no metadata"}).`);
}
const { high = 0, critical = 0, moderate = 0, low = 0 } = report.metadata.vulnerabilities ?? {};
console.log(`npm audit --omit=dev: ${critical} critical, ${high} high, ${moderate} moderate, ${low} low.`);
process.exit(high + critical > 0 ? 1 : 0);
