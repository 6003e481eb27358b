import { describe, expect, it } from "vitest";
import { BOOKING_FORM_AGE, checkFormToken, issueFormToken } from "./form-token";

const secret = "unit-test-secret-0123456789";
const subject = "mentor_123|2030-03-30T01:00:00.000Z";
const age = { minAgeMs: 4_000, maxAgeMs: 60 * 60_000 };
const issuedAt = new Date("2030-03-29T18:15:00.000Z");
const after = (ms: number) => new Date(issuedAt.getTime() + ms);

describe("form tokens", () => {
  const token = issueFormToken(secret, subject, issuedAt);

  it("are short, URL-safe and different for each subject and moment", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(issueFormToken(secret, "mentor_123|2030-03-30T02:00:00.000Z", issuedAt)).not.toBe(token);
    expect(issueFormToken(secret, subject, after(1))).not.toBe(token);
    expect(issueFormToken(secret, subject, issuedAt)).not.toBe(token);
  });

  it("pass between the minimum and maximum age, bounds included", () => {
    expect(checkFormToken(token, secret, subject, after(4_000), age)).toBe("ok");
    expect(checkFormToken(token, secret, subject, after(30_000), age)).toBe("ok");
    expect(checkFormToken(token, secret, subject, after(60 * 60_000), age)).toBe("ok");
  });

  it("are too fast when submitted sooner than a person could fill the form", () => {
    expect(checkFormToken(token, secret, subject, issuedAt, age)).toBe("too-fast");
    expect(checkFormToken(token, secret, subject, after(3_999), age)).toBe("too-fast");
    expect(checkFormToken(token, secret, subject, after(-60_000), age)).toBe("too-fast");
  });

  it("expire after the maximum age", () => {
    expect(checkFormToken(token, secret, subject, after(60 * 60_000 + 1), age)).toBe("expired");
  });

  it("are missing when the field is absent or empty", () => {
    for (const empty of [null, undefined, "", "  "]) {
      expect(checkFormToken(empty, secret, subject, after(10_000), age)).toBe("missing");
    }
  });

  it("are invalid for another subject or secret", () => {
    expect(checkFormToken(token, secret, "mentor_456|2030-03-30T01:00:00.000Z", after(10_000), age)).toBe("invalid");
    expect(checkFormToken(token, "another-secret-0123456789", subject, after(10_000), age)).toBe("invalid");
  });

  it("are invalid when tampered with, including an older issue time to skip the wait", () => {
    const bytes = Buffer.from(token, "base64url");
    const backdated = Buffer.from(bytes);
    backdated.writeBigUInt64BE(BigInt(issuedAt.getTime() - 60_000));
    const flippedMac = Buffer.from(bytes);
    flippedMac[39] = (flippedMac[39] ?? 0) ^ 1;

    for (const forged of [backdated, flippedMac]) {
      expect(checkFormToken(forged.toString("base64url"), secret, subject, after(10_000), age)).toBe("invalid");
    }
  });

  it("are invalid when malformed", () => {
    const malformed = [token.slice(0, -1), `${token}A`, `${token}==`, token.replace(/.$/, "!"), token.replace(/^./, "+"), "x".repeat(5_000)];
    for (const value of malformed) {
      expect(checkFormToken(value, secret, subject, after(10_000), age)).toBe("invalid");
    }
  });

  it("give the booking form a few seconds' floor and a day's ceiling", () => {
    expect(checkFormToken(token, secret, subject, after(2_000), BOOKING_FORM_AGE)).toBe("too-fast");
    expect(checkFormToken(token, secret, subject, after(8 * 60 * 60_000), BOOKING_FORM_AGE)).toBe("ok");
    expect(checkFormToken(token, secret, subject, after(25 * 60 * 60_000), BOOKING_FORM_AGE)).toBe("expired");
  });
});
