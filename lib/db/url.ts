// Reading and checking PostgreSQL connection strings.

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function isLocalDatabase(url: string): boolean {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get("host") || "localhost";
    return LOCAL_HOSTS.has(host) || host.startsWith("/");
  } catch {
    return false;
  }
}

/** Tests and tooling create and drop databases: they refuse any server but this machine's. */
export function assertLocalDatabase(url: string): void {
  if (!isLocalDatabase(url)) {
    throw new Error(`Refusing to create or drop databases on a non-local server: ${new URL(url).hostname}`);
  }
}

/** null when the string is a usable postgres:// URL, otherwise why not. */
export function databaseUrlProblem(url: string): "NOT_A_URL" | "NOT_POSTGRES" | "NO_HOST" | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "NOT_A_URL";
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") return "NOT_POSTGRES";
  if (!parsed.hostname && !parsed.searchParams.get("host")) return "NO_HOST";
  return null;
}
