import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { createDatabaseClient, type Database } from "../lib/db/connect";
import { resolveDatabaseTarget } from "../lib/db/provider";
import type { BookingStatus } from "../lib/db/types";
import { mentorSearchText } from "../lib/mentors/search-text";
import { hashSecret, newSecret } from "../lib/security/secrets";
import { DEMO_BOOKINGS, DEMO_MENTORS, DEMO_ORGANISER, DEMO_TOPICS, type DemoBooking, type DemoMentor } from "./demo-data";
import { parseClock } from "../lib/availability/clock";

export interface SeedSummary {
  topics: number;
  mentors: number;
  bookings: number;
}

export interface PlannedBooking extends Omit<DemoBooking, "when" | "occurrence"> {
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  expiresAt: Date | null;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
}

const ACTIVE_STATUSES: BookingStatus[] = ["pending", "confirmed", "held", "no_show"];
const SEARCH_DAYS = 120;

const plusMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

function localDate(now: Date, zone: string, daysFromNow: number): string {
  return DateTime.fromJSDate(now, { zone }).startOf("day").plus({ days: daysFromNow }).toISODate()!;
}

/**
 * Start times of the mentor's weekly rules, nearest first, walking day by day
 * in the mentor's own zone. Local times that a DST jump skips are left out
 * rather than shifted, so every start really is on the mentor's rule.
 */
function* ruleStarts(mentor: DemoMentor, now: Date, direction: 1 | -1): Generator<DateTime> {
  const today = DateTime.fromJSDate(now, { zone: mentor.timeZone }).startOf("day");
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const day = today.plus({ days: offset * direction });
    const starts = mentor.weekly
      .filter((rule) => rule.weekday === day.weekday)
      .flatMap((rule) => {
        const minute = parseClock(rule.start);
        const start = day.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
        return start.hour * 60 + start.minute === minute ? [start] : [];
      })
      .sort((a, b) => (a.toMillis() - b.toMillis()) * direction);
    yield* starts;
  }
}

function isDayOff(mentor: DemoMentor, now: Date, start: DateTime): boolean {
  const date = start.toISODate()!;
  return (mentor.daysOff ?? []).some(
    (off) => date >= localDate(now, mentor.timeZone, off.fromDaysFromNow) && date <= localDate(now, mentor.timeZone, off.toDaysFromNow),
  );
}

function findStart(mentor: DemoMentor, booking: DemoBooking, now: Date): DateTime {
  const nowMs = now.getTime();
  const earliest = nowMs + mentor.limits.minNoticeHours * 3_600_000;
  const latest = nowMs + mentor.limits.horizonDays * 86_400_000;
  const sessionMs = mentor.limits.sessionMinutes * 60_000;
  let seen = 0;
  for (const start of ruleStarts(mentor, now, booking.when === "past" ? -1 : 1)) {
    const ms = start.toMillis();
    const fits = booking.when === "past" ? ms + sessionMs <= nowMs : ms >= earliest && ms <= latest && !isDayOff(mentor, now, start);
    if (fits && seen++ === booking.occurrence) return start;
  }
  throw new Error(`No ${booking.when} slot #${booking.occurrence} for ${mentor.slug}`);
}

/** Where and when each demo booking goes, relative to `now`; pure apart from reading the data. */
export function planDemoBookings(now: Date, mentors = DEMO_MENTORS, bookings = DEMO_BOOKINGS): PlannedBooking[] {
  const taken = new Set<string>();
  return bookings.map((demo) => {
    const { when, occurrence, ...booking } = demo;
    const mentor = mentors.find((candidate) => candidate.slug === booking.mentor);
    if (!mentor) throw new Error(`Demo booking for unknown mentor ${booking.mentor}`);
    const start = findStart(mentor, demo, now);
    const startsAt = start.toJSDate();
    const key = `${mentor.slug} ${startsAt.toISOString()}`;
    if (ACTIVE_STATUSES.includes(booking.status)) {
      if (taken.has(key)) throw new Error(`Two active demo bookings at ${key}`);
      taken.add(key);
    }
    const day = 24 * 60;
    const createdAt = booking.status === "pending" ? now : when === "past" ? plusMinutes(startsAt, -6 * day) : plusMinutes(now, -day);
    const confirmed = booking.status === "confirmed" || booking.status === "held" || booking.status === "no_show";
    return {
      ...booking,
      startsAt,
      endsAt: plusMinutes(startsAt, mentor.limits.sessionMinutes),
      createdAt,
      expiresAt: booking.status === "pending" || booking.status === "expired" ? plusMinutes(createdAt, 30) : null,
      confirmedAt: confirmed ? plusMinutes(createdAt, 12) : null,
      cancelledAt: booking.status.startsWith("cancelled") ? plusMinutes(startsAt, -day) : null,
      cancelReason: booking.status.startsWith("cancelled") ? (booking.cancelReason ?? "Plans changed.") : undefined,
    };
  });
}

async function upsertTopics(db: Database): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const topic of DEMO_TOPICS) {
    const row = await db.topic.upsert({
      where: { slug: topic.slug },
      create: { ...topic },
      update: { name: topic.name, sortOrder: topic.sortOrder, archived: false },
    });
    ids.set(topic.slug, row.id);
  }
  return ids;
}

async function upsertMentor(db: Database, mentor: DemoMentor, topicIds: Map<string, string>, now: Date): Promise<string> {
  const user = await db.user.upsert({
    where: { email: mentor.email },
    create: { email: mentor.email, name: mentor.displayName, role: "volunteer", emailVerified: now },
    update: { name: mentor.displayName, role: "volunteer" },
  });
  const existing = await db.mentorProfile.findUnique({ where: { userId: user.id }, select: { approvedAt: true } });
  const approvedAt = mentor.status === "approved" ? (existing?.approvedAt ?? plusMinutes(now, -30 * 24 * 60)) : null;
  const profile = {
    slug: mentor.slug,
    status: mentor.status,
    displayName: mentor.displayName,
    pronouns: mentor.pronouns ?? null,
    headline: mentor.headline,
    bio: mentor.bio,
    application: mentor.application,
    timeZone: mentor.timeZone,
    country: mentor.country,
    coopName: mentor.coopName,
    coopUrl: mentor.coopUrl,
    meetingUrl: mentor.meetingUrl,
    searchText: mentorSearchText(mentor),
    ...mentor.limits,
    acceptingBookings: true,
    approvedAt,
  };
  const children = {
    topics: { create: mentor.topics.map((slug) => ({ topicId: topicIds.get(slug)! })) },
    languages: { create: mentor.languages.map((language) => ({ language })) },
    weeklyRules: {
      create: mentor.weekly.map((rule) => ({ weekday: rule.weekday, startMinute: parseClock(rule.start), endMinute: parseClock(rule.end) })),
    },
    extraSlots: {
      create: (mentor.extraSlots ?? []).map((slot) => ({
        date: localDate(now, mentor.timeZone, slot.daysFromNow),
        startMinute: parseClock(slot.start),
        endMinute: parseClock(slot.end),
      })),
    },
    daysOff: {
      create: (mentor.daysOff ?? []).map((off) => ({
        startDate: localDate(now, mentor.timeZone, off.fromDaysFromNow),
        endDate: localDate(now, mentor.timeZone, off.toDaysFromNow),
        note: off.note,
      })),
    },
  };
  // Nested deleteMany + create run in the upsert's own transaction, so a re-seed replaces the lists atomically.
  const row = await db.mentorProfile.upsert({
    where: { userId: user.id },
    create: { userId: user.id, ...profile, ...children },
    update: {
      ...profile,
      topics: { deleteMany: {}, ...children.topics },
      languages: { deleteMany: {}, ...children.languages },
      weeklyRules: { deleteMany: {}, ...children.weeklyRules },
      extraSlots: { deleteMany: {}, ...children.extraSlots },
      daysOff: { deleteMany: {}, ...children.daysOff },
    },
    select: { id: true },
  });
  return row.id;
}

async function createBookings(db: Database, mentorIds: Map<string, string>, topicIds: Map<string, string>, now: Date): Promise<number> {
  if ((await db.booking.count()) > 0) return 0;
  const plans = planDemoBookings(now);
  await db.$transaction(
    plans.map(({ mentor, topics, ...plan }) =>
      db.booking.create({
        data: {
          ...plan,
          mentorId: mentorIds.get(mentor)!,
          consentAt: plan.createdAt,
          confirmTokenHash: plan.status === "pending" ? hashSecret(newSecret()) : null,
          manageTokenHash: hashSecret(newSecret()),
          icsUid: `${randomUUID()}@candle`,
          icsSequence: 0,
          topics: { create: topics.map((slug) => ({ topicId: topicIds.get(slug)! })) },
        },
      }),
    ),
  );
  return plans.length;
}

/** Fills a database with demo topics, mentors and (only into an empty booking table) bookings. Safe to run again. */
export async function seedDemoData(db: Database, now = new Date()): Promise<SeedSummary> {
  const topicIds = await upsertTopics(db);
  await db.user.upsert({
    where: { email: DEMO_ORGANISER.email },
    create: { ...DEMO_ORGANISER, role: "organiser", emailVerified: now },
    update: { name: DEMO_ORGANISER.name, role: "organiser" },
  });
  const mentorIds = new Map<string, string>();
  for (const mentor of DEMO_MENTORS) {
    mentorIds.set(mentor.slug, await upsertMentor(db, mentor, topicIds, now));
  }
  const bookings = await createBookings(db, mentorIds, topicIds, now);
  return { topics: DEMO_TOPICS.length, mentors: DEMO_MENTORS.length, bookings };
}

async function main() {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file: the defaults apply.
  }
  const db = createDatabaseClient(resolveDatabaseTarget(process.env.DATABASE_URL));
  try {
    const summary = await seedDemoData(db);
    console.log(`Seeded ${summary.topics} topics, ${summary.mentors} mentors and ${summary.bookings} new bookings.`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
