import "server-only";
import { cache } from "react";
import { formatDay, localDateKey, zoneLabel } from "../format/time";
import { bookingsOutsideHours } from "./coverage";
import { findAvailabilityEditorData, findMentorTimeZone, listBusyTimesWithSource, loadMentorSchedules } from "./data";
import { limitsValues, RANGE_ROWS, weeklyHoursValues } from "./schema";
import { expandAvailability, formatClock, type AvailabilitySettings, type Busy, type Slot } from "./slots";
import { requireVolunteer } from "../auth/session";
import { DEFAULT_LOCALE, intlLocale, pickLocale, type Locale } from "../i18n/languages";

/** The preview shows this many days ahead, whatever the booking horizon. */
export const PREVIEW_DAYS = 28;

const noon = (date: string) => new Date(`${date}T12:00:00Z`);
const fullDate = (locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "Tuesday 3 March 2026" for a local calendar date, in the volunteer's language. */
function dateLabel(date: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return `${formatDay(noon(date), "UTC")} ${date.slice(0, 4)}`;
  return fullDate(locale).format(noon(date));
}

/** Days off from one date to another (the same date: one day). */
function datesLabel(start: string, end: string, locale: Locale): string {
  if (start === end) return dateLabel(start, locale);
  if (locale === DEFAULT_LOCALE) return `${dateLabel(start, locale)} to ${dateLabel(end, locale)}`;
  return fullDate(locale).formatRange(noon(start), noon(end));
}

export interface HiddenSlot extends Slot {
  calendar: string;
  title: string;
}

export interface AvailabilityEditor {
  zone: string;
  /** "Asia/Tokyo (GMT+9)" */
  zoneLabel: string;
  /** The volunteer's local date, YYYY-MM-DD. */
  today: string;
  status: string;
  acceptingBookings: boolean;
  limits: Record<string, string>;
  weekly: { values: Record<string, string>; rowsPerDay: number };
  extraSlots: { id: string; label: string }[];
  daysOff: { id: string; label: string }[];
  /** Bookable slots in the next PREVIEW_DAYS days, exactly as founders are offered them (none while paused). */
  preview: Slot[];
  /** Slots the hours would offer that the volunteer's own calendars hide, each with the calendar and event (titles for the volunteer alone). */
  hidden: HiddenSlot[];
  /** Upcoming active bookings, and those outside the current hours. */
  upcoming: number;
  outside: number;
}

export async function findAvailabilityEditor(mentorId: string, now = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<AvailabilityEditor | null> {
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  const [row, schedules, elsewhere] = await Promise.all([
    findAvailabilityEditorData(mentorId, yesterday),
    loadMentorSchedules([mentorId], now),
    listBusyTimesWithSource(mentorId, now),
  ]);
  const schedule = schedules[0];
  if (!row || !schedule) return null;
  const zone = row.timeZone;
  const today = localDateKey(now, zone);
  const until = new Date(now.getTime() + PREVIEW_DAYS * 86_400_000);
  const preview = row.acceptingBookings ? expandAvailability(schedule.settings, schedule.busy, now, { until }) : [];
  const upcoming = schedule.busy.filter((booking) => booking.startsAt > now);
  const hidden = row.acceptingBookings ? hiddenByCalendars(schedule.settings, schedule.busy, preview, elsewhere, now, until) : [];
  const busiestDay = Math.max(0, ...[1, 2, 3, 4, 5, 6, 7].map((weekday) => row.weeklyRules.filter((rule) => rule.weekday === weekday).length));
  return {
    zone,
    zoneLabel: zoneLabel(zone, now),
    today,
    status: row.status,
    acceptingBookings: row.acceptingBookings,
    limits: limitsValues(row),
    weekly: { values: weeklyHoursValues(row.weeklyRules), rowsPerDay: Math.max(RANGE_ROWS, busiestDay) },
    extraSlots: row.extraSlots
      .filter((slot) => slot.date >= today)
      .map((slot) => ({
        id: slot.id,
        label: `${dateLabel(slot.date, locale)}${locale === "ja" ? " " : ", "}${formatClock(slot.startMinute)}–${formatClock(slot.endMinute)}`,
      })),
    daysOff: row.daysOff
      .filter((off) => off.endDate >= today)
      .map((off) => ({
        id: off.id,
        label: `${datesLabel(off.startDate, off.endDate, locale)}${off.note ? ` (${off.note})` : ""}`,
      })),
    preview,
    hidden,
    upcoming: upcoming.length,
    outside: bookingsOutsideHours(schedule.settings, upcoming).length,
  };
}

/** What the hours alone would offer, less what is offered: each with the first busy event (buffer included) that hides it. */
function hiddenByCalendars(
  settings: AvailabilitySettings,
  bookings: Busy[],
  offered: Slot[],
  elsewhere: Awaited<ReturnType<typeof listBusyTimesWithSource>>,
  now: Date,
  until: Date,
): HiddenSlot[] {
  if (elsewhere.length === 0) return [];
  const shown = new Set(offered.map((slot) => slot.startsAt.getTime()));
  const bufferMs = settings.bufferMinutes * 60_000;
  const hidden: HiddenSlot[] = [];
  for (const slot of expandAvailability({ ...settings, elsewhere: [] }, bookings, now, { until })) {
    if (shown.has(slot.startsAt.getTime())) continue;
    const cause = elsewhere.find(
      (busy) => busy.startsAt.getTime() - bufferMs < slot.endsAt.getTime() && busy.endsAt.getTime() + bufferMs > slot.startsAt.getTime(),
    );
    if (cause) hidden.push({ ...slot, calendar: cause.source.label, title: cause.title });
  }
  return hidden;
}

/** The volunteer's local date, YYYY-MM-DD, to check the dates they enter. */
export const loadVolunteerToday = cache(async (mentorId: string): Promise<string> => {
  const zone = await findMentorTimeZone(mentorId);
  return localDateKey(new Date(), zone ?? "UTC");
});

/** The signed-in volunteer's availability page. */
export const loadMyAvailabilityEditor = cache(async () => {
  const volunteer = await requireVolunteer("/volunteer/availability");
  return findAvailabilityEditor(volunteer.mentor.id, new Date(), pickLocale(volunteer.locale));
});
