import "server-only";
import { db, type DbExecutor } from "../db/client";
import { allowedResult, planConsumption, type RateLimitResult, type RateLimitRule } from "./rate-limit";
import { join, sqltag as sql } from "@prisma/client/runtime/client";

const COUNTER = { points: true, expire: true } as const;

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
  return spendAll(executor, [{ key, expiresAt }]);
}

/** Records several one-time values as used in one statement; false, and nothing to keep, when any already was. */
export async function spendAll(executor: DbExecutor, values: readonly { key: string; expiresAt: Date }[]): Promise<boolean> {
  if (values.length === 0) return true;
  const rows = join(values.map(({ key, expiresAt }) => sql`(${key}, ${expiresAt})`));
  const inserted = await executor.$executeRaw`INSERT INTO "SpentChallenge" ("signature", "expiresAt") VALUES ${rows} ON CONFLICT ("signature") DO NOTHING`;
  // The caller's transaction rolls back the ones that did go in.
  return inserted === values.length;
}

export async function purgeSpentChallenges(now: Date): Promise<number> {
  const { count } = await db.spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

/**
 * Takes one point from the counter `key`, shared by every app instance, in one
 * statement: it creates the counter, restarts a window that has ended, or adds
 * a point while there are points left, and returns the counter only if it took
 * one. Concurrent callers on SQLite or PostgreSQL never take more than
 * `rule.points` in a window. Only a refusal reads the counter again, to say how
 * long to wait.
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const fresh = planConsumption(null, rule, now);
  if (fresh.action !== "create") throw new Error("a new counter is always created");
  const ended = sql`"RateLimit"."expire" IS NULL OR "RateLimit"."expire" <= ${now}`;
  const [taken] = await db.$queryRaw<{ points: number | bigint; expire: Date | string | null }[]>(sql`
    INSERT INTO "RateLimit" ("key", "points", "expire") VALUES (${key}, 1, ${fresh.expire})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN ${ended} THEN 1 ELSE "RateLimit"."points" + 1 END,
      "expire" = CASE WHEN ${ended} THEN ${fresh.expire} ELSE "RateLimit"."expire" END
    WHERE ${ended} OR "RateLimit"."points" < ${rule.points}
    RETURNING "points", "expire"`);
  if (taken) return allowedResult({ points: Number(taken.points), expire: taken.expire === null ? null : new Date(taken.expire) }, rule, now);
  const counter = await db.rateLimit.findUnique({ where: { key }, select: COUNTER });
  const step = planConsumption(counter, rule, now);
  return step.action === "deny" ? step.result : { allowed: false, remaining: 0, retryAfterMs: 1_000 };
}

export async function purgeExpiredRateLimits(now: Date): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: now } } });
  return count;
}
