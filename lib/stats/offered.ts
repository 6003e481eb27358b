import { DateTime } from "luxon";
import { expandAvailability, type AvailabilitySettings } from "../availability/slots";
import { DAY_MS, type StatsScope } from "./period";

/** What a mentor's calendar offered, as far as the stats can know it. */
export type OfferSettings = Pick<
  AvailabilitySettings,
  "timeZone" | "sessionMinutes" | "bufferMinutes" | "maxPerWeek" | "weeklyRules" | "extraSlots" | "daysOff"
>;

/**
 * How many sessions a mentor's availability offered in [from, to): the slots
 * their weekly hours and one-off times make, minus days off, and in each of
 * their local weeks no more than their weekly cap.
 *
 * An approximation: only current rules are stored, so they are projected over
 * the whole period, and notice and horizon (which move with "now") are ignored.
 */
export function countOfferedSlots(settings: OfferSettings, scope: Pick<StatsScope, "from" | "to">): number {
  const days = Math.ceil((scope.to.getTime() - scope.from.getTime()) / DAY_MS) + 1;
  const slots = expandAvailability({ ...settings, minNoticeHours: 0, horizonDays: days }, [], scope.from, { until: scope.to });
  const perWeek = new Map<string, number>();
  for (const slot of slots) {
    const local = DateTime.fromJSDate(slot.startsAt, { zone: settings.timeZone });
    const week = `${local.weekYear}-${local.weekNumber}`;
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
  }
  let offered = 0;
  for (const count of perWeek.values()) offered += Math.min(count, settings.maxPerWeek);
  return offered;
}
