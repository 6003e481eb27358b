import "server-only";
import { founderLabel } from "../audit/actor";
import { listAuditEntriesBy } from "../audit-log/data";
import { db } from "../db/client";
import { hashSecret } from "../security/secrets";

/**
 * Emailed links and the sessions traded for them share one table; a session's
 * hash is taken over a prefix, so an emailed link placed in the cookie opens
 * nothing (it must be spent first) and a session cannot be traded as a link.
 */
export const sessionHash = (secret: string) => hashSecret(`session:${secret}`);

/** The address a live "My data" session opens, if the secret is one. */
export async function findDataAccess(secret: string, now: Date): Promise<string | null> {
  const row = await db.dataAccessLink.findUnique({ where: { tokenHash: sessionHash(secret) }, select: { email: true, expiresAt: true } });
  return row && row.expiresAt > now ? row.email : null;
}

/** Whether Candle holds anything at all about an address. */
export async function holdsAnythingAbout(email: string): Promise<boolean> {
  const [bookings, coFounder, waitlist, mail] = await Promise.all([
    db.booking.count({ where: { founderEmail: email } }),
    db.coFounder.count({ where: { email } }),
    db.waitlistEntry.count({ where: { email } }),
    db.outboxEmail.count({ where: { to: email, erasedAt: null } }),
  ]);
  return bookings + coFounder + waitlist + mail > 0;
}

/**
 * Everything stored about one address, as the founder may take it away: their
 * bookings with every detail they gave, sessions they were invited to, waitlist
 * entries, the mail still kept, and what the audit log says they did.
 */
export async function collectFounderData(email: string) {
  const [bookings, invitedTo, waitlist, mail, audit] = await Promise.all([
    db.booking.findMany({
      where: { founderEmail: email },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        status: true,
        startsAt: true,
        endsAt: true,
        founderName: true,
        founderEmail: true,
        founderCountry: true,
        founderTimeZone: true,
        coopStage: true,
        message: true,
        consentAt: true,
        cancelReason: true,
        createdAt: true,
        confirmedAt: true,
        cancelledAt: true,
        mentor: { select: { displayName: true } },
        topics: { select: { topic: { select: { name: true } } } },
        coFounders: { select: { email: true }, orderBy: { createdAt: "asc" } },
        feedback: { select: { usefulness: true, nextStep: true, comment: true, quoteConsent: true, createdAt: true } },
      },
    }),
    db.coFounder.findMany({
      where: { email },
      select: { createdAt: true, booking: { select: { startsAt: true, status: true, mentor: { select: { displayName: true } } } } },
    }),
    db.waitlistEntry.findMany({
      where: { email },
      select: {
        createdAt: true,
        confirmedAt: true,
        expiresAt: true,
        timeZone: true,
        language: true,
        mentor: { select: { displayName: true } },
        topic: { select: { name: true } },
      },
    }),
    db.outboxEmail.findMany({ where: { to: email, erasedAt: null }, orderBy: { createdAt: "asc" }, select: { subject: true, createdAt: true, sentAt: true } }),
    listAuditEntriesBy(founderLabel(email)),
  ]);
  return {
    email,
    bookings: bookings.map(({ mentor, topics, coFounders, ...booking }) => ({
      ...booking,
      mentor: mentor.displayName,
      topics: topics.map(({ topic }) => topic.name),
      coFounders: coFounders.map((row) => row.email),
    })),
    invitedAsCoFounder: invitedTo.map(({ createdAt, booking }) => ({
      startsAt: booking.startsAt,
      status: booking.status,
      mentor: booking.mentor.displayName,
      createdAt,
    })),
    waitlist: waitlist.map(({ mentor, topic, ...entry }) => ({ ...entry, mentor: mentor?.displayName ?? null, topic: topic?.name ?? null })),
    emails: mail,
    activity: audit.map(({ action, targetType, targetId, createdAt }) => ({ action, targetType, targetId, at: createdAt })),
  };
}

export type FounderData = Awaited<ReturnType<typeof collectFounderData>>;
