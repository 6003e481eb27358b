import "server-only";
import { sqltag as sql } from "@prisma/client/runtime/client";
import { db, type DbExecutor } from "../db/client";
import type { EmailMessage, EmailPurpose, QueuedEmail } from "./message";
import { CLAIM_MS, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./retry";

/**
 * Queues a message. Pass the transaction that makes the change the message
 * announces, so both are written or neither is.
 */
export async function enqueueEmail(message: EmailMessage, executor: DbExecutor = db): Promise<string | null> {
  // An erased founder's booking keeps no address: a message to it would go to nobody.
  if (!message.to) return null;
  const row = await executor.outboxEmail.create({
    data: {
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      ics: message.invite?.ics,
      icsMethod: message.invite?.method,
      bookingId: message.about?.bookingId,
      purpose: message.about?.purpose,
      discardAfter: message.discardAfter,
    },
    select: { id: true },
  });
  return row.id;
}

/** Takes back a session's messages of this purpose not yet sent, in the transaction that makes them stale. */
export async function withdrawUnsentEmails(executor: DbExecutor, bookingId: string, purpose: EmailPurpose): Promise<number> {
  const { count } = await executor.outboxEmail.deleteMany({ where: { bookingId, purpose, sentAt: null } });
  return count;
}

export type ClaimedEmail = QueuedEmail & { attempts: number; purpose: string | null; discardAfter: Date | null };

const unclaimedAt = (now: Date) => sql`("lockedUntil" IS NULL OR "lockedUntil" < ${now})`;

type ClaimedRow = Omit<ClaimedEmail, "attempts" | "discardAfter"> & { attempts: number | bigint; discardAfter: Date | string | null };

/**
 * Claims the next due message for `leaseMs`, counted from the moment of the
 * claim, just before it is sent. The claim is one conditional update, so when
 * several instances drain the outbox at once each message goes to one (the one
 * that loses finds the lease taken and picks again); a message whose sender died
 * is taken over once its lease has run out. Raw, as the sender runs it for every
 * message: a model query costs several times the statement itself in Prisma.
 */
export async function claimNextDueEmail(now: Date, leaseMs = CLAIM_MS): Promise<ClaimedEmail | null> {
  for (let tries = 0; tries < 5; tries++) {
    const [due] = await db.$queryRaw<ClaimedRow[]>(sql`
      UPDATE "OutboxEmail" SET "lockedUntil" = ${new Date(now.getTime() + leaseMs)}
      WHERE "id" = (
        SELECT "id" FROM "OutboxEmail"
        WHERE "sentAt" IS NULL AND "attempts" < ${MAX_DELIVERY_ATTEMPTS} AND "nextAttemptAt" <= ${now} AND ${unclaimedAt(now)}
        ORDER BY "nextAttemptAt" ASC LIMIT 1
      ) AND "sentAt" IS NULL AND ${unclaimedAt(now)}
      RETURNING "id", "to", "subject", "text", "html", "ics", "icsMethod", "attempts", "purpose", "discardAfter"`);
    if (due) return { ...due, attempts: Number(due.attempts), discardAfter: due.discardAfter === null ? null : new Date(due.discardAfter) };
    if (!(await anyDue(now))) return null;
  }
  return null;
}

/** Whether a message is due and free to claim (after a claim lost to another sender). */
async function anyDue(now: Date): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>(
    sql`SELECT 1 FROM "OutboxEmail" WHERE "sentAt" IS NULL AND "attempts" < ${MAX_DELIVERY_ATTEMPTS} AND "nextAttemptAt" <= ${now} AND ${unclaimedAt(now)} LIMIT 1`,
  );
  return rows.length > 0;
}

/** Extends the lease on a message still being sent. */
export async function renewEmailLease(id: string, now: Date, leaseMs = CLAIM_MS) {
  await db.outboxEmail.updateMany({ where: { id, sentAt: null }, data: { lockedUntil: new Date(now.getTime() + leaseMs) } });
}

// A message may be withdrawn while it is being sent (its session cancelled): these
// updates then find no row, and that is fine.

export async function recordDelivery(id: string, now: Date) {
  await db.$executeRaw(
    sql`UPDATE "OutboxEmail" SET "sentAt" = ${now}, "lockedUntil" = NULL, "attempts" = "attempts" + 1, "lastError" = NULL WHERE "id" = ${id}`,
  );
}

export async function recordFailure(id: string, failedAttempts: number, error: string, now: Date) {
  await db.outboxEmail.updateMany({
    where: { id },
    data: {
      attempts: failedAttempts,
      lastError: error.slice(0, 1000),
      lockedUntil: null,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(failedAttempts)),
    },
  });
}

/** Removes a claimed message that is too late to be of use. */
export async function dropEmail(id: string) {
  await db.outboxEmail.deleteMany({ where: { id, sentAt: null } });
}
