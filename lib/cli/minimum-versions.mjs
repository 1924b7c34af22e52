// The lowest versions of the production packages that carry fixes we rely on (the team's guide:
// next ≥ 16.4.6, react and react-dom ≥ 19.3.1 for the November 2026 RSC fix, next-auth ≥ 4.24.15).
// Checked on every CI run from what is installed, whether or not the registry serves advisories,
// so a lock-file change can never bring an older, known-vulnerable version back.
import { readFileSync } from "node:fs";
import path from "node:path";

export const MINIMUM_VERSIONS = { next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1", "next-auth": "4.24.15" };

/** -1, 0 or 1 comparing two "x.y.z[-pre]" versions; a pre-release sorts before its release. */
export function compareVersions(a, b) {
  const parse = (v) => {
    const [core, pre] = String(v).split("-", 2);
    return { parts: core.split(".").map((n) => Number(n) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i += 1) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (!x.pre) return 1;
  if (!y.pre) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** The packages installed below their minimum (or missing), as readable lines; empty when all are fine. */
export function versionsBelowMinimum(root, minimums = MINIMUM_VERSIONS) {
  const problems = [];
  for (const [name, minimum] of Object.entries(minimums)) {
    let installed;
    try {
      installed = JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      problems.push(`${name}: not installed (needs ≥ ${minimum})`);
      continue;
    }
    if (compareVersions(installed, minimum) < 0) problems.push(`${name} ${installed} is below ${minimum}`);
  }
  return problems;
}
