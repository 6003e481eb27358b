import { describe, expect, it } from "vitest";
import { prefillCookieValue, PREFILL_MAX_AGE_SECONDS, readPrefillCookie } from "./prefill";

const secret = "s".repeat(32);
const now = new Date("2026-12-03T10:00:00Z");

describe("prefill cookie", () => {
  it("names the booking until it expires", () => {
    const value = prefillCookieValue(secret, "b-1", now);
    expect(readPrefillCookie(secret, value, now)).toBe("b-1");
    expect(readPrefillCookie(secret, value, new Date(now.getTime() + (PREFILL_MAX_AGE_SECONDS - 1) * 1000))).toBe("b-1");
    expect(readPrefillCookie(secret, value, new Date(now.getTime() + PREFILL_MAX_AGE_SECONDS * 1000))).toBeNull();
  });

  it("names nothing when altered, signed with another secret, or malformed", () => {
    const value = prefillCookieValue(secret, "b-1", now);
    const [, expires, signature] = value.split(".");
    expect(readPrefillCookie(secret, `b-2.${expires}.${signature}`, now)).toBeNull();
    expect(readPrefillCookie(secret, `b-1.${Number(expires) + 3600}.${signature}`, now)).toBeNull();
    expect(readPrefillCookie("t".repeat(32), value, now)).toBeNull();
    for (const junk of [undefined, "", "b-1", "b-1..x", `${"x".repeat(65)}.1.${signature}`]) expect(readPrefillCookie(secret, junk, now)).toBeNull();
  });
});
