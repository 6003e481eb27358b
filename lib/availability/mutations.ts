import "server-only";
import { sqltag as sql } from "@prisma/client/runtime/client";
import { db, type DbExecutor } from "../db/client";
import { bookingsOutsideHours } from "./coverage";
import { listMentorsDueForRefresh, loadMentorSchedules } from "./data";
import type { MentorSchedule } from "./schedule";
import type { DayOffInput, LimitsInput } from "./schema";
import { nextFreeSlot, type DatedRange, type WeeklyRange } from "./slots";
import { TRANSACTION_OPTIONS } from "../db/transactions";
import { directoryChanged, mentorChanged, volunteerAreaChanged } from "../cache/invalidate";

const HOUR_MS = 3_600_000;

/**
 * The cached next free slot of a schedule, and when to recompute it: it stays
 * right until its start falls inside the minimum notice, or an hour passes (the
 * horizon moves on, so a mentor with nothing free may have something now).
 */
export function nextFreeFields(schedule: MentorSchedule, now: Date): { nextFreeAt: Date | null; nextFreeRefreshAt: Date } {
  const slot = schedule.bookable ? nextFreeSlot(schedule.settings, schedule.busy, now) : null;
  const hourFromNow = now.getTime() + HOUR_MS;
  const stale = slot ? slot.startsAt.getTime() - schedule.settings.minNoticeHours * HOUR_MS : hourFromNow;
  return { nextFreeAt: slot?.startsAt ?? null, nextFreeRefreshAt: new Date(Math.max(now.getTime() + 60_000, Math.min(stale, hourFromNow))) };
}

/** Recomputes the cached next free slot of these mentors. */
export async function refreshNextFreeSlots(mentorIds: string[], now: Date, executor: DbExecutor = db) {
  const schedules = await loadMentorSchedules(mentorIds, now, executor);
  for (const schedule of schedules) await saveNextFree(executor, schedule, now);
}

/** How long an instance has to refresh a mentor it claimed before another may. */
const REFRESH_CLAIM_MS = 60_000;

/**
 * Takes a due mentor for this instance: moving the refresh time on succeeds for
 * exactly one of several instances that listed the same mentor.
 */
async function claimRefresh(mentorId: string, now: Date): Promise<boolean> {
  const { count } = await db.mentorProfile.updateMany({
    where: { id: mentorId, nextFreeRefreshAt: { lte: now } },
    data: { nextFreeRefreshAt: new Date(now.getTime() + REFRESH_CLAIM_MS) },
  });
  return count === 1;
}

/**
 * Refreshes every mentor whose cached slot is due, each by one instance only;
 * returns the ids this call refreshed. The directory shows the new slots at once
 * on every instance.
 */
export async function refreshDueNextFreeSlots(now = new Date(), batch = 200): Promise<string[]> {
  const refreshed: string[] = [];
  for (;;) {
    const listed = await listMentorsDueForRefresh(now, batch);
    const claimed: string[] = [];
    for (const id of listed) if (await claimRefresh(id, now)) claimed.push(id);
    if (claimed.length) await refreshNextFreeSlots(claimed, now);
    refreshed.push(...claimed);
    if (listed.length < batch) break;
  }
  if (refreshed.length) directoryChanged();
  return refreshed;
}

/** After a change: upcoming active bookings, and how many of them now lie outside the volunteer's hours. */
export interface AvailabilityChange {
  upcoming: number;
  outside: number;
}

/**
 * Locks the mentor's row for the rest of the transaction (an UPDATE takes a row
 * lock on PostgreSQL; SQLite runs one writer at a time), so concurrent bookings
 * of one mentor are decided one after the other and the weekly cap, buffers and
 * notice hold. The unique index on active (mentor, start) is the last line.
 */
export async function lockMentor(tx: DbExecutor, mentorId: string): Promise<{ slug: string; displayName: string }> {
  // Raw: every booking, move and availability change starts here, and a model update costs
  // three times as much in Prisma's query compiler as the statement does in the database.
  const [mentor] = await tx.$queryRaw<{ slug: string; displayName: string }[]>(
    sql`UPDATE "MentorProfile" SET "bookingSeq" = "bookingSeq" + 1, "updatedAt" = ${new Date()} WHERE "id" = ${mentorId} RETURNING "slug", "displayName"`,
  );
  if (!mentor) throw new Error(`No mentor ${mentorId} to lock`);
  return mentor;
}

/** Stores the mentor's next free slot as just worked out from their schedule, in one statement. */
export async function saveNextFree(tx: DbExecutor, schedule: MentorSchedule, now: Date) {
  const { nextFreeAt, nextFreeRefreshAt } = nextFreeFields(schedule, now);
  await tx.$executeRaw(
    sql`UPDATE "MentorProfile" SET "nextFreeAt" = ${nextFreeAt}, "nextFreeRefreshAt" = ${nextFreeRefreshAt}, "updatedAt" = ${now} WHERE "id" = ${schedule.mentorId}`,
  );
}

/**
 * Runs one change to a volunteer's availability. Bookings are never touched:
 * the result counts the upcoming ones the new hours no longer cover, so the
 * volunteer can be told. The mentor row is updated first, as a booking
 * transaction does, so a booking made at the same moment is decided wholly
 * before or wholly after this change and the count includes it.
 */
async function changeAvailability(mentorId: string, now: Date, change: (tx: DbExecutor) => Promise<unknown>): Promise<AvailabilityChange> {
  const { slug, ...result } = await db.$transaction(async (tx) => {
    const { slug } = await lockMentor(tx, mentorId);
    await change(tx);
    const [schedule] = await loadMentorSchedules([mentorId], now, tx);
    const upcoming = schedule ? schedule.busy.filter((booking) => booking.startsAt > now) : [];
    const outside = schedule ? bookingsOutsideHours(schedule.settings, upcoming).length : 0;
    await refreshNextFreeSlots([mentorId], now, tx);
    return { slug, upcoming: upcoming.length, outside };
  }, TRANSACTION_OPTIONS);
  mentorChanged(slug);
  volunteerAreaChanged();
  return result;
}

/** Replaces the volunteer's weekly hours (wall-clock ranges in their zone). */
export async function saveWeeklyHours(mentorId: string, ranges: WeeklyRange[], now = new Date()): Promise<AvailabilityChange> {
  return changeAvailability(mentorId, now, async (tx) => {
    await tx.weeklyRule.deleteMany({ where: { mentorId } });
    if (ranges.length > 0) {
      await tx.weeklyRule.createMany({
        data: ranges.map(({ weekday, startMinute, endMinute }) => ({ mentorId, weekday, startMinute, endMinute })),
      });
    }
  });
}

/** Session length, buffer, notice, horizon, weekly cap and the volunteer's own pause; never the organisers' status. */
export async function saveLimits(mentorId: string, limits: LimitsInput, now = new Date()): Promise<AvailabilityChange> {
  const { sessionMinutes, bufferMinutes, minNoticeHours, horizonDays, maxPerWeek, acceptingBookings } = limits;
  return changeAvailability(mentorId, now, (tx) =>
    tx.mentorProfile.update({
      where: { id: mentorId },
      data: { sessionMinutes, bufferMinutes, minNoticeHours, horizonDays, maxPerWeek, acceptingBookings },
      select: { id: true },
    }),
  );
}

export async function addExtraSlot(mentorId: string, slot: DatedRange, now = new Date()): Promise<AvailabilityChange> {
  const { date, startMinute, endMinute } = slot;
  return changeAvailability(mentorId, now, (tx) => tx.extraSlot.create({ data: { mentorId, date, startMinute, endMinute }, select: { id: true } }));
}

/** Removes one of this mentor's extra slots; an id of someone else's removes nothing. */
export async function removeExtraSlot(mentorId: string, id: string, now = new Date()): Promise<AvailabilityChange & { removed: boolean }> {
  let removed = false;
  const change = await changeAvailability(mentorId, now, async (tx) => {
    removed = (await tx.extraSlot.deleteMany({ where: { id, mentorId } })).count > 0;
  });
  return { ...change, removed };
}

export async function addDayOff(mentorId: string, dayOff: DayOffInput, now = new Date()): Promise<AvailabilityChange> {
  const { startDate, endDate, note } = dayOff;
  return changeAvailability(mentorId, now, (tx) => tx.dayOff.create({ data: { mentorId, startDate, endDate, note }, select: { id: true } }));
}

/** Removes one of this mentor's days off; an id of someone else's removes nothing. */
export async function removeDayOff(mentorId: string, id: string, now = new Date()): Promise<AvailabilityChange & { removed: boolean }> {
  let removed = false;
  const change = await changeAvailability(mentorId, now, async (tx) => {
    removed = (await tx.dayOff.deleteMany({ where: { id, mentorId } })).count > 0;
  });
  return { ...change, removed };
}
