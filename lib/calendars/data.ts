import "server-only";
import { db } from "../db/client";
import type { MentorStatus } from "../db/types";
import { founderNameOrErased } from "../format/names";

/** Whose calendars are still read: a retired or declined volunteer's are never fetched again. */
const READ_FOR: MentorStatus[] = ["pending", "approved", "paused"];

/** A volunteer's calendars as their calendars page lists them; `sealed` is opened there only for CalDAV calendar names. */
export async function listCalendarSources(mentorId: string) {
  return db.calendarSource.findMany({
    where: { mentorId },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, label: true, masked: true, sealed: true, lastGoodAt: true, lastError: true, failures: true, nextReadAt: true },
  });
}

export async function findCalendarSource(mentorId: string, sourceId: string) {
  return db.calendarSource.findFirst({ where: { id: sourceId, mentorId }, select: { id: true, kind: true, sealed: true } });
}

/** Sources due to be read whose lease (if any) has run out, oldest first. */
export async function listDueCalendarSources(now: Date, limit: number): Promise<string[]> {
  const rows = await db.calendarSource.findMany({
    where: { nextReadAt: { lte: now }, mentor: { status: { in: READ_FOR } }, OR: [{ leaseUntil: null }, { leaseUntil: { lte: now } }] },
    orderBy: { nextReadAt: "asc" },
    select: { id: true },
    take: limit,
  });
  return rows.map((row) => row.id);
}

/** Everything one read needs: the source, and its volunteer's zone, horizon and address. */
export async function findSourceForRead(sourceId: string) {
  return db.calendarSource.findFirst({
    where: { id: sourceId, mentor: { status: { in: READ_FOR } } },
    select: {
      id: true,
      mentorId: true,
      label: true,
      sealed: true,
      etag: true,
      lastModified: true,
      coveredUntil: true,
      failures: true,
      failureNotifiedAt: true,
      mentor: { select: { slug: true, displayName: true, timeZone: true, horizonDays: true, user: { select: { email: true, locale: true } } } },
    },
  });
}

/** Confirmed sessions still ahead, to tell the volunteer which ones their calendar now clashes with. */
export async function listUpcomingConfirmedSessions(mentorId: string, now: Date) {
  const rows = await db.booking.findMany({
    where: { mentorId, status: "confirmed", endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, founderName: true },
  });
  return rows.map((row) => ({ ...row, founderName: founderNameOrErased(row.founderName) }));
}

/** The UIDs of this volunteer's sessions not yet over, as the invites and the feed carry them. */
export async function listSessionUids(mentorId: string, now: Date): Promise<string[]> {
  const rows = await db.booking.findMany({ where: { mentorId, endsAt: { gt: now } }, select: { icsUid: true } });
  return rows.map((row) => row.icsUid);
}
