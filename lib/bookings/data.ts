import "server-only";
import { config } from "../config";
import { db, type DbExecutor } from "../db/client";
import { founderNameOrErased } from "../format/names";
import { pickLocale } from "../i18n/languages";
import { hashSecret } from "../security/secrets";
import { bookingUrls, coFounderUrl } from "./links";
import type { MailBooking } from "./messages";

export async function findBookingIdByManageToken(token: string) {
  const row = await db.booking.findUnique({
    where: { manageTokenHash: hashSecret(token) },
    select: { id: true, founderEmail: true, mentor: { select: { slug: true } } },
  });
  return row ? { id: row.id, founderEmail: row.founderEmail, mentorSlug: row.mentor.slug } : null;
}

const founderViewSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  expiresAt: true,
  founderName: true,
  founderTimeZone: true,
  cancelReason: true,
  coFounders: { select: { email: true }, orderBy: { createdAt: "asc" } },
  mentor: { select: { id: true, slug: true, displayName: true, meetingUrl: true, status: true } },
  topics: { select: { topic: { select: { name: true } } } },
} as const;

/** What the founder sees on the confirm and manage pages, found by the secret in their link. */
export async function findBookingForFounder(kind: "confirm" | "manage", token: string) {
  const hash = hashSecret(token);
  const row = await db.booking.findUnique({
    where: kind === "confirm" ? { confirmTokenHash: hash } : { manageTokenHash: hash },
    select: founderViewSelect,
  });
  if (!row) return null;
  const { topics, coFounders, ...booking } = row;
  return { ...booking, topics: topics.map(({ topic }) => topic.name), coFounders: coFounders.map(({ email }) => email) };
}

export type FounderBooking = NonNullable<Awaited<ReturnType<typeof findBookingForFounder>>>;

/** Holds still waiting for founders to confirm, across all mentors: what makes the proof of work harder. */
export async function countUnconfirmedHolds(now: Date): Promise<number> {
  return db.booking.count({ where: { status: "pending", expiresAt: { gt: now } } });
}

const mailBookingSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  expiresAt: true,
  founderName: true,
  founderEmail: true,
  founderCountry: true,
  founderTimeZone: true,
  coopStage: true,
  message: true,
  icsUid: true,
  icsSequence: true,
  locale: true,
  createdAt: true,
  anonymisedAt: true,
  topics: { select: { topic: { select: { name: true } } } },
  coFounders: { select: { email: true }, orderBy: { createdAt: "asc" } },
  mentor: {
    select: {
      id: true,
      slug: true,
      displayName: true,
      timeZone: true,
      meetingUrl: true,
      coopName: true,
      user: { select: { email: true, locale: true } },
    },
  },
} as const;

/** A booking with everything its emails need, read by `executor` (the transaction that changes it). */
export async function loadMailBooking(executor: DbExecutor, id: string): Promise<MailBooking> {
  const row = await executor.booking.findUniqueOrThrow({ where: { id }, select: mailBookingSelect });
  const { topics, mentor, coFounders, anonymisedAt, ...booking } = row;
  const locale = pickLocale(booking.locale);
  return {
    ...booking,
    locale,
    // Erased (lib/retention): no address to write to, and the volunteer's mail reads "a founder (details erased)".
    anonymised: anonymisedAt !== null,
    founderName: founderNameOrErased(booking.founderName),
    topics: topics.map(({ topic }) => topic.name),
    coFounders: coFounders.map(({ email }) => ({ email, removeUrl: coFounderUrl(config.publicUrl, config.secret, booking.id, email, locale) })),
    mentor: { ...mentor, email: mentor.user.email, locale: pickLocale(mentor.user.locale) },
    urls: bookingUrls(config.publicUrl, config.secret, booking.id, locale),
  };
}
