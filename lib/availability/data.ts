import "server-only";
import { db, type DbExecutor } from "../db/client";
import { ACTIVE_STATUSES } from "../db/booking-status";
import { CAP_LOOKBACK_MS, toSchedule, type MentorSchedule } from "./schedule";

/**
 * Everything slot expansion needs for these mentors, in one query: rules, one-off
 * slots and days off still ahead, and the active bookings that block time or
 * count towards the weekly cap (holds that have expired block nothing). A booking
 * being moved is left out so its own time does not block it.
 */
export async function loadMentorSchedules(mentorIds: string[], now: Date, executor: DbExecutor = db, ignoreBookingId?: string): Promise<MentorSchedule[]> {
  if (mentorIds.length === 0) return [];
  const lookback = new Date(now.getTime() - CAP_LOOKBACK_MS);
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  const rows = await executor.mentorProfile.findMany({
    where: { id: { in: mentorIds } },
    select: {
      id: true,
      status: true,
      acceptingBookings: true,
      timeZone: true,
      sessionMinutes: true,
      bufferMinutes: true,
      minNoticeHours: true,
      horizonDays: true,
      maxPerWeek: true,
      weeklyRules: { select: { weekday: true, startMinute: true, endMinute: true } },
      extraSlots: { where: { date: { gte: yesterday } }, select: { date: true, startMinute: true, endMinute: true } },
      daysOff: { where: { endDate: { gte: yesterday } }, select: { startDate: true, endDate: true } },
      bookings: {
        where: {
          endsAt: { gte: lookback },
          ...(ignoreBookingId ? { id: { not: ignoreBookingId } } : {}),
          status: { in: [...ACTIVE_STATUSES] },
          OR: [{ status: { not: "pending" } }, { expiresAt: { gt: now } }],
        },
        select: { startsAt: true, endsAt: true },
      },
      busyTimes: { where: { endsAt: { gt: now } }, select: { startsAt: true, endsAt: true } },
    },
  });
  return rows.map(toSchedule);
}

/** Approved mentors whose cached next free slot is due to be recomputed. */
export async function listMentorsDueForRefresh(now: Date, limit: number): Promise<string[]> {
  const rows = await db.mentorProfile.findMany({
    where: { nextFreeRefreshAt: { lte: now } },
    select: { id: true },
    orderBy: { nextFreeRefreshAt: "asc" },
    take: limit,
  });
  return rows.map((row) => row.id);
}

/** The volunteer's own hours and limits for the availability editor; one-offs and days off ending on or after `sinceDate`. */
export async function findAvailabilityEditorData(mentorId: string, sinceDate: string) {
  return db.mentorProfile.findUnique({
    where: { id: mentorId },
    select: {
      timeZone: true,
      status: true,
      acceptingBookings: true,
      sessionMinutes: true,
      bufferMinutes: true,
      minNoticeHours: true,
      horizonDays: true,
      maxPerWeek: true,
      weeklyRules: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      extraSlots: {
        where: { date: { gte: sinceDate } },
        select: { id: true, date: true, startMinute: true, endMinute: true },
        orderBy: [{ date: "asc" }, { startMinute: "asc" }],
      },
      daysOff: {
        where: { endDate: { gte: sinceDate } },
        select: { id: true, startDate: true, endDate: true, note: true },
        orderBy: [{ startDate: "asc" }, { endDate: "asc" }],
      },
    },
  });
}

export async function findMentorTimeZone(mentorId: string): Promise<string | null> {
  const row = await db.mentorProfile.findUnique({ where: { id: mentorId }, select: { timeZone: true } });
  return row?.timeZone ?? null;
}

/** Busy times still ahead with the calendar they come from, titles included: for the volunteer's own eyes only. */
export async function listBusyTimesWithSource(mentorId: string, now: Date) {
  return db.busyTime.findMany({
    where: { mentorId, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true, endsAt: true, title: true, source: { select: { label: true } } },
  });
}
