import "server-only";
import { lockMentor } from "../availability/mutations";
import { loadMailBooking } from "../bookings/data";
import { reminderMessages } from "../bookings/messages";
import { config } from "../config";
import { db, type DbExecutor } from "../db/client";
import { TRANSACTION_OPTIONS } from "../db/transactions";
import { enqueueEmail } from "../email/mutations";
import { listSessionsToRemind } from "./data";
import { dueReminderLead } from "./schedule";

const MINUTE_MS = 60_000;

/**
 * Queues every reminder that has fallen due: both people's, rendered now, in the
 * outbox that delivers the rest of the mail. Safe on several instances at once:
 * the SessionReminder key lets one of them queue each reminder. Returns how many
 * sessions were reminded, and how many could not be (they are tried again next run).
 */
export async function queueDueReminders(
  now = new Date(),
  leadMinutes: readonly number[] = config.reminderLeadMinutes,
): Promise<{ sessions: number; failed: number }> {
  if (leadMinutes.length === 0) return { sessions: 0, failed: 0 };
  const sessions = await listSessionsToRemind(now, Math.max(...leadMinutes) * MINUTE_MS);
  const reminded = { sessions: 0, failed: 0 };
  for (const session of sessions) {
    const queued = new Set(session.reminders.filter((row) => row.startsAt.getTime() === session.startsAt.getTime()).map((row) => row.leadMinutes));
    const agreedAt = [session.confirmedAt, session.movedAt].reduce<Date>((latest, at) => (at && at > latest ? at : latest), new Date(0));
    const lead = dueReminderLead({ startsAt: session.startsAt, agreedAt }, leadMinutes, queued, now);
    if (lead === null) continue;
    try {
      if (await queueReminder(session, lead, now)) reminded.sessions++;
    } catch (error) {
      // One session that cannot be reminded (a timeout, say) must not hold up the rest; it is tried again next run.
      reminded.failed++;
      console.error(JSON.stringify({ at: now.toISOString(), job: "reminders", ok: false, error: error instanceof Error ? error.name : "unknown" }));
    }
  }
  return reminded;
}

async function queueReminder(session: { id: string; mentorId: string; startsAt: Date }, leadMinutes: number, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // Cancelling and moving lock the mentor too: either they saw this reminder
    // queued (and withdraw it), or it sees the session as they left it.
    await lockMentor(tx, session.mentorId);
    const current = await tx.booking.findUnique({ where: { id: session.id }, select: { status: true, startsAt: true } });
    if (current?.status !== "confirmed" || current.startsAt.getTime() !== session.startsAt.getTime()) return false;
    if (!(await claimReminder(tx, session.id, leadMinutes, session.startsAt, now))) return false;
    const booking = await loadMailBooking(tx, session.id);
    for (const message of await reminderMessages(booking, now)) await enqueueEmail(message, tx);
    return true;
  }, TRANSACTION_OPTIONS);
}

/** One statement, so a reminder another instance already queued does not abort the transaction on PostgreSQL. */
async function claimReminder(tx: DbExecutor, bookingId: string, leadMinutes: number, startsAt: Date, now: Date): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "SessionReminder" ("bookingId", "leadMinutes", "startsAt", "createdAt") VALUES (${bookingId}, ${leadMinutes}, ${startsAt}, ${now})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}
