import type { AvailabilitySettings, Busy } from "./slots";

/** What the database holds for one mentor's calendar, as loaded by data.ts. */
export interface MentorScheduleRow extends Omit<AvailabilitySettings, "weeklyRules" | "extraSlots" | "daysOff" | "elsewhere"> {
  id: string;
  status: string;
  acceptingBookings: boolean;
  weeklyRules: AvailabilitySettings["weeklyRules"];
  extraSlots: AvailabilitySettings["extraSlots"];
  daysOff: AvailabilitySettings["daysOff"];
  bookings: Busy[];
  busyTimes: Busy[];
}

export interface MentorSchedule {
  mentorId: string;
  /** Approved and not paused by the volunteer. */
  bookable: boolean;
  settings: AvailabilitySettings;
  busy: Busy[];
}

export function toSchedule(row: MentorScheduleRow): MentorSchedule {
  const { id, status, acceptingBookings, bookings, busyTimes, ...settings } = row;
  return { mentorId: id, bookable: status === "approved" && acceptingBookings, settings: { ...settings, elsewhere: busyTimes }, busy: bookings };
}

/**
 * Bookings from this far back count towards the weekly cap: a week in the
 * mentor's zone began at most 7 days and 14 hours (UTC+14) ago.
 */
export const CAP_LOOKBACK_MS = 8 * 24 * 60 * 60_000;
