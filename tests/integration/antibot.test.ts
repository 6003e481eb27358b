import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { consumeRateLimit, purgeExpiredRateLimits, purgeSpentChallenges, spendChallenge } from "@/lib/antibot/mutations";
import { createChallenge, verifySolution } from "@/lib/antibot/proof-of-work";
import { encodePayload, solveChallenge } from "@/lib/antibot/solve";

const unique = (label: string) => `test:${label}:${randomUUID()}`;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe("spent proof-of-work challenges", () => {
  it("accept a verified solution once and refuse its replay", async () => {
    const secret = "integration-secret-0123456789";
    const challenge = await createChallenge(secret);
    const solution = await solveChallenge(challenge);
    const verified = await verifySolution(encodePayload(challenge, solution!), secret);
    if (!verified.ok) throw new Error(`expected a verified solution, got ${verified.reason}`);

    expect(await spendChallenge(verified.signature, verified.expiresAt)).toBe(true);
    expect(await spendChallenge(verified.signature, verified.expiresAt)).toBe(false);
  });

  it("let exactly one of ten racing spends win", async () => {
    const signature = unique("race");
    const expiresAt = later(new Date(), 60_000);
    const results = await Promise.all(Array.from({ length: 10 }, () => spendChallenge(signature, expiresAt)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("are purged once expired, and only then", async () => {
    const now = new Date();
    const expired = unique("expired");
    const live = unique("live");
    await spendChallenge(expired, later(now, -1));
    await spendChallenge(live, later(now, 60_000));

    expect(await purgeSpentChallenges(now)).toBeGreaterThanOrEqual(1);
    expect(await db.spentChallenge.findUnique({ where: { signature: expired } })).toBeNull();
    expect(await db.spentChallenge.findUnique({ where: { signature: live } })).not.toBeNull();
  });
});

describe("database rate limits", () => {
  const rule = { points: 5, windowMs: 60_000 };

  it("allow exactly the limit when 25 requests race", async () => {
    const key = unique("burst");
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimit(key, rule, now)));

    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(
      results
        .filter((result) => result.allowed)
        .map((result) => result.remaining)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4]);
    for (const denied of results.filter((result) => !result.allowed)) {
      expect(denied).toEqual({ allowed: false, remaining: 0, retryAfterMs: 60_000 });
    }
    expect(await db.rateLimit.findUnique({ where: { key } })).toMatchObject({ points: 5, expire: later(now, 60_000) });
  });

  it("also hold when racing requests arrive at an existing counter", async () => {
    const key = unique("warm");
    const now = new Date();
    await consumeRateLimit(key, rule, now);
    const results = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimit(key, rule, later(now, 1_000))));
    expect(results.filter((result) => result.allowed)).toHaveLength(4);
  });

  it("count sequential requests and say when to retry", async () => {
    const key = unique("sequence");
    const now = new Date();
    const results = [];
    for (let n = 0; n < 6; n++) results.push(await consumeRateLimit(key, rule, later(now, n * 1_000)));

    expect(results.map((result) => result.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
    expect(results[4]).toEqual({ allowed: true, remaining: 0, retryAfterMs: 56_000 });
    expect(results[5]).toEqual({ allowed: false, remaining: 0, retryAfterMs: 55_000 });
  });

  it("start a new window once windowMs has passed, also when requests race at the boundary", async () => {
    const key = unique("window");
    const now = new Date();
    for (let n = 0; n < 5; n++) await consumeRateLimit(key, rule, now);
    expect((await consumeRateLimit(key, rule, later(now, 59_999))).allowed).toBe(false);

    const next = later(now, 60_000);
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit(key, rule, next)));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(await db.rateLimit.findUnique({ where: { key } })).toMatchObject({ points: 5, expire: later(next, 60_000) });
  });

  it("keep different keys independent", async () => {
    const first = unique("first");
    const second = unique("second");
    const now = new Date();
    for (let n = 0; n < 5; n++) await consumeRateLimit(first, rule, now);

    expect((await consumeRateLimit(first, rule, now)).allowed).toBe(false);
    expect(await consumeRateLimit(second, rule, now)).toEqual({ allowed: true, remaining: 4, retryAfterMs: 0 });
  });

  it("purge counters whose window has ended", async () => {
    const key = unique("purge");
    const now = new Date();
    await consumeRateLimit(key, rule, later(now, -120_000));
    expect(await purgeExpiredRateLimits(now)).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimit.findUnique({ where: { key } })).toBeNull();
  });
});
