import "server-only";
import { db } from "../db/client";
import { MAX_DELIVERY_ATTEMPTS } from "../email/retry";

/** Migrations the database has applied (and not rolled back). */
export async function countAppliedMigrations(): Promise<number> {
  const [row] = await db.$queryRaw<
    { applied: number | bigint }[]
  >`SELECT COUNT(*) AS "applied" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  return Number(row?.applied ?? 0);
}

/** Mail due now and not yet sent: how much, and since when the oldest has waited. */
export async function outboxBacklog(now: Date): Promise<{ due: number; oldestDueAt: Date | null }> {
  const where = { sentAt: null, attempts: { lt: MAX_DELIVERY_ATTEMPTS }, nextAttemptAt: { lte: now } };
  const [due, oldest] = await Promise.all([
    db.outboxEmail.count({ where }),
    db.outboxEmail.findFirst({ where, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);
  return { due, oldestDueAt: oldest?.createdAt ?? null };
}
