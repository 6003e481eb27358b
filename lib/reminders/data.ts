import "server-only";
import { db } from "../db/client";

/** Confirmed sessions starting within `horizonMs`, with the reminders already queued for each. */
export async function listSessionsToRemind(now: Date, horizonMs: number) {
  return db.booking.findMany({
    where: { status: "confirmed", startsAt: { gt: now, lte: new Date(now.getTime() + horizonMs) } },
    select: { id: true, mentorId: true, startsAt: true, confirmedAt: true, movedAt: true, reminders: { select: { leadMinutes: true, startsAt: true } } },
    orderBy: { startsAt: "asc" },
  });
}
