import "server-only";
import { empty, join, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { CANCELLED_STATUSES } from "../db/booking-status";
import { config } from "../config";
import { db } from "../db/client";
import type { BookingStatus, FeedbackNextStep, MentorStatus } from "../db/types";
import { medianOfWindow, medianWindow } from "./maths";
import type { OfferSettings } from "./offered";
import { DAY_MS, isoDate, type StatsScope } from "./period";
import { tallyFeedback, type DayCountryCount, type FeedbackCounts } from "./tally";

// Every figure is an aggregate computed by the database (COUNT, GROUP BY, and the
// median by ORDER BY … LIMIT/OFFSET), scoped by the sessions' start and, when
// given, the mentors; no query here loads the period's bookings one by one.

/**
 * Bookings that hold their slot: confirmed, held, no-show, and holds still
 * waiting for the founder's confirmation. A hold whose time ran out counts as
 * expired even before housekeeping marks it so.
 */
function bookedWhere(scope: StatsScope, now: Date) {
  return {
    ...periodWhere(scope),
    OR: [{ status: { in: ["confirmed", "held", "no_show"] as BookingStatus[] } }, { status: "pending" as const, expiresAt: { gt: now } }],
  };
}

function periodWhere(scope: StatsScope) {
  return { startsAt: { gte: scope.from, lt: scope.to }, ...(scope.mentorIds ? { mentorId: { in: [...scope.mentorIds] } } : {}) };
}

function mentorSql(scope: StatsScope, table: Sql = empty): Sql {
  if (!scope.mentorIds) return empty;
  return scope.mentorIds.length ? sql`AND ${table}"mentorId" IN (${join([...scope.mentorIds])})` : sql`AND 1 = 0`;
}

// Statuses are written into the SQL as literals: PostgreSQL will not compare its enum with a text parameter.
function bookedSql(scope: StatsScope, now: Date): Sql {
  return sql`"startsAt" >= ${scope.from} AND "startsAt" < ${scope.to} ${mentorSql(scope)}
    AND ("status" IN ('confirmed', 'held', 'no_show') OR ("status" = 'pending' AND "expiresAt" > ${now}))`;
}

const postgres = () => config.database.provider === "postgres";

/** The session's UTC calendar day, as YYYY-MM-DD. */
const daySql = () => (postgres() ? sql`to_char("startsAt", 'YYYY-MM-DD')` : sql`date("startsAt")`);

/** Whole seconds from booking to session. */
const leadSecondsSql = () =>
  postgres()
    ? sql`CAST(EXTRACT(EPOCH FROM date_trunc('second', "startsAt")) - EXTRACT(EPOCH FROM date_trunc('second', "createdAt")) AS BIGINT)`
    : sql`unixepoch("startsAt") - unixepoch("createdAt")`;

export type StatusCounts = Record<BookingStatus, number>;

const ALL_STATUSES: BookingStatus[] = ["pending", "requested", "confirmed", "held", "no_show", ...CANCELLED_STATUSES, "expired"];

/** Every booking in the period by status; lapsed holds are counted as expired. */
export async function countBookingsByStatus(scope: StatsScope, now: Date): Promise<StatusCounts> {
  // Naming every status lets both databases seek the (status, startsAt) index instead of scanning it.
  const where = { ...periodWhere(scope), status: { in: ALL_STATUSES } };
  const lapsedWhere = (status: "pending" | "requested") => ({ ...where, status, OR: [{ expiresAt: null }, { expiresAt: { lte: now } }] });
  const [groups, lapsedHolds, lapsedRequests] = await Promise.all([
    db.booking.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.booking.count({ where: lapsedWhere("pending") }),
    db.booking.count({ where: lapsedWhere("requested") }),
  ]);
  const counts = Object.fromEntries(ALL_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const group of groups) counts[group.status] = group._count._all;
  counts.pending -= lapsedHolds;
  counts.requested -= lapsedRequests;
  counts.expired += lapsedHolds + lapsedRequests;
  return counts;
}

/**
 * Booked sessions per UTC day (YYYY-MM-DD) and founder's country: one pass over
 * the period serves both the weekly chart and the countries list.
 */
export async function countBookedByDayAndCountry(scope: StatsScope, now: Date): Promise<DayCountryCount[]> {
  const rows = await db.$queryRaw<{ day: string; country: string; count: bigint | number }[]>(
    sql`SELECT ${daySql()} AS "day", "founderCountry" AS "country", COUNT(*) AS "count" FROM "Booking" WHERE ${bookedSql(scope, now)} GROUP BY 1, 2`,
  );
  return rows.map((row) => ({ day: String(row.day), country: row.country, count: Number(row.count) }));
}

/**
 * Median time from booking to session of booked sessions, in milliseconds (to
 * the second); null when none. `booked` is how many there are (from
 * countBookingsByStatus), which says which rows hold the median.
 */
export async function medianLeadTimeMs(scope: StatsScope, now: Date, booked: number): Promise<number | null> {
  const window = medianWindow(booked);
  if (!window) return null;
  const rows = await db.$queryRaw<{ lead: bigint | number }[]>(
    sql`SELECT ${leadSecondsSql()} AS "lead" FROM "Booking" WHERE ${bookedSql(scope, now)} ORDER BY 1 LIMIT ${window.limit} OFFSET ${window.offset}`,
  );
  const seconds = medianOfWindow(rows.map((row) => Number(row.lead)));
  return seconds === null ? null : seconds * 1000;
}

/** The topics booked sessions were about, most asked for first. */
export async function countBookedByTopic(scope: StatsScope, now: Date, limit: number): Promise<{ topicId: string; name: string; count: number }[]> {
  const groups = await db.bookingTopic.groupBy({
    by: ["topicId"],
    where: { booking: bookedWhere(scope, now) },
    _count: { topicId: true },
    orderBy: [{ _count: { topicId: "desc" } }, { topicId: "asc" }],
    take: limit,
  });
  const topics = await db.topic.findMany({ where: { id: { in: groups.map((group) => group.topicId) } }, select: { id: true, name: true } });
  const names = new Map(topics.map((topic) => [topic.id, topic.name]));
  return groups.map((group) => ({ topicId: group.topicId, name: names.get(group.topicId) ?? group.topicId, count: group._count.topicId }));
}

/** Booked sessions per volunteer who had any, busiest first, with their weekly cap: one grouped join. */
export async function countBookedPerMentor(scope: StatsScope, now: Date) {
  const rows = await db.$queryRaw<
    { id: string; name: string; slug: string; status: MentorStatus; maxPerWeek: number | bigint; sessions: number | bigint }[]
  >(sql`
    SELECT m."id", m."displayName" AS "name", m."slug", m."status", m."maxPerWeek", b."sessions"
    FROM (SELECT "mentorId", COUNT(*) AS "sessions" FROM "Booking" WHERE ${bookedSql(scope, now)} GROUP BY "mentorId") b
    JOIN "MentorProfile" m ON m."id" = b."mentorId"
    ORDER BY b."sessions" DESC, m."id" ASC`);
  return rows.map((row) => ({
    mentorId: row.id,
    name: row.name,
    slug: row.slug,
    status: String(row.status) as MentorStatus,
    maxPerWeek: Number(row.maxPerWeek),
    sessions: Number(row.sessions),
  }));
}

/** What the founders asked after sessions starting in the period said: counts per answer, never the answers themselves. */
export async function countFeedback(scope: StatsScope): Promise<FeedbackCounts> {
  // Answers count only from sessions whose founder was asked, so the rate is answers ÷ asked (never above 1).
  const asked = sql`b."startsAt" >= ${scope.from} AND b."startsAt" < ${scope.to} ${mentorSql(scope, sql`b.`)}
    AND b."status" IN ('confirmed', 'held') AND b."followUpAskedAt" IS NOT NULL`;
  const [[total], answers] = await Promise.all([
    db.$queryRaw<{ asked: bigint | number }[]>(sql`SELECT COUNT(*) AS "asked" FROM "Booking" b WHERE ${asked}`),
    db.$queryRaw<{ usefulness: bigint | number; nextStep: FeedbackNextStep; quoteConsent: boolean | number; count: bigint | number }[]>(sql`
      SELECT f."usefulness", f."nextStep", f."quoteConsent", COUNT(*) AS "count"
      FROM "SessionFeedback" f JOIN "Booking" b ON b."id" = f."bookingId"
      WHERE ${asked}
      GROUP BY 1, 2, 3`),
  ]);
  return tallyFeedback(
    Number(total?.asked ?? 0),
    answers.map((row) => ({
      usefulness: Number(row.usefulness),
      nextStep: String(row.nextStep) as FeedbackNextStep,
      quoteConsent: Boolean(row.quoteConsent),
      count: Number(row.count),
    })),
  );
}

/**
 * Approved mentors' calendars as stored now: weekly hours, and one-off times and
 * days off near the period (local dates can be a day either side of UTC ones).
 */
export async function listOfferSchedules(scope: StatsScope): Promise<(OfferSettings & { mentorId: string })[]> {
  const first = isoDate(new Date(scope.from.getTime() - DAY_MS));
  const last = isoDate(new Date(scope.to.getTime() + DAY_MS));
  const rows = await db.mentorProfile.findMany({
    where: { status: "approved", ...(scope.mentorIds ? { id: { in: [...scope.mentorIds] } } : {}) },
    select: {
      id: true,
      timeZone: true,
      sessionMinutes: true,
      bufferMinutes: true,
      maxPerWeek: true,
      weeklyRules: { select: { weekday: true, startMinute: true, endMinute: true } },
      extraSlots: { where: { date: { gte: first, lte: last } }, select: { date: true, startMinute: true, endMinute: true } },
      daysOff: { where: { endDate: { gte: first }, startDate: { lte: last } }, select: { startDate: true, endDate: true } },
    },
  });
  return rows.map(({ id, ...settings }) => ({ mentorId: id, ...settings }));
}

export interface ExportBooking {
  id: string;
  mentorName: string;
  status: BookingStatus;
  startsAt: Date;
  createdAt: Date;
  founderCountry: string;
  coopStage: string;
  topics: string[];
  feedback: { usefulness: number; nextStep: FeedbackNextStep } | null;
  /** Only when the organiser asked for founders' own words. */
  freeText?: {
    founderName: string;
    founderEmail: string;
    message: string;
    cancelReason: string | null;
    feedbackComment: string | null;
    quoteConsent: boolean | null;
  };
}

/**
 * One page of every booking in the period, by start time, after the booking
 * `after` (keyset paging), so an export streams without holding the period in memory.
 */
export async function listBookingsForExport(scope: StatsScope, options: { includeText: boolean; take: number; after?: string }): Promise<ExportBooking[]> {
  const rows = await db.booking.findMany({
    where: periodWhere(scope),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: options.take,
    ...(options.after ? { cursor: { id: options.after }, skip: 1 } : {}),
    select: {
      id: true,
      status: true,
      startsAt: true,
      createdAt: true,
      founderCountry: true,
      coopStage: true,
      founderName: options.includeText,
      founderEmail: options.includeText,
      message: options.includeText,
      cancelReason: options.includeText,
      mentor: { select: { displayName: true } },
      topics: { select: { topic: { select: { name: true, sortOrder: true } } } },
      feedback: { select: { usefulness: true, nextStep: true, comment: options.includeText, quoteConsent: options.includeText } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    mentorName: row.mentor.displayName,
    status: row.status,
    startsAt: row.startsAt,
    createdAt: row.createdAt,
    founderCountry: row.founderCountry,
    coopStage: row.coopStage,
    topics: row.topics
      .map(({ topic }) => topic)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((topic) => topic.name),
    feedback: row.feedback ? { usefulness: row.feedback.usefulness, nextStep: row.feedback.nextStep } : null,
    ...(options.includeText
      ? {
          freeText: {
            founderName: row.founderName ?? "",
            founderEmail: row.founderEmail ?? "",
            message: row.message ?? "",
            cancelReason: row.cancelReason ?? null,
            feedbackComment: row.feedback?.comment ?? null,
            quoteConsent: row.feedback ? (row.feedback.quoteConsent ?? false) : null,
          },
        }
      : {}),
  }));
}
