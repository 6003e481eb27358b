import { describe, expect, it } from "vitest";
import { hashSecret } from "../security/secrets";
import { bookingLinkHashes, bookingLinkToken, bookingUrls, isOutcomeKey, isWellFormedToken, outcomeUrl } from "./links";

describe("booking links", () => {
  const secret = "a-test-secret-of-some-length";

  it("give each booking and purpose its own stable 256-bit token", () => {
    const confirm = bookingLinkToken(secret, "confirm", "b1");
    expect(bookingLinkToken(secret, "confirm", "b1")).toBe(confirm);
    expect(bookingLinkToken(secret, "manage", "b1")).not.toBe(confirm);
    expect(bookingLinkToken(secret, "confirm", "b2")).not.toBe(confirm);
    expect(bookingLinkToken("another-secret-value", "confirm", "b1")).not.toBe(confirm);
    expect(Buffer.from(confirm, "base64url")).toHaveLength(32);
    expect(isWellFormedToken(confirm)).toBe(true);
  });

  it("store only hashes of the tokens the URLs carry", () => {
    const hashes = bookingLinkHashes(secret, "b1");
    const urls = bookingUrls("https://candle.example", secret, "b1", "en");
    const confirmToken = urls.confirmUrl.split("/").at(-1)!;
    const manageToken = urls.manageUrl.split("/").at(-1)!;
    expect(urls.confirmUrl).toBe(`https://candle.example/bookings/confirm/${confirmToken}`);
    expect(hashes).toEqual({ confirmTokenHash: hashSecret(confirmToken), manageTokenHash: hashSecret(manageToken) });
    expect(Object.values(hashes)).not.toContain(confirmToken);
  });

  it("open the founder's pages in the language they booked in, English unprefixed, with the same tokens", () => {
    const english = bookingUrls("https://candle.example", secret, "b1", "en");
    const spanish = bookingUrls("https://candle.example", secret, "b1", "es");
    expect(spanish.manageUrl).toBe(english.manageUrl.replace("candle.example/bookings/", "candle.example/es/bookings/"));
    expect(bookingUrls("https://candle.example", secret, "b1", "ja").confirmUrl).toMatch(/^https:\/\/candle\.example\/ja\/bookings\/confirm\//);
    expect(outcomeUrl("https://candle.example", secret, "b1", "held", "es")).toMatch(/^https:\/\/candle\.example\/es\/sessions\/b1\/outcome\//);
  });

  it("rejects malformed tokens before any look-up", () => {
    expect(isWellFormedToken("")).toBe(false);
    expect(isWellFormedToken("x".repeat(42))).toBe(false);
    expect(isWellFormedToken(`${"x".repeat(42)}/`)).toBe(false);
  });

  it("give the volunteer an outcome link that only opens its own booking, and differs from the founder's links", () => {
    const url = new URL(outcomeUrl("https://candle.example", secret, "b1", "no_show", "en"));
    const [, , id, , key] = url.pathname.split("/");
    expect(url.pathname).toMatch(/^\/sessions\/b1\/outcome\/[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get("mark")).toBe("no_show");
    expect(isOutcomeKey(secret, id!, key!)).toBe(true);
    expect(isOutcomeKey(secret, "b2", key!)).toBe(false);
    expect(isOutcomeKey("another secret, at least 32 chars long", "b1", key!)).toBe(false);
    expect(isOutcomeKey(secret, "b1", bookingLinkToken(secret, "manage", "b1"))).toBe(false);
    expect(isOutcomeKey(secret, "b1", "short")).toBe(false);
  });
});
