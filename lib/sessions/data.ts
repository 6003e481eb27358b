import "server-only";
import { db } from "../db/client";
import type { BookingStatus } from "../db/types";
import { founderNameOrErased } from "../format/names";

/** Older held, no-show and cancelled sessions are not listed. */
export const HISTORY_LIMIT = 50;

const HISTORY_STATUSES = [
  "held",
  "no_show",
  "cancelled_by_founder",
  "cancelled_by_mentor",
  "cancelled_by_organiser",
] as const satisfies readonly BookingStatus[];

const sessionSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  expiresAt: true,
  founderName: true,
  founderEmail: true,
  founderCountry: true,
  coopStage: true,
  message: true,
  cancelReason: true,
  outcomeAt: true,
  // What the founder said afterwards; the volunteer sees it (the quote consent is for organisers).
  feedback: { select: { usefulness: true, nextStep: true, comment: true } },
  coFounders: { select: { email: true }, orderBy: { createdAt: "asc" } },
  topics: { select: { topic: { select: { name: true } } }, orderBy: { topic: { sortOrder: "asc" } } },
} as const;

type SessionRow = { founderName: string; topics: { topic: { name: string } }[] };
const withTopicNames = <T extends SessionRow>({ topics, ...session }: T) => ({
  ...session,
  founderName: founderNameOrErased(session.founderName),
  topics: topics.map(({ topic }) => topic.name),
});

/**
 * A volunteer's sessions: every open one (confirmed, or held for a founder who may
 * still confirm) and the latest finished or cancelled ones.
 */
export async function listMentorSessions(mentorId: string, now: Date) {
  const [open, history] = await Promise.all([
    db.booking.findMany({
      where: { mentorId, OR: [{ status: "confirmed" }, { status: "pending", expiresAt: { gt: now } }] },
      orderBy: { startsAt: "asc" },
      select: sessionSelect,
    }),
    db.booking.findMany({
      where: { mentorId, status: { in: [...HISTORY_STATUSES] } },
      orderBy: { startsAt: "desc" },
      take: HISTORY_LIMIT,
      select: sessionSelect,
    }),
  ]);
  return [...open, ...history].map(withTopicNames);
}

export type MentorSession = Awaited<ReturnType<typeof listMentorSessions>>[number];

/** The volunteer's zone and name, and whether they have a calendar feed. */
export async function findMentorSessionSettings(mentorId: string) {
  const mentor = await db.mentorProfile.findUnique({
    where: { id: mentorId },
    select: { timeZone: true, displayName: true, feedTokenHash: true },
  });
  if (!mentor) return null;
  const { feedTokenHash, ...settings } = mentor;
  return { ...settings, hasFeed: feedTokenHash !== null };
}

/** One session of this mentor, with what its calendar event needs; another mentor's id finds nothing. */
export async function findMentorSession(mentorId: string, bookingId: string) {
  const row = await db.booking.findFirst({
    where: { id: bookingId, mentorId },
    select: {
      ...sessionSelect,
      icsUid: true,
      icsSequence: true,
      confirmedAt: true,
      mentor: { select: { displayName: true, meetingUrl: true, user: { select: { email: true } } } },
    },
  });
  if (!row) return null;
  const { mentor, ...session } = withTopicNames(row);
  return { ...session, mentor: { displayName: mentor.displayName, meetingUrl: mentor.meetingUrl, email: mentor.user.email } };
}
