import "server-only";
import type { BookingStatus } from "../db/types";
import {
  countBookedByDayAndCountry,
  countBookedByTopic,
  countBookedPerMentor,
  countBookingsByStatus,
  countFeedback,
  listOfferSchedules,
  medianLeadTimeMs,
} from "./data";
import { fillRate, fillWeeks, flagOverload, medianOfCounts, shareOf, type FlaggedLoad } from "./maths";
import { countOfferedSlots } from "./offered";
import { periodDays, weekStarts, type StatsScope } from "./period";
import { countPerWeek, topCountries, type FeedbackCounts } from "./tally";

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
  /** Founders' answers after their sessions. */
  feedback: FeedbackCounts & { rate: number | null; medianUsefulness: number | null };
}

export const STATS_LIMITS = { topics: 10, countries: 12 };

/**
 * The dashboard's figures for sessions starting in the scope's period (and of
 * its mentors, when given). Each is an aggregate query, or a sum of another
 * one's rows; only offered slots are worked out here, from each approved
 * mentor's current availability.
 */
export async function computeProgrammeStats(scope: StatsScope, now = new Date(), limits = STATS_LIMITS): Promise<ProgrammeStats> {
  const counting = countBookingsByStatus(scope, now);
  const [statuses, days, leadTimeMs, topics, perMentor, schedules, feedback] = await Promise.all([
    counting,
    countBookedByDayAndCountry(scope, now),
    counting.then((counts) => medianLeadTimeMs(scope, now, bookedOf(counts))),
    countBookedByTopic(scope, now, limits.topics),
    countBookedPerMentor(scope, now),
    listOfferSchedules(scope),
    countFeedback(scope),
  ]);
  const countries = topCountries(days, limits.countries);
  const requests = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const booked = bookedOf(statuses);
  // Sessions of volunteers approved now: the ones whose calendars make up "offered".
  const bookedApproved = perMentor.reduce((sum, row) => sum + (row.status === "approved" ? row.sessions : 0), 0);
  const offered = schedules.reduce((sum, schedule) => sum + countOfferedSlots(schedule, scope), 0);
  const weeks = periodDays(scope) / 7;
  return {
    from: scope.from,
    to: scope.to,
    weeks,
    requests,
    statuses,
    booked,
    perWeek: fillWeeks(weekStarts(scope), countPerWeek(days)),
    fill: { booked: bookedApproved, offered, rate: fillRate(bookedApproved, offered), mentors: schedules.length },
    leadTimeMs,
    expired: { count: statuses.expired, share: shareOf(statuses.expired, requests) },
    topics,
    countries,
    otherCountries: booked - countries.reduce((sum, row) => sum + row.count, 0),
    volunteers: flagOverload(perMentor, weeks),
    feedback: { ...feedback, rate: shareOf(feedback.responses, feedback.asked), medianUsefulness: medianOfCounts(feedback.usefulness) },
  };
}

/** Bookings holding their slot; lapsed holds are already counted as expired. */
function bookedOf(statuses: Record<BookingStatus, number>): number {
  return statuses.pending + statuses.confirmed + statuses.held + statuses.no_show;
}
