import "server-only";
import type { BookingStatus } from "../db/types";
import { countBooked, countBookedByCountry, countBookedByTopic, countBookedPerMentor, countBookedPerWeek, countBookingsByStatus, listOfferSchedules, medianLeadTimeMs } from "./data";
import { fillRate, fillWeeks, flagOverload, shareOf, type FlaggedLoad } from "./maths";
import { countOfferedSlots } from "./offered";
import { periodDays, weekStarts, type StatsScope } from "./period";

export interface ProgrammeStats {
  from: Date;
  /** Exclusive. */
  to: Date;
  weeks: number;
  /** Every booking starting in the period, whatever became of it. */
  requests: number;
  statuses: Record<BookingStatus, number>;
  /** Bookings holding their slot: confirmed, held, no-show and holds awaiting confirmation. */
  booked: number;
  perWeek: { week: string; count: number }[];
  fill: { booked: number; offered: number; rate: number | null; mentors: number };
  leadTimeMs: number | null;
  expired: { count: number; share: number | null };
  topics: { topicId: string; name: string; count: number }[];
  countries: { country: string; count: number }[];
  /** Booked sessions from countries outside the top list. */
  otherCountries: number;
  volunteers: ({ mentorId: string; name: string; slug: string; status: string; maxPerWeek: number; sessions: number } & FlaggedLoad)[];
}

export const STATS_LIMITS = { topics: 10, countries: 12 };

/**
 * The dashboard's figures for sessions starting in the scope's period (and of
 * its mentors, when given). Each is one aggregate query; only offered slots are
 * worked out here, from each approved mentor's current availability.
 */
export async function computeProgrammeStats(scope: StatsScope, now = new Date(), limits = STATS_LIMITS): Promise<ProgrammeStats> {
  const [statuses, perWeek, leadTimeMs, bookedApproved, topics, countries, perMentor, schedules] = await Promise.all([
    countBookingsByStatus(scope, now),
    countBookedPerWeek(scope, now),
    medianLeadTimeMs(scope, now),
    countBooked(scope, now, true),
    countBookedByTopic(scope, now, limits.topics),
    countBookedByCountry(scope, now, limits.countries),
    countBookedPerMentor(scope, now),
    listOfferSchedules(scope),
  ]);
  const requests = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const booked = statuses.pending + statuses.confirmed + statuses.held + statuses.no_show;
  const offered = schedules.reduce((sum, schedule) => sum + countOfferedSlots(schedule, scope), 0);
  const weeks = periodDays(scope) / 7;
  return {
    from: scope.from,
    to: scope.to,
    weeks,
    requests,
    statuses,
    booked,
    perWeek: fillWeeks(weekStarts(scope), perWeek),
    fill: { booked: bookedApproved, offered, rate: fillRate(bookedApproved, offered), mentors: schedules.length },
    leadTimeMs,
    expired: { count: statuses.expired, share: shareOf(statuses.expired, requests) },
    topics,
    countries,
    otherCountries: booked - countries.reduce((sum, row) => sum + row.count, 0),
    volunteers: flagOverload(perMentor, weeks),
  };
}
