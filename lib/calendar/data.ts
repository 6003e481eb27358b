import "server-only";
import { db } from "../db/client";
import type { BookingStatus } from "../db/types";
import { founderNameOrErased } from "../format/names";
import { VOLUNTEER_AREA_STATUSES } from "../auth/access";

/** Past sessions stay in subscribed calendars this long, so they do not vanish from the volunteer's history. */
export const FEED_HISTORY_DAYS = 90;
/**
 * Cancelled sessions stay in the feed as STATUS:CANCELLED this long: a calendar
 * app that last refreshed before the cancellation removes the event on its next
 * refresh, and apps poll anywhere from minutes to a day or more apart.
 */
export const FEED_CANCELLED_DAYS = 30;
/** A feed larger than this would only slow calendar apps down. */
const FEED_LIMIT = 500;

const DAY = 86_400_000;
const FEED_STATUSES = ["confirmed", "held", "no_show"] as const satisfies readonly BookingStatus[];
const CANCELLED = ["cancelled_by_founder", "cancelled_by_mentor", "cancelled_by_organiser"] as const satisfies readonly BookingStatus[];

/** The volunteer a feed belongs to, found by the hash of its secret. */
export async function findFeedOwner(tokenHash: string) {
  // Only volunteers who may still see their sessions; retiring and declining also clear the token.
  return db.mentorProfile.findFirst({
    where: { feedTokenHash: tokenHash, status: { in: [...VOLUNTEER_AREA_STATUSES] } },
    select: { id: true, displayName: true, user: { select: { locale: true } } },
  });
}

/**
 * What a volunteer's feed lists: sessions confirmed by the founder (upcoming, or
 * from the last FEED_HISTORY_DAYS), and sessions cancelled in the last
 * FEED_CANCELLED_DAYS that had been confirmed, so they were in the calendar.
 * Unconfirmed holds never appear.
 */
export async function listFeedSessions(mentorId: string, now: Date) {
  const rows = await db.booking.findMany({
    where: {
      mentorId,
      OR: [
        { status: { in: [...FEED_STATUSES] }, endsAt: { gte: new Date(now.getTime() - FEED_HISTORY_DAYS * DAY) } },
        { status: { in: [...CANCELLED] }, confirmedAt: { not: null }, cancelledAt: { gte: new Date(now.getTime() - FEED_CANCELLED_DAYS * DAY) } },
      ],
    },
    orderBy: { startsAt: "asc" },
    take: FEED_LIMIT,
    select: {
      status: true,
      startsAt: true,
      endsAt: true,
      founderName: true,
      founderEmail: true,
      message: true,
      icsUid: true,
      icsSequence: true,
      topics: { select: { topic: { select: { name: true } } }, orderBy: { topic: { sortOrder: "asc" } } },
      coFounders: { select: { email: true }, orderBy: { createdAt: "asc" } },
      mentor: { select: { displayName: true, meetingUrl: true, user: { select: { email: true } } } },
    },
  });
  return rows.map(({ topics, mentor, ...session }) => ({
    ...session,
    founderName: founderNameOrErased(session.founderName),
    topics: topics.map(({ topic }) => topic.name),
    mentor: { displayName: mentor.displayName, meetingUrl: mentor.meetingUrl, email: mentor.user.email },
  }));
}

export type FeedSession = Awaited<ReturnType<typeof listFeedSessions>>[number];
