import { DateTime } from "luxon";
import { mergeRanges, type AvailabilitySettings, type LocalRange } from "../availability/slots";
import { DAY_MS, type StatsScope } from "./period";

/** What a mentor's calendar offered, as far as the stats can know it. */
export type OfferSettings = Pick<
  AvailabilitySettings,
  "timeZone" | "sessionMinutes" | "bufferMinutes" | "maxPerWeek" | "weeklyRules" | "extraSlots" | "daysOff"
>;

const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 1440;

/**
 * How many sessions a mentor's availability offered in [from, to): the slots
 * their weekly hours and one-off times make, minus days off, and in each of
 * their local weeks no more than their weekly cap. The same slots
 * `expandAvailability` would list, counted without listing them.
 *
 * An approximation: only current rules are stored, so they are projected over
 * the whole period, and notice and horizon (which move with "now") are ignored.
 * Days are also counted on the mentor's wall clock, as if every local day were
 * 24 hours long: on the two days a year a zone changes its clocks, a range that
 * spans the change counts as many slots as its wall-clock length holds, where
 * the booking page offers up to an hour's worth fewer (spring forward) or more
 * (fall back).
 */
export function countOfferedSlots(settings: OfferSettings, scope: Pick<StatsScope, "from" | "to">): number {
  const { sessionMinutes, maxPerWeek } = settings;
  if (!Number.isInteger(sessionMinutes) || sessionMinutes <= 0) throw new RangeError(`Invalid sessionMinutes ${sessionMinutes}`);
  if (maxPerWeek <= 0) return 0;
  const step = sessionMinutes + settings.bufferMinutes;
  const first = localClock(scope.from, settings.timeZone);
  const last = localClock(scope.to, settings.timeZone);

  const rulesByWeekday = [1, 2, 3, 4, 5, 6, 7].map((weekday) => settings.weeklyRules.filter((rule) => rule.weekday === weekday));
  const rangesByWeekday = rulesByWeekday.map(mergeRanges);
  const slotsByWeekday = rangesByWeekday.map((ranges) => countStarts(ranges, sessionMinutes, step, 0, MINUTES_PER_DAY));
  const extrasByDay = new Map<number, LocalRange[]>();
  for (const extra of settings.extraSlots) {
    const day = epochDay(extra.date);
    if (day >= first.day && day <= last.day) extrasByDay.set(day, [...(extrasByDay.get(day) ?? []), extra]);
  }
  const daysOff = settings.daysOff.map((off) => ({ from: epochDay(off.startDate), to: epochDay(off.endDate) }));

  let offered = 0;
  let week = NaN;
  let inWeek = 0;
  for (let day = first.day; day <= last.day; day++) {
    if (daysOff.some((off) => off.from <= day && day <= off.to)) continue;
    const weekdayIndex = (((day + 3) % 7) + 7) % 7;
    const from = day === first.day ? first.minute : 0;
    const to = day === last.day ? last.minute : MINUTES_PER_DAY;
    const extras = extrasByDay.get(day);
    const ranges = extras ? mergeRanges([...rulesByWeekday[weekdayIndex]!, ...extras]) : rangesByWeekday[weekdayIndex]!;
    const slots = extras || from > 0 || to < MINUTES_PER_DAY ? countStarts(ranges, sessionMinutes, step, from, to) : slotsByWeekday[weekdayIndex]!;
    // Days since the epoch, shifted so every ISO week (Monday–Sunday) shares one number.
    const dayWeek = Math.floor((day + 3) / 7);
    if (dayWeek !== week) {
      offered += Math.min(inWeek, maxPerWeek);
      week = dayWeek;
      inWeek = 0;
    }
    inWeek += slots;
  }
  return offered + Math.min(inWeek, maxPerWeek);
}

/**
 * Slots whose start minute lies in [from, to) in merged ranges of one day. A
 * range starts a slot every session + buffer minutes for as long as a whole
 * session still fits before it ends.
 */
function countStarts(ranges: readonly LocalRange[], session: number, step: number, from: number, to: number): number {
  let count = 0;
  for (const range of ranges) {
    const length = range.endMinute - range.startMinute;
    if (length < session) continue;
    const last = Math.min(Math.floor((length - session) / step), Math.ceil((to - range.startMinute) / step) - 1);
    const first = Math.max(0, Math.ceil((from - range.startMinute) / step));
    if (last >= first) count += last - first + 1;
  }
  return count;
}

/**
 * An instant on the zone's wall clock: its local date (days since 1970-01-01)
 * and the first whole minute of that date not before it. A slot starting at
 * that minute or later starts at or after the instant.
 */
function localClock(at: Date, zone: string): { day: number; minute: number } {
  const local = DateTime.fromJSDate(at, { zone });
  if (!local.isValid) throw new RangeError(`Invalid time zone ${zone} or instant ${String(at)}`);
  const localMs = at.getTime() + local.offset * MINUTE_MS;
  const day = Math.floor(localMs / DAY_MS);
  return { day, minute: Math.ceil((localMs - day * DAY_MS) / MINUTE_MS) };
}

/** A YYYY-MM-DD date as days since 1970-01-01. */
function epochDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}
