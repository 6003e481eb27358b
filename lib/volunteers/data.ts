import "server-only";
import { db } from "../db/client";
import type { MentorStatus } from "../db/types";

/** Applications waiting for an organiser, oldest first, with everything needed to decide. */
export async function listPendingApplications() {
  const rows = await db.mentorProfile.findMany({
    where: { status: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      displayName: true,
      pronouns: true,
      headline: true,
      bio: true,
      application: true,
      timeZone: true,
      country: true,
      coopName: true,
      coopUrl: true,
      meetingUrl: true,
      createdAt: true,
      user: { select: { email: true } },
      topics: { select: { topic: { select: { name: true } } }, orderBy: { topic: { sortOrder: "asc" } } },
      languages: { select: { language: true }, orderBy: { language: "asc" } },
      _count: { select: { weeklyRules: true } },
    },
  });
  return rows.map(({ user, topics, languages, _count, ...mentor }) => ({
    ...mentor,
    email: user.email,
    topics: topics.map(({ topic }) => topic.name),
    languages: languages.map(({ language }) => language),
    weeklyRules: _count.weeklyRules,
  }));
}

export type PendingApplication = Awaited<ReturnType<typeof listPendingApplications>>[number];

/**
 * Volunteers in these statuses, by name, each with how many upcoming sessions
 * (confirmed, or held and not lapsed) pausing or retiring them would cancel.
 */
export async function listVolunteers(statuses: MentorStatus[], now: Date) {
  const [rows, upcoming] = await Promise.all([
    db.mentorProfile.findMany({
      where: { status: { in: statuses } },
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        slug: true,
        status: true,
        displayName: true,
        country: true,
        maxPerWeek: true,
        acceptingBookings: true,
        nextFreeAt: true,
        approvedAt: true,
        user: { select: { email: true } },
      },
    }),
    db.booking.groupBy({
      by: ["mentorId"],
      where: { startsAt: { gt: now }, mentor: { status: { in: statuses } }, OR: [{ status: "confirmed" }, { status: "pending", expiresAt: { gt: now } }] },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(upcoming.map((row) => [row.mentorId, row._count._all]));
  return rows.map(({ user, ...mentor }) => ({ ...mentor, email: user.email, upcomingSessions: counts.get(mentor.id) ?? 0 }));
}

export type VolunteerRow = Awaited<ReturnType<typeof listVolunteers>>[number];

/** Invited addresses that have not applied yet. */
export async function listOpenInvitations() {
  return db.user.findMany({
    where: { role: "volunteer", mentor: { is: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, createdAt: true },
    take: 200,
  });
}

export async function countPendingApplications(): Promise<number> {
  return db.mentorProfile.count({ where: { status: "pending" } });
}

/**
 * Everything held about a volunteer's own account and profile, for them to take
 * away; the founders' details stay out of it, and so do calendar addresses and
 * passwords (only the label and masked address the calendars page shows).
 */
export async function collectVolunteerData(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      role: true,
      createdAt: true,
      mentor: {
        select: {
          slug: true,
          status: true,
          displayName: true,
          pronouns: true,
          headline: true,
          bio: true,
          application: true,
          timeZone: true,
          country: true,
          coopName: true,
          coopUrl: true,
          meetingUrl: true,
          sessionMinutes: true,
          bufferMinutes: true,
          minNoticeHours: true,
          horizonDays: true,
          maxPerWeek: true,
          acceptingBookings: true,
          approvedAt: true,
          createdAt: true,
          topics: { select: { topic: { select: { name: true } } } },
          languages: { select: { language: true } },
          weeklyRules: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
          extraSlots: { select: { date: true, startMinute: true, endMinute: true }, orderBy: { date: "asc" } },
          daysOff: { select: { startDate: true, endDate: true, note: true }, orderBy: { startDate: "asc" } },
          bookings: { select: { startsAt: true, endsAt: true, status: true }, orderBy: { startsAt: "asc" } },
          calendars: { select: { kind: true, label: true, masked: true, lastGoodAt: true, createdAt: true }, orderBy: { createdAt: "asc" } },
          _count: { select: { busyTimes: true } },
        },
      },
    },
  });
  if (!user) return null;
  const { mentor, ...account } = user;
  if (!mentor) return { account, profile: null };
  const { topics, languages, bookings, calendars, _count, ...profile } = mentor;
  return {
    account,
    profile: { ...profile, topics: topics.map(({ topic }) => topic.name), languages: languages.map((row) => row.language) },
    sessions: bookings,
    calendars,
    busyTimes: _count.busyTimes,
  };
}
