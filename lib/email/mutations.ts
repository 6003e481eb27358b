import "server-only";
import { db, type DbExecutor } from "../db/client";
import type { EmailMessage, QueuedEmail } from "./message";
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
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Claims up to `limit` messages that are due. The claim is a conditional update,
 * so when several app instances drain the outbox at once each message goes to one.
 */
export async function claimDueEmails(now: Date, limit: number): Promise<(QueuedEmail & { attempts: number })[]> {
  const unclaimed = { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] };
  const due = await db.outboxEmail.findMany({
    where: { sentAt: null, attempts: { lt: MAX_DELIVERY_ATTEMPTS }, nextAttemptAt: { lte: now }, ...unclaimed },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, html: true, ics: true, icsMethod: true, attempts: true },
  });
  const claimed = [];
  for (const email of due) {
    const { count } = await db.outboxEmail.updateMany({
      where: { id: email.id, sentAt: null, ...unclaimed },
      data: { lockedUntil: new Date(now.getTime() + CLAIM_MS) },
    });
    if (count === 1) claimed.push(email);
  }
  return claimed;
}

export async function recordDelivery(id: string, now: Date) {
  await db.outboxEmail.update({
    where: { id },
    data: { sentAt: now, lockedUntil: null, attempts: { increment: 1 }, lastError: null },
  });
}

export async function recordFailure(id: string, failedAttempts: number, error: string, now: Date) {
  await db.outboxEmail.update({
    where: { id },
    data: {
      attempts: failedAttempts,
      lastError: error.slice(0, 1000),
      lockedUntil: null,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(failedAttempts)),
    },
  });
}
