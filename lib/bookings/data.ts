import "server-only";
import { db } from "../db/client";
import { hashSecret } from "../security/secrets";

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
  const { topics, ...booking } = row;
  return { ...booking, topics: topics.map(({ topic }) => topic.name) };
}

export type FounderBooking = NonNullable<Awaited<ReturnType<typeof findBookingForFounder>>>;

/** Holds still waiting for founders to confirm, across all mentors: what makes the proof of work harder. */
export async function countUnconfirmedHolds(now: Date): Promise<number> {
  return db.booking.count({ where: { status: "pending", expiresAt: { gt: now } } });
}
