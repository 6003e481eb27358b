import { describe, expect, it } from "vitest";
import { BOOKING_LIMITS, allowedResult, mailboxOf, networkOf, planConsumption, rateLimitKey } from "./rate-limit";

const rule = { points: 3, windowMs: 60_000 };
const now = new Date("2030-03-29T18:15:00.000Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("planConsumption", () => {
  it("creates a counter whose window starts now", () => {
    expect(planConsumption(null, rule, now)).toEqual({ action: "create", expire: at(60_000) });
  });

  it("increments while the window is open and points are left", () => {
    expect(planConsumption({ points: 1, expire: at(1) }, rule, now)).toEqual({ action: "increment" });
    expect(planConsumption({ points: 2, expire: at(59_000) }, rule, now)).toEqual({ action: "increment" });
  });

  it("denies once the window's points are used, until the window ends", () => {
    expect(planConsumption({ points: 3, expire: at(45_000) }, rule, now)).toEqual({
      action: "deny",
      result: { allowed: false, remaining: 0, retryAfterMs: 45_000 },
    });
    expect(planConsumption({ points: 7, expire: at(1) }, rule, now)).toMatchObject({ action: "deny" });
  });

  it("restarts the window when it has ended, exactly at its end too, or never had one", () => {
    for (const expire of [at(0), at(-1), at(-86_400_000), null]) {
      expect(planConsumption({ points: 3, expire }, rule, now)).toEqual({ action: "restart", expire: at(60_000) });
    }
  });

  it("refuses rules that make no sense", () => {
    for (const bad of [
      { points: 0, windowMs: 1 },
      { points: 1.5, windowMs: 1 },
      { points: 1, windowMs: 0 },
      { points: 1, windowMs: NaN },
    ]) {
      expect(() => planConsumption(null, bad, now)).toThrow(RangeError);
    }
  });
});

describe("allowedResult", () => {
  it("reports the points left, and how long to wait once none are", () => {
    expect(allowedResult({ points: 1, expire: at(60_000) }, rule, now)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    expect(allowedResult({ points: 3, expire: at(20_000) }, rule, now)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 20_000 });
  });
});

describe("booking limits", () => {
  it("allow 10 bookings an hour from one network and 5 a day to one inbox", () => {
    expect(BOOKING_LIMITS.perIp).toMatchObject({ points: 10, windowMs: 3_600_000 });
    expect(BOOKING_LIMITS.perEmail).toMatchObject({ points: 5, windowMs: 86_400_000 });
    expect(BOOKING_LIMITS.perIp.scope).not.toBe(BOOKING_LIMITS.perEmail.scope);
  });
});

describe("rateLimitKey", () => {
  const secret = "unit-test-secret-0123456789";

  it("is stable and keeps the identifier out of the database", () => {
    const key = rateLimitKey("booking:ip", "203.0.113.7", secret);
    expect(key).toBe(rateLimitKey("booking:ip", "203.0.113.7", secret));
    expect(key).toMatch(/^booking:ip:[A-Za-z0-9_-]{32}$/);
    expect(key).not.toContain("203.0.113");
  });

  it("differs by identifier, scope and secret", () => {
    const key = rateLimitKey("booking:ip", "203.0.113.7", secret);
    expect(rateLimitKey("booking:ip", "203.0.113.8", secret)).not.toBe(key);
    expect(rateLimitKey("booking:email", "203.0.113.7", secret).split(":")[2]).toBe(key.split(":")[2]);
    expect(rateLimitKey("booking:ip", "203.0.113.7", "another-secret-0123456789")).not.toBe(key);
  });
});

describe("networkOf", () => {
  it("keeps IPv4 addresses, including IPv4-mapped IPv6 ones", () => {
    expect(networkOf("203.0.113.7")).toBe("203.0.113.7");
    expect(networkOf(" ::FFFF:203.0.113.7 ")).toBe("203.0.113.7");
  });

  it("reduces IPv6 addresses to their /64, however they are written", () => {
    const network = "2001:db8:0:1::/64";
    for (const ip of ["2001:db8:0:1:aaaa:bbbb:cccc:dddd", "2001:0DB8:0000:0001::1", "2001:db8:0:1::", "2001:db8::1:0:0:0:1", "fe80::1%eth0"]) {
      expect(networkOf(ip)).toBe(ip.startsWith("fe80") ? "fe80:0:0:0::/64" : network);
    }
    expect(networkOf("2001:db8:0:2::1")).not.toBe(network);
    expect(networkOf("::")).toBe("0:0:0:0::/64");
    expect(networkOf("64:ff9b::1.2.3.4")).toBe("64:ff9b:0:0::/64");
  });

  it("passes anything else through, so a proxy's odd header still gets a bucket", () => {
    expect(networkOf("unknown")).toBe("unknown");
  });
});

describe("mailboxOf", () => {
  it("ignores case, surrounding space and +tags", () => {
    expect(mailboxOf(" Ana.Souza+candle@Example.ORG ")).toBe("ana.souza@example.org");
    expect(mailboxOf("ana+a+b@example.org")).toBe("ana@example.org");
    expect(mailboxOf("+only@example.org")).toBe("+only@example.org");
    expect(mailboxOf("not-an-email")).toBe("not-an-email");
  });
});
