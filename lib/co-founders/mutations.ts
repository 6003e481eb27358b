import "server-only";
import { lockMentor } from "../availability/mutations";
import { recordAudit } from "../audit/mutations";
import { loadMailBooking } from "../bookings/data";
import { coFounderRemovedMessage } from "../bookings/messages";
import { aboutBooking } from "../email/message";
import { volunteerAreaChanged } from "../cache/invalidate";
import { db } from "../db/client";
import { TRANSACTION_OPTIONS } from "../db/transactions";
import { enqueueEmail } from "../email/mutations";
import { hashSecret } from "../security/secrets";

export type RemoveResult = "removed" | "not-found";

/**
 * A co-founder takes themselves off a session: their row goes, and if the
 * session is still to come they get a CANCEL for their copy (with a higher
 * SEQUENCE, so their calendar takes it). Nobody else is mailed: the volunteer
 * sees who is coming on their sessions page.
 */
export async function removeCoFounder(token: string, now = new Date()): Promise<RemoveResult> {
  const removed = await db.$transaction(async (tx) => {
    const row = await tx.coFounder.findUnique({
      where: { removeTokenHash: hashSecret(token) },
      select: { bookingId: true, email: true, booking: { select: { mentorId: true } } },
    });
    if (!row) return false;
    // Cancelling and moving lock the mentor too: this CANCEL never crosses a newer invite.
    await lockMentor(tx, row.booking.mentorId);
    const before = await loadMailBooking(tx, row.bookingId);
    const { count } = await tx.coFounder.deleteMany({ where: { bookingId: row.bookingId, email: row.email } });
    if (count === 0) return false;
    if (before.status === "confirmed" && before.startsAt > now) {
      const { icsSequence } = await tx.booking.update({ where: { id: row.bookingId }, data: { icsSequence: { increment: 1 } }, select: { icsSequence: true } });
      const coFounder = before.coFounders.find((person) => person.email === row.email)!;
      for (const message of await coFounderRemovedMessage({ ...before, icsSequence }, coFounder, now))
        await enqueueEmail(aboutBooking(message, row.bookingId), tx);
    }
    await recordAudit({ label: "co-founder" }, { action: "booking.co_founder_left", targetType: "booking", targetId: row.bookingId }, tx);
    return true;
  }, TRANSACTION_OPTIONS);
  if (removed) volunteerAreaChanged();
  return removed ? "removed" : "not-found";
}
