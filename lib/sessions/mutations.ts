import "server-only";
import { db, type DbExecutor } from "../db/client";
import { volunteerActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";
import { invalidating, volunteerAreaChanged } from "../cache/invalidate";
import { OUTCOME_UNDO_MS } from "./groups";

export type SessionOutcome = "held" | "no_show";

async function volunteerOf(tx: DbExecutor, mentorId: string) {
  const mentor = await tx.mentorProfile.findUniqueOrThrow({ where: { id: mentorId }, select: { userId: true, user: { select: { email: true } } } });
  return volunteerActor({ id: mentor.userId, email: mentor.user.email });
}

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
        data: { status: outcome, outcomeAt: now },
      });
      if (count === 0) return false;
      await recordAudit(await volunteerOf(tx, mentorId), { action: `booking.${outcome}`, targetType: "booking", targetId: bookingId }, tx);
      return true;
    });
  },
  () => volunteerAreaChanged(),
);

/**
 * Takes back a held or no-show mark made within OUTCOME_UNDO_MS, so the session
 * asks again whether it took place. The same conditions-in-the-UPDATE rule holds.
 */
export const undoOutcome = invalidating(
  async (mentorId: string, bookingId: string, now: Date = new Date()): Promise<boolean> => {
    return db.$transaction(async (tx) => {
      const { count } = await tx.booking.updateMany({
        where: { id: bookingId, mentorId, status: { in: ["held", "no_show"] }, outcomeAt: { gt: new Date(now.getTime() - OUTCOME_UNDO_MS) } },
        data: { status: "confirmed", outcomeAt: null },
      });
      if (count === 0) return false;
      await recordAudit(await volunteerOf(tx, mentorId), { action: "booking.outcome_undone", targetType: "booking", targetId: bookingId }, tx);
      return true;
    });
  },
  () => volunteerAreaChanged(),
);
