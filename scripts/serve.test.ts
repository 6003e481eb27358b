import { describe, expect, it } from "vitest";
import { loggablePath, parseTrustedProxies, resolveClientAddress } from "./serve.mjs";

describe("resolveClientAddress", () => {
  it("takes the connection's peer when no proxy is trusted, whatever the client claims", () => {
    expect(resolveClientAddress(undefined, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("198.51.100.1, 198.51.100.2", "203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("takes the entry the last trusted proxy appended, ignoring what the client put to its left", () => {
    expect(resolveClientAddress("192.0.2.1, 203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(resolveClientAddress("192.0.2.1, 203.0.113.7, 10.0.0.1", "10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("falls back to the leftmost hop when proxies sent fewer entries than declared", () => {
    expect(resolveClientAddress(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("203.0.113.7", "10.0.0.2", 3)).toBe("203.0.113.7");
  });

  it("drops the port some proxies append, so each connection is not a new visitor", () => {
    expect(resolveClientAddress("203.0.113.7:51234", "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(resolveClientAddress("[2001:db8::1]:443", "10.0.0.2", 1)).toBe("2001:db8::1");
    expect(resolveClientAddress("2001:db8::1", "10.0.0.2", 1)).toBe("2001:db8::1");
    expect(resolveClientAddress("not-an-address", "10.0.0.2", 1)).toBe("10.0.0.2");
  });

  it("accepts 0 to 5 proxies and nothing else", () => {
    expect(parseTrustedProxies(undefined)).toBe(0);
    expect(parseTrustedProxies(" 2 ")).toBe(2);
    for (const bad of ["-1", "6", "one", "1.5"]) expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("loggablePath", () => {
  it("drops the query and every segment that could be a token, keeping the route readable", () => {
    expect(loggablePath("/bookings/manage/cEiEByDAq2B6DG8J5DWWHrRuJDkSljdBT1k3ExG7Vc0?done=cancelled")).toBe("/bookings/manage/:secret");
    expect(loggablePath("/calendar/af93b1c07d2e4f5a6b7c8d9e0f1a2b3c")).toBe("/calendar/:secret");
    expect(loggablePath("/signin/verify?email=ada%40example.org&token=abc")).toBe("/signin/verify");
    expect(loggablePath("/mentors/maria-jose-fernandez-lopez/times/America/Argentina/Buenos_Aires")).toBe(
      "/mentors/maria-jose-fernandez-lopez/times/America/Argentina/Buenos_Aires",
    );
  });
});
