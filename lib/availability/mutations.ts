import "server-only";
import { db, type DbExecutor } from "../db/client";
import { listMentorsDueForRefresh, loadMentorSchedules } from "./data";
import { nextFreeSlot } from "./slots";

const HOUR_MS = 3_600_000;

/**
 * Recomputes the cached next free slot. It stays right until its start falls
 * inside the minimum notice, or an hour passes (the horizon moves on, so a mentor
 * with nothing free may have something now); then it is due again.
 */
export async function refreshNextFreeSlots(mentorIds: string[], now: Date, executor: DbExecutor = db) {
  const schedules = await loadMentorSchedules(mentorIds, now, executor);
  for (const schedule of schedules) {
    const slot = schedule.bookable ? nextFreeSlot(schedule.settings, schedule.busy, now) : null;
    const hourFromNow = now.getTime() + HOUR_MS;
    const stale = slot ? slot.startsAt.getTime() - schedule.settings.minNoticeHours * HOUR_MS : hourFromNow;
    const refreshAt = Math.max(now.getTime() + 60_000, Math.min(stale, hourFromNow));
    await executor.mentorProfile.update({
      where: { id: schedule.mentorId },
      data: { nextFreeAt: slot?.startsAt ?? null, nextFreeRefreshAt: new Date(refreshAt) },
    });
  }
}

/** Refreshes every mentor whose cached slot is due; returns how many. */
export async function refreshDueNextFreeSlots(now = new Date(), batch = 200): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const ids = await listMentorsDueForRefresh(now, batch);
    if (ids.length === 0) return refreshed;
    await refreshNextFreeSlots(ids, now);
    refreshed += ids.length;
    if (ids.length < batch) return refreshed;
  }
}
