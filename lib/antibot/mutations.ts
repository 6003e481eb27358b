import "server-only";
import { db, type DbExecutor } from "../db/client";
import { allowedResult, planConsumption, type RateLimitResult, type RateLimitRule } from "./rate-limit";
import { isUniqueViolation } from "../db/transactions";

const COUNTER = { points: true, expire: true } as const;
// A counter changes state at most three times between our read and our write
// (created, window restarted, limit reached), so this many rounds always settle.
const MAX_ROUNDS = 6;

/**
 * Records a proof-of-work solution as used. False when it already was: the
 * primary key on the signature makes the first of any number of racing spends win.
 */
export async function spendChallenge(signature: string, expiresAt: Date): Promise<boolean> {
  return spendOnce(db, signature, expiresAt);
}

/**
 * Records a one-time value (a proof of work's signature, a form token) as used,
 * in one statement that also works inside a transaction on PostgreSQL (a failed
 * insert would abort it). False when it already was.
 */
export async function spendOnce(executor: DbExecutor, key: string, expiresAt: Date): Promise<boolean> {
  const inserted =
    await executor.$executeRaw`INSERT INTO "SpentChallenge" ("signature", "expiresAt") VALUES (${key}, ${expiresAt}) ON CONFLICT ("signature") DO NOTHING`;
  return inserted === 1;
}

export async function purgeSpentChallenges(now: Date): Promise<number> {
  const { count } = await db.spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

/**
 * Takes one point from the counter `key`, shared by every app instance. Each
 * write is conditional on the state the decision was made from, so concurrent
 * callers on SQLite or PostgreSQL never take more than `rule.points` in a window;
 * a caller whose condition no longer holds reads the counter again.
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const counter = await db.rateLimit.findUnique({ where: { key }, select: COUNTER });
    const step = planConsumption(counter, rule, now);
    if (step.action === "deny") return step.result;

    if (step.action === "increment") {
      const [updated] = await db.rateLimit.updateManyAndReturn({
        where: { key, points: { lt: rule.points }, expire: { gt: now } },
        data: { points: { increment: 1 } },
        select: COUNTER,
      });
      if (updated) return allowedResult(updated, rule, now);
    } else if (step.action === "restart") {
      const [restarted] = await db.rateLimit.updateManyAndReturn({
        where: { key, OR: [{ expire: null }, { expire: { lte: now } }] },
        data: { points: 1, expire: step.expire },
        select: COUNTER,
      });
      if (restarted) return allowedResult(restarted, rule, now);
    } else {
      try {
        const created = await db.rateLimit.create({ data: { key, points: 1, expire: step.expire }, select: COUNTER });
        return allowedResult(created, rule, now);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
  throw new Error(`rate limit counter ${key} kept changing; gave up after ${MAX_ROUNDS} rounds`);
}

export async function purgeExpiredRateLimits(now: Date): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: now } } });
  return count;
}
