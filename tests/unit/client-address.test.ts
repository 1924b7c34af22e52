// The address the sign-in throttle counts: read from the right of X-Forwarded-For, past the hops
// the operator trusts (TRUST_PROXY), so whatever a client writes there itself is ignored.
import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxies } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("takes the address the app's own server saw when no proxy is trusted", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, 0)).toBe("203.0.113.9");
    // A client that writes its own header gains nothing: the server appended the real one.
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 5.6.7.8, 203.0.113.9" }, 0)).toBe("203.0.113.9");
  });

  it("steps over the trusted reverse proxies", () => {
    // client claims 1.2.3.4; nginx saw 198.51.100.7 and appended it; the app saw nginx (10.0.0.2).
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" }, 1)).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": ["198.51.100.7", "10.0.0.2"] }, 1)).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": "10.0.0.2" }, 3)).toBe("10.0.0.2");
  });

  it("never trusts x-real-ip, and says unknown when there is nothing", () => {
    expect(clientAddress({ "x-real-ip": "1.2.3.4" }, 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("reads TRUST_PROXY as a small count, anything else as none", () => {
    expect(trustedProxies("1")).toBe(1);
    expect(trustedProxies(undefined)).toBe(0);
    expect(trustedProxies("yes")).toBe(0);
    expect(trustedProxies("-1")).toBe(0);
  });
});
