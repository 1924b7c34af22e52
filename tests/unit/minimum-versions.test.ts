// The CI's registry-free safety check: installed production packages held to known-fixed minimums.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareVersions, MINIMUM_VERSIONS, versionsBelowMinimum } from "@/lib/cli/minimum-versions.mjs";

function fakeInstall(versions: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "minimum-versions-"));
  for (const [name, version] of Object.entries(versions)) {
    mkdirSync(path.join(root, "node_modules", name), { recursive: true });
    writeFileSync(path.join(root, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
  }
  return root;
}

describe("minimum safe versions", () => {
  it("orders versions by number, not by text, and a pre-release before its release", () => {
    expect(compareVersions("16.4.6", "16.4.6")).toBe(0);
    expect(compareVersions("16.10.0", "16.4.6")).toBe(1);
    expect(compareVersions("16.4.5", "16.4.6")).toBe(-1);
    expect(compareVersions("4.24.9", "4.24.15")).toBe(-1);
    expect(compareVersions("19.3.1-canary.1", "19.3.1")).toBe(-1);
    expect(compareVersions("5.0.0-beta.32", "4.24.15")).toBe(1);
  });

  it("passes this project's own installation", () => {
    expect(versionsBelowMinimum(path.resolve(import.meta.dirname, "../.."))).toEqual([]);
  });

  it("names an older or missing package", () => {
    const root = fakeInstall({ next: "16.4.5", react: "19.3.1", "react-dom": "19.4.0" });
    expect(versionsBelowMinimum(root, MINIMUM_VERSIONS)).toEqual([
      "next 16.4.5 is below 16.4.6",
      "next-auth: not installed (needs ≥ 4.24.15)",
    ]);
  });
});
