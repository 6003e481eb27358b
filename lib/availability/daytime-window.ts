import { DateTime } from "luxon";
import { isOvernight, type DaytimeWindow } from "../format/daytime-window";
import type { MentorSchedule } from "./schedule";
import { expandAvailability, wallClockInstant, type Slot } from "./slots";

const WEEK_MS = 7 * 86_400_000;

/**
 * Whether a slot suits a viewer whose daytime window is `window` in `zone`: it
 * starts at or after the window opens and ends at or before it closes, on one
 * day of the viewer's calendar. An overnight window (21:00–08:00) opens on one
 * day and closes the next morning, so a slot at 23:00 or at 06:00 is inside it.
 *
 * The window's edges are instants found on each of the viewer's days, not clock
 * readings compared, so a slot is judged by the time the viewer lives through:
 * across a DST change in either zone, a London slot at 20:00 is 09:00 in
 * Auckland one week and 08:00 the next. An edge is read as the mentor's own
 * hours are (wallClockInstant): a time the clocks repeat is its first
 * occurrence, a time they skip is the moment of the jump.
 *
 * The test remembers each day's window, so use one for many slots.
 */
export function insideWindow(window: DaytimeWindow, zone: string): (slot: Slot) => boolean {
  const overnight = isOvernight(window);
  const days = new Map<string, { opens: number; closes: number }>();
  const windowOpeningOn = (day: DateTime) => {
    const key = day.toISODate()!;
    let found = days.get(key);
    if (!found) {
      found = {
        opens: wallClockInstant(day, window.startHour * 60, zone).ms,
        closes: wallClockInstant(overnight ? day.plus({ days: 1 }) : day, window.endHour * 60, zone).ms,
      };
      days.set(key, found);
    }
    return found;
  };
  return (slot) => {
    const start = slot.startsAt.getTime();
    const end = slot.endsAt.getTime();
    const local = DateTime.fromMillis(start, { zone });
    // The viewer's calendar date, walked on a UTC calendar as slots.ts does.
    const day = DateTime.utc(local.year, local.month, local.day);
    const fits = (opening: DateTime) => {
      const { opens, closes } = windowOpeningOn(opening);
      return opens <= start && end <= closes;
    };
    return fits(day) || (overnight && fits(day.minus({ days: 1 })));
  };
}

/** The slots that suit the viewer, in their order. */
export function slotsInWindow<T extends Slot>(slots: T[], window: DaytimeWindow, zone: string): T[] {
  return slots.filter(insideWindow(window, zone));
}

/**
 * A mentor's first bookable slot that passes `inside` and starts before `until`
 * (else within their own horizon), or null. Expands the first week alone first:
 * a mentor with a suitable time mostly has one soon, and a mentor without one
 * costs a quarter more than a single expansion over four weeks.
 */
export function firstFreeInWindow(schedule: MentorSchedule, inside: (slot: Slot) => boolean, now: Date, until?: Date): Slot | null {
  if (!schedule.bookable) return null;
  const weekOut = new Date(now.getTime() + WEEK_MS);
  const soonUntil = until && until <= weekOut ? until : weekOut;
  const soon = expandAvailability(schedule.settings, schedule.busy, now, { until: soonUntil }).find(inside);
  if (soon) return soon;
  if (soonUntil === until || schedule.settings.horizonDays <= 6) return null;
  return expandAvailability(schedule.settings, schedule.busy, now, { until }).find(inside) ?? null;
}
