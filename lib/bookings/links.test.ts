import { describe, expect, it } from "vitest";
import { hashSecret } from "../security/secrets";
import { bookingLinkHashes, bookingLinkToken, bookingUrls, isWellFormedToken } from "./links";

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
    const urls = bookingUrls("https://candle.example", secret, "b1");
    const confirmToken = urls.confirmUrl.split("/").at(-1)!;
    const manageToken = urls.manageUrl.split("/").at(-1)!;
    expect(urls.confirmUrl).toBe(`https://candle.example/bookings/confirm/${confirmToken}`);
    expect(hashes).toEqual({ confirmTokenHash: hashSecret(confirmToken), manageTokenHash: hashSecret(manageToken) });
    expect(Object.values(hashes)).not.toContain(confirmToken);
  });

  it("rejects malformed tokens before any look-up", () => {
    expect(isWellFormedToken("")).toBe(false);
    expect(isWellFormedToken("x".repeat(42))).toBe(false);
    expect(isWellFormedToken(`${"x".repeat(42)}/`)).toBe(false);
  });
});
