import { DateTime } from "luxon";
import { isMinuteRange } from "./clock";

export { formatClock, parseClock } from "./clock";

/** Minutes after local midnight; end exclusive, end <= 1440. */
export interface LocalRange {
  startMinute: number;
  endMinute: number;
}
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export interface WeeklyRange extends LocalRange {
  weekday: number;
}
/** A one-off range on a local calendar date, YYYY-MM-DD. */
export interface DatedRange extends LocalRange {
  date: string;
}
/** Inclusive local calendar dates, YYYY-MM-DD. */
export interface DayOffRange {
  startDate: string;
  endDate: string;
}
/** An active booking. */
export interface Busy {
  startsAt: Date;
  endsAt: Date;
}
export interface AvailabilitySettings {
  timeZone: string;
  sessionMinutes: number;
  bufferMinutes: number;
  minNoticeHours: number;
  horizonDays: number;
  maxPerWeek: number;
  weeklyRules: WeeklyRange[];
  extraSlots: DatedRange[];
  daysOff: DayOffRange[];
  /** Busy time in the volunteer's own calendars: blocks slots, buffer included, but is no booking towards the weekly cap. */
  elsewhere?: Busy[];
}
export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Bookable slots, ascending. `busy` must include every active booking from the
 * start of the current week in the mentor's zone, or the weekly cap undercounts.
 */
export function expandAvailability(settings: AvailabilitySettings, busy: Busy[], now: Date, options: { until?: Date; limit?: number } = {}): Slot[] {
  checkSettings(settings);
  if (Number.isNaN(now.getTime())) throw new RangeError("Invalid availability settings: now is not a date");
  const zone = settings.timeZone;
  const sessionMs = settings.sessionMinutes * MINUTE_MS;
  const bufferMs = settings.bufferMinutes * MINUTE_MS;
  const limit = options.limit ?? Infinity;
  const nowLocal = DateTime.fromJSDate(now, { zone });
  const earliest = now.getTime() + settings.minNoticeHours * HOUR_MS;
  // The horizon counts calendar days in the mentor's zone, so across a DST
  // change it still ends at the same wall-clock time as "now".
  let cutoff = nowLocal.plus({ days: settings.horizonDays }).toMillis();
  if (options.until) cutoff = Math.min(cutoff, options.until.getTime());

  const blocked = [...busy, ...(settings.elsewhere ?? [])].map((b) => ({ from: b.startsAt.getTime() - bufferMs, to: b.endsAt.getTime() + bufferMs }));
  const bookedPerWeek = new Map<number, number>();
  for (const b of busy) {
    const week = weekKey(DateTime.fromJSDate(b.startsAt, { zone }));
    bookedPerWeek.set(week, (bookedPerWeek.get(week) ?? 0) + 1);
  }

  const slots: Slot[] = [];
  const lastDate = dateKey(DateTime.fromMillis(cutoff, { zone }));
  // Dates are walked on a UTC calendar, not in the mentor's zone, so a zone whose
  // midnight is skipped by DST cannot stall or repeat a day.
  let day = DateTime.utc(nowLocal.year, nowLocal.month, nowLocal.day);
  for (; limit > 0 && dateKey(day) <= lastDate; day = day.plus({ days: 1 })) {
    const date = dateKey(day);
    if (settings.daysOff.some((off) => off.startDate <= date && date <= off.endDate)) continue;
    // Once a local ISO week holds maxPerWeek bookings, none of its slots are offered.
    if ((bookedPerWeek.get(weekKey(day)) ?? 0) >= settings.maxPerWeek) continue;

    const ranges = mergeRanges([
      ...settings.weeklyRules.filter((rule) => rule.weekday === day.weekday),
      ...settings.extraSlots.filter((extra) => extra.date === date),
    ]);
    for (const range of ranges) {
      for (const start of startsInRange(day, range, settings)) {
        if (start < earliest || start >= cutoff) continue;
        const end = start + sessionMs;
        if (blocked.some((b) => start < b.to && end > b.from)) continue;
        slots.push({ startsAt: new Date(start), endsAt: new Date(end) });
        if (slots.length >= limit) return slots;
      }
    }
  }
  return slots;
}

export function nextFreeSlot(settings: AvailabilitySettings, busy: Busy[], now: Date): Slot | null {
  return expandAvailability(settings, busy, now, { limit: 1 })[0] ?? null;
}

/** Slot start instants (ms) in one merged range of one local date. */
function startsInRange(day: DateTime, range: LocalRange, settings: AvailabilitySettings): number[] {
  const zone = settings.timeZone;
  const sessionMs = settings.sessionMinutes * MINUTE_MS;
  const bufferMs = settings.bufferMinutes * MINUTE_MS;
  const rangeEnd = wallClockInstant(day, range.endMinute, zone).ms;
  const starts: number[] = [];
  let free = -Infinity;
  for (let minute = range.startMinute; minute < range.endMinute; minute += settings.sessionMinutes + settings.bufferMinutes) {
    const start = wallClockInstant(day, minute, zone);
    // A start inside a spring-forward gap does not exist; right after the jump, a
    // wall-clock step can also land less than session + buffer after the previous
    // start in real time, which would make two offered slots overlap.
    if (start.inGap || start.ms < free) continue;
    if (start.ms + sessionMs > rangeEnd) continue;
    starts.push(start.ms);
    free = start.ms + sessionMs + bufferMs;
  }
  return starts;
}

/**
 * The instant of a wall-clock minute (0–1440) on a local date. An ambiguous time
 * (clocks going back) is the earlier instant, so the repeated hour is offered once.
 * A time inside a spring-forward gap is flagged, and its instant is the moment the
 * clocks jump: a range "until 01:30" on that night ends when 01:00 becomes 02:00.
 */
export function wallClockInstant(day: DateTime, minute: number, zone: string): { ms: number; inGap: boolean } {
  const date = minute === 1440 ? day.plus({ days: 1 }) : day;
  const clock = minute % 1440;
  const local = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: Math.floor(clock / 60), minute: clock % 60 }, { zone });
  const inGap = local.day !== date.day || local.hour * 60 + local.minute !== clock;
  if (!inGap) return { ms: Math.min(...local.getPossibleOffsets().map((c) => c.toMillis())), inGap };
  // Luxon moves a gap time forward past the jump; walk back to the jump itself.
  let ms = local.toMillis();
  while (DateTime.fromMillis(ms - MINUTE_MS, { zone }).offset === local.offset) ms -= MINUTE_MS;
  return { ms, inGap };
}

/** Overlapping or touching ranges joined, by start: one day's hours as founders are offered them. */
export function mergeRanges(ranges: readonly LocalRange[]): LocalRange[] {
  const merged: LocalRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.startMinute - b.startMinute)) {
    const last = merged.at(-1);
    if (last && range.startMinute <= last.endMinute) last.endMinute = Math.max(last.endMinute, range.endMinute);
    else merged.push({ startMinute: range.startMinute, endMinute: range.endMinute });
  }
  return merged;
}

/** The ISO week (Monday–Sunday) a date falls in, as a sortable number. */
function weekKey(date: DateTime): number {
  return date.weekYear * 100 + date.weekNumber;
}

function dateKey(date: DateTime): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function checkSettings(settings: AvailabilitySettings): void {
  const fail = (problem: string) => {
    throw new RangeError(`Invalid availability settings: ${problem}`);
  };
  if (!DateTime.now().setZone(settings.timeZone).isValid) fail(`unknown time zone ${settings.timeZone}`);
  if (!Number.isInteger(settings.sessionMinutes) || settings.sessionMinutes <= 0) fail("sessionMinutes must be a positive integer");
  for (const key of ["bufferMinutes", "minNoticeHours", "horizonDays", "maxPerWeek"] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 0) fail(`${key} must be a non-negative integer`);
  }
  for (const rule of settings.weeklyRules) {
    if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) fail(`weekday ${rule.weekday}`);
    if (!isMinuteRange(rule.startMinute, rule.endMinute)) fail(`weekly range ${rule.startMinute}-${rule.endMinute}`);
  }
  for (const extra of settings.extraSlots) {
    if (!isDate(extra.date)) fail(`extra slot date ${extra.date}`);
    if (!isMinuteRange(extra.startMinute, extra.endMinute)) fail(`extra range ${extra.startMinute}-${extra.endMinute}`);
  }
  for (const off of settings.daysOff) {
    if (!isDate(off.startDate) || !isDate(off.endDate) || off.endDate < off.startDate) {
      fail(`day off ${off.startDate}..${off.endDate}`);
    }
  }
}

function isDate(text: string): boolean {
  return DATE_PATTERN.test(text) && DateTime.fromISO(text, { zone: "utc" }).isValid;
}
