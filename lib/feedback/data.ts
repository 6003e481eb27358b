import "server-only";
import { db } from "../db/client";
import { founderNameOrErased } from "../format/names";
import { pickLocale } from "../i18n/languages";
import { hashSecret } from "../security/secrets";

const ASKED_STATUSES = ["confirmed", "held", "no_show"] as const;

/** Sessions that ended within the window and whose people have not been asked how it went. */
export async function listSessionsToFollowUp(window: { endedAfter: Date; endedBy: Date }) {
  return db.booking.findMany({
    where: { followUpAskedAt: null, status: { in: [...ASKED_STATUSES] }, endsAt: { gt: window.endedAfter, lte: window.endedBy } },
    select: { id: true },
    orderBy: { endsAt: "asc" },
  });
}

/** The session behind a founder's manage link, with what the feedback page shows and any feedback given. */
export async function findFeedbackSession(manageToken: string) {
  const row = await db.booking.findUnique({
    where: { manageTokenHash: hashSecret(manageToken) },
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      founderName: true,
      founderTimeZone: true,
      mentor: { select: { slug: true, displayName: true, status: true } },
      topics: { select: { topic: { select: { slug: true, name: true, archived: true } } }, orderBy: { topic: { sortOrder: "asc" } } },
      feedback: { select: { usefulness: true, nextStep: true, comment: true, quoteConsent: true, createdAt: true } },
    },
  });
  if (!row) return null;
  const { topics, ...session } = row;
  return { ...session, topics: topics.map(({ topic }) => topic).filter((topic) => !topic.archived) };
}

export type FeedbackSession = NonNullable<Awaited<ReturnType<typeof findFeedbackSession>>>;

/** A session as its volunteer's "did it take place?" link shows it. */
export async function findOutcomeSession(bookingId: string) {
  const row = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      mentorId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      founderName: true,
      outcomeAt: true,
      mentor: { select: { displayName: true, timeZone: true, user: { select: { locale: true } } } },
    },
  });
  if (!row) return null;
  // The volunteer reads this page in their own language, whatever the address says.
  const { mentor, ...session } = row;
  const locale = pickLocale(mentor.user.locale);
  return {
    ...session,
    locale,
    mentor: { displayName: mentor.displayName, timeZone: mentor.timeZone },
    founderName: founderNameOrErased(row.founderName, locale),
  };
}

/** What a founder typed for an earlier booking, to fill in the next one's form for them. */
export async function findFounderDetails(bookingId: string) {
  const row = await db.booking.findUnique({
    where: { id: bookingId },
    select: { founderName: true, founderEmail: true, founderCountry: true, coopStage: true, anonymisedAt: true, topics: { select: { topicId: true } } },
  });
  // Erased details are not offered back, not even the country left for the statistics.
  if (!row || row.anonymisedAt) return null;
  return {
    name: row.founderName,
    email: row.founderEmail,
    country: row.founderCountry,
    stage: row.coopStage,
    topics: row.topics.map((topic) => topic.topicId),
  };
}
