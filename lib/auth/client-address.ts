// The address a sign-in attempt came from, for the per-address throttle. Only what a trusted hop
// wrote counts: the app's own server (lib/cli/client-address.mjs) appends the socket's address to
// X-Forwarded-For, and each of the TRUST_PROXY reverse proxies in front appends the address it saw.
// Reading from the right past those hops gives the client; anything further left was written by
// the client and is ignored.

/** TRUST_PROXY: how many reverse proxies stand in front of the app (0, the default, for none). */
export function trustedProxies(value = process.env.TRUST_PROXY): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
  proxies = trustedProxies(),
): string {
  const raw = headers?.["x-forwarded-for"];
  const hops = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (!hops.length) return "unknown";
  return hops[Math.max(0, hops.length - 1 - proxies)].slice(0, 64);
}
