import "server-only";
import { db, type DbExecutor } from "../db/client";
import type { EmailMessage, EmailPurpose, QueuedEmail } from "./message";
import { CLAIM_MS, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./retry";

/**
 * Queues a message. Pass the transaction that makes the change the message
 * announces, so both are written or neither is.
 */
export async function enqueueEmail(message: EmailMessage, executor: DbExecutor = db): Promise<string> {
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

const unclaimedAt = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] });

/**
 * Claims the next due message for `leaseMs`, counted from the moment of the
 * claim, just before it is sent. The claim is a conditional update, so when
 * several instances drain the outbox at once each message goes to one; a message
 * whose sender died is taken over once its lease has run out.
 */
export async function claimNextDueEmail(now: Date, leaseMs = CLAIM_MS): Promise<ClaimedEmail | null> {
  for (let tries = 0; tries < 5; tries++) {
    const due = await db.outboxEmail.findFirst({
      where: { sentAt: null, attempts: { lt: MAX_DELIVERY_ATTEMPTS }, nextAttemptAt: { lte: now }, ...unclaimedAt(now) },
      orderBy: { nextAttemptAt: "asc" },
      select: { id: true, to: true, subject: true, text: true, html: true, ics: true, icsMethod: true, attempts: true, purpose: true, discardAfter: true },
    });
    if (!due) return null;
    const { count } = await db.outboxEmail.updateMany({
      where: { id: due.id, sentAt: null, ...unclaimedAt(now) },
      data: { lockedUntil: new Date(now.getTime() + leaseMs) },
    });
    if (count === 1) return due;
  }
  return null;
}

/** Extends the lease on a message still being sent. */
export async function renewEmailLease(id: string, now: Date, leaseMs = CLAIM_MS) {
  await db.outboxEmail.updateMany({ where: { id, sentAt: null }, data: { lockedUntil: new Date(now.getTime() + leaseMs) } });
}

// A message may be withdrawn while it is being sent (its session cancelled): these
// updates then find no row, and that is fine.

export async function recordDelivery(id: string, now: Date) {
  await db.outboxEmail.updateMany({
    where: { id },
    data: { sentAt: now, lockedUntil: null, attempts: { increment: 1 }, lastError: null },
  });
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
