import { DateTime } from "luxon";
import { mergeRanges, type AvailabilitySettings, type Busy } from "./slots";

type Hours = Pick<AvailabilitySettings, "timeZone" | "weeklyRules" | "extraSlots" | "daysOff">;

/**
 * Bookings that no longer lie within the volunteer's hours: on a day off, or not
 * inside one of that local date's weekly or extra ranges. Compared on the wall
 * clock in the volunteer's zone, as the volunteer reads their own hours; the
 * end is start plus the real length, so an hour that repeats in autumn counts once.
 */
export function bookingsOutsideHours<T extends Busy>(hours: Hours, bookings: T[]): T[] {
  return bookings.filter((booking) => !isWithinHours(hours, booking));
}

export function isWithinHours(hours: Hours, booking: Busy): boolean {
  const start = DateTime.fromJSDate(booking.startsAt, { zone: hours.timeZone });
  const date = start.toISODate();
  if (!date || hours.daysOff.some((off) => off.startDate <= date && date <= off.endDate)) return false;
  const from = start.hour * 60 + start.minute;
  const to = from + Math.ceil((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000);
  const ranges = mergeRanges([
    ...hours.weeklyRules.filter((rule) => rule.weekday === start.weekday),
    ...hours.extraSlots.filter((extra) => extra.date === date),
  ]);
  return ranges.some((range) => range.startMinute <= from && to <= range.endMinute);
}

/** What the volunteer is told after a change: "Saved." and, when it applies, what happens to sessions outside their hours. */
export function availabilityMessage(done: string, outside: number, describe?: (count: number) => string): string {
  if (outside === 0) return done;
  if (describe) return `${done} ${describe(outside)}`;
  const some = outside === 1 ? "1 booked session falls" : `${outside} booked sessions fall`;
  const them = outside === 1 ? "it stays booked — cancel it" : "they stay booked — cancel them";
  return `${done} ${some} outside your available times; ${them} from Sessions if you cannot make ${outside === 1 ? "it" : "them"}.`;
}
