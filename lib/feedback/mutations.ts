import "server-only";
import { loadMailBooking } from "../bookings/data";
import { config } from "../config";
import { db, type DbExecutor } from "../db/client";
import { isUniqueViolation, TRANSACTION_OPTIONS } from "../db/transactions";
import { enqueueEmail } from "../email/mutations";
import { volunteerAreaChanged } from "../cache/invalidate";
import { markOutcome, type SessionOutcome } from "../sessions/mutations";
import { findOutcomeSession, listSessionsToFollowUp } from "./data";
import { followUpMessages } from "./messages";
import type { FeedbackInput } from "./schema";
import { followUpAudience, followUpWindow } from "./schedule";

/**
 * Asks both people how each session that ended FOLLOW_UP_HOURS ago went. Safe on
 * several instances at once: the guarded update of followUpAskedAt lets one of
 * them ask, in the same transaction as the mail it queues.
 */
export async function queueFollowUps(now = new Date(), delayMs: number | null = config.followUpDelayMs): Promise<{ sessions: number; failed: number }> {
  const asked = { sessions: 0, failed: 0 };
  if (delayMs === null) return asked;
  for (const session of await listSessionsToFollowUp(followUpWindow(now, delayMs))) {
    try {
      if (await db.$transaction((tx) => askHowItWent(tx, session.id, now), TRANSACTION_OPTIONS)) asked.sessions++;
    } catch (error) {
      asked.failed++;
      console.error(JSON.stringify({ at: now.toISOString(), job: "follow-ups", ok: false, error: error instanceof Error ? error.name : "unknown" }));
    }
  }
  return asked;
}

async function askHowItWent(tx: DbExecutor, bookingId: string, now: Date): Promise<boolean> {
  const { count } = await tx.booking.updateMany({
    where: { id: bookingId, followUpAskedAt: null, status: { in: ["confirmed", "held", "no_show"] } },
    data: { followUpAskedAt: now },
  });
  if (count === 0) return false;
  const [booking, feedback] = await Promise.all([
    loadMailBooking(tx, bookingId),
    tx.sessionFeedback.findUnique({ where: { bookingId }, select: { bookingId: true } }),
  ]);
  for (const message of await followUpMessages(booking, followUpAudience(booking.status, feedback !== null))) await enqueueEmail(message, tx);
  return true;
}

export type FeedbackResult = "saved" | "already-given" | "not-yet" | "not-held";

/** Feedback on a session that has ended, once: a second answer (another tab, a replayed form) changes nothing. */
export async function saveFeedback(bookingId: string, input: FeedbackInput, now = new Date()): Promise<FeedbackResult> {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { status: true, endsAt: true } });
  if (!booking || !["confirmed", "held", "no_show"].includes(booking.status)) return "not-held";
  if (booking.endsAt > now) return "not-yet";
  try {
    await db.sessionFeedback.create({ data: { bookingId, ...input, createdAt: now }, select: { bookingId: true } });
  } catch (error) {
    if (isUniqueViolation(error)) return "already-given";
    throw error;
  }
  volunteerAreaChanged();
  return "saved";
}

/** The outcome a volunteer gave from their emailed link: their own session's, by the same rules as their sessions page. */
export async function markOutcomeFromLink(bookingId: string, outcome: SessionOutcome, now = new Date()): Promise<boolean> {
  const session = await findOutcomeSession(bookingId);
  return session ? markOutcome(session.mentorId, bookingId, outcome, now) : false;
}
