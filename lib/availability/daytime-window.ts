import { DateTime, IANAZone } from "luxon";
import { isOvernight, type DaytimeWindow } from "../format/daytime-window";
import type { MentorSchedule } from "./schedule";
import { expandAvailability, mergeRanges, wallClockInstant, type AvailabilitySettings, type Slot } from "./slots";

const FIRST_FEW = 4;
const MINUTES_PER_DAY = 1440;

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
 * (else within their own horizon), or null. Most of the cost is per slot
 * expanded, so the first few slots are tried alone first: a mentor with a
 * suitable time mostly has one among them, and one without costs a few slots more.
 */
export function firstFreeInWindow(schedule: MentorSchedule, inside: (slot: Slot) => boolean, now: Date, until?: Date): Slot | null {
  if (!schedule.bookable) return null;
  const first = expandAvailability(schedule.settings, schedule.busy, now, { until, limit: FIRST_FEW });
  const found = first.find(inside);
  if (found || first.length < FIRST_FEW) return found ?? null;
  return expandAvailability(schedule.settings, schedule.busy, now, { until }).find(inside) ?? null;
}

/**
 * A quick test to run before expanding a mentor's schedule for a window: false
 * only when no slot of theirs starting between `now` and `until` can be inside
 * it, so a mentor it turns away needs no expansion. It never turns away one
 * that has such a slot (the tests try it on many zones, hours and dates).
 *
 * A slot's start, read on the viewer's clock, is its reading on the mentor's
 * clock plus the difference between the two zones' offsets at that instant;
 * each zone takes one or two offsets in the period, so there are at most four
 * differences. The mentor's hours (every day's, merged: more than any one day
 * offers) are moved by each difference and compared with the starts the
 * window allows. A clock change can stretch an hour of either clock by the gap
 * between that zone's offsets, so both sides are widened by it.
 */
export function windowScreen(window: DaytimeWindow, viewerZone: string, now: Date, until: Date): (settings: AvailabilitySettings) => boolean {
  const offsets = new Map<string, number[]>();
  const offsetsIn = (zone: string) => {
    let found = offsets.get(zone);
    if (!found) {
      const iana = IANAZone.create(zone);
      const seen = new Set([iana.offset(until.getTime())]);
      // Twice a day: no zone keeps an offset for less than half a day.
      for (let at = now.getTime(); at < until.getTime(); at += MINUTES_PER_DAY * 30_000) seen.add(iana.offset(at));
      found = [...seen];
      offsets.set(zone, found);
    }
    return found;
  };
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
  const viewerOffsets = offsetsIn(viewerZone);
  const viewerStretch = spread(viewerOffsets);
  const opens = window.startHour * 60;
  const closes = window.endHour * 60 + (isOvernight(window) ? MINUTES_PER_DAY : 0);

  return (settings) => {
    const session = settings.sessionMinutes;
    const earliest = opens - viewerStretch;
    const latest = closes - session + viewerStretch;
    if (latest < earliest) return false;
    const mentorOffsets = offsetsIn(settings.timeZone);
    const mentorStretch = spread(mentorOffsets);
    for (const range of dayRanges(settings)) {
      const lastStart = range.endMinute - session + mentorStretch;
      if (lastStart < range.startMinute) continue;
      for (const viewer of viewerOffsets) {
        for (const mentor of mentorOffsets) {
          const shift = viewer - mentor;
          if (overlapOnClock(range.startMinute + shift, lastStart + shift, earliest, latest)) return true;
        }
      }
    }
    return false;
  };
}

/** Each weekday's hours with every one-off range merged in: a superset of any one date's merged hours. */
function dayRanges(settings: AvailabilitySettings) {
  const weekdays = new Set(settings.weeklyRules.map((rule) => rule.weekday));
  const ranges = [...weekdays].flatMap((weekday) => mergeRanges([...settings.weeklyRules.filter((rule) => rule.weekday === weekday), ...settings.extraSlots]));
  return weekdays.size === 0 ? mergeRanges(settings.extraSlots) : ranges;
}

/** Whether two spans of minutes, each read on a 24-hour clock face, share a minute. */
function overlapOnClock(fromA: number, toA: number, fromB: number, toB: number): boolean {
  if (toA - fromA >= MINUTES_PER_DAY || toB - fromB >= MINUTES_PER_DAY) return true;
  const startA = ((fromA % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const startB = ((fromB % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const endA = startA + (toA - fromA);
  const endB = startB + (toB - fromB);
  return [-MINUTES_PER_DAY, 0, MINUTES_PER_DAY].some((turn) => startA <= endB + turn && startB + turn <= endA);
}
