import "server-only";
import { db } from "../db/client";
import { volunteerActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";
import { invalidating, volunteerAreaChanged } from "../cache/invalidate";

export type SessionOutcome = "held" | "no_show";

/**
 * Records whether a session took place. Only this mentor's confirmed sessions that
 * have ended qualify, and the condition sits in the UPDATE itself, so another
 * volunteer's booking id, a cancelled session or a second click change nothing.
 */
export const markOutcome = invalidating(
  async (mentorId: string, bookingId: string, outcome: SessionOutcome, now: Date = new Date()): Promise<boolean> => {
    return db.$transaction(async (tx) => {
      const { count } = await tx.booking.updateMany({
        where: { id: bookingId, mentorId, status: "confirmed", endsAt: { lte: now } },
        data: { status: outcome },
      });
      if (count === 0) return false;
      const mentor = await tx.mentorProfile.findUniqueOrThrow({ where: { id: mentorId }, select: { userId: true, user: { select: { email: true } } } });
      await recordAudit(
        volunteerActor({ id: mentor.userId, email: mentor.user.email }),
        { action: `booking.${outcome}`, targetType: "booking", targetId: bookingId },
        tx,
      );
      return true;
    });
  },
  () => volunteerAreaChanged(),
);
