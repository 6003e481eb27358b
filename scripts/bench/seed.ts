// Fresh SQLite databases for the benchmark, filled with multi-row INSERTs in one transaction each.
import { copyFileSync, rmSync } from "node:fs";
import Sqlite from "better-sqlite3";
import { DEMO_TOPICS } from "../../prisma/demo-data";
import { migrateDatabase } from "../database";
import { createRandom } from "../../lib/random";
import { planFounderBookings, planMentors, planStatsBookings, SEARCH_WORD, type BenchBooking, type BenchMentor } from "./seed-data";

// SQLite allows 32,766 bound values per statement; 400 rows keeps every table well under.
const ROWS_PER_INSERT = 400;

export interface SeedOptions {
  mentors: number;
  founderBookings: number;
  statsBookings: number;
}

export interface SeededData {
  mentors: Pick<BenchMentor, "id" | "slug" | "languages" | "topics">[];
  topicSlugs: string[];
  searchWord: string;
  founderBookings: number;
  statsBookings: number;
  seconds: { main: number; stats: number };
}

type Value = string | number | boolean | Date | null;
type Row = Record<string, Value>;

function removeDatabase(file: string) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}

/** Stored the way Prisma's SQLite adapter stores them, so the app reads them back unchanged. */
function sqlValue(value: Value): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

function insertRows(sqlite: Sqlite.Database, table: string, rows: Row[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statement = (count: number) =>
    sqlite.prepare(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${Array(count).fill(tuple).join(", ")}`);
  const full = statement(ROWS_PER_INSERT);
  for (let index = 0; index < rows.length; index += ROWS_PER_INSERT) {
    const batch = rows.slice(index, index + ROWS_PER_INSERT);
    (batch.length === ROWS_PER_INSERT ? full : statement(batch.length)).run(batch.flatMap((row) => columns.map((column) => sqlValue(row[column] ?? null))));
  }
}

function mentorRows(mentors: BenchMentor[], topicIds: Map<string, string>, now: Date): [string, Row[]][] {
  const approvedAt = new Date(now.getTime() - 30 * 86_400_000);
  return [
    [
      "User",
      mentors.map((m) => ({
        id: m.userId,
        email: m.email,
        name: m.displayName,
        role: "volunteer",
        emailVerified: approvedAt,
        createdAt: approvedAt,
        updatedAt: approvedAt,
      })),
    ],
    [
      "MentorProfile",
      mentors.map(({ settings, languages: _l, topics: _t, email: _e, ...m }) => ({
        ...m,
        status: "approved",
        application: "Benchmark mentor.",
        sessionMinutes: settings.sessionMinutes,
        bufferMinutes: settings.bufferMinutes,
        minNoticeHours: settings.minNoticeHours,
        horizonDays: settings.horizonDays,
        maxPerWeek: settings.maxPerWeek,
        acceptingBookings: true,
        approvedAt,
        // Due at once: the server's start-up housekeeping fills in nextFreeAt, as after an approval.
        nextFreeRefreshAt: now,
        createdAt: approvedAt,
        updatedAt: approvedAt,
      })),
    ],
    ["MentorTopic", mentors.flatMap((m) => m.topics.map((slug) => ({ mentorId: m.id, topicId: topicIds.get(slug)! })))],
    ["MentorLanguage", mentors.flatMap((m) => m.languages.map((language) => ({ mentorId: m.id, language })))],
    ["WeeklyRule", mentors.flatMap((m) => m.settings.weeklyRules.map((rule, index) => ({ id: `${m.id}-rule-${index}`, mentorId: m.id, ...rule })))],
  ];
}

function bookingRows(bookings: BenchBooking[], topicIds: Map<string, string>): [string, Row[]][] {
  return [
    [
      "Booking",
      bookings.map(({ topicSlugs: _topics, ...booking }) => ({
        ...booking,
        icsSequence: 0,
        updatedAt: booking.cancelledAt ?? booking.confirmedAt ?? booking.createdAt,
      })),
    ],
    ["BookingTopic", bookings.flatMap((b) => b.topicSlugs.map((slug) => ({ bookingId: b.id, topicId: topicIds.get(slug)! })))],
  ];
}

function insertAll(file: string, tables: [string, Row[]][]) {
  const sqlite = new Sqlite(file);
  try {
    sqlite.transaction(() => {
      for (const [table, rows] of tables) insertRows(sqlite, table, rows);
    })();
  } finally {
    sqlite.close();
  }
}

/**
 * The served database (mentors, availability, a few thousand bookings on real
 * slots) and, as a copy of it plus many more past bookings, the statistics one.
 * Two files so the founder pages see a coherent calendar (weekly caps, buffers)
 * while the statistics run over 100,000 bookings.
 */
export async function seedBenchDatabases(files: { main: string; stats: string }, options: SeedOptions, now = new Date()): Promise<SeededData> {
  const random = createRandom(1_122);
  const topicSlugs = DEMO_TOPICS.map((topic) => topic.slug);
  const topicIds = new Map(topicSlugs.map((slug) => [slug, `bench-topic-${slug}`]));

  let started = performance.now();
  removeDatabase(files.main);
  await migrateDatabase(`file:${files.main}`);
  const mentors = planMentors(options.mentors, topicSlugs, random);
  const founderBookings = planFounderBookings(mentors, options.founderBookings, now, random, topicSlugs);
  insertAll(files.main, [
    ["Topic", DEMO_TOPICS.map((topic) => ({ id: topicIds.get(topic.slug)!, ...topic, archived: false }))],
    ...mentorRows(mentors, topicIds, now),
    ...bookingRows(founderBookings, topicIds),
  ]);
  const mainSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  removeDatabase(files.stats);
  copyFileSync(files.main, files.stats);
  const extra = planStatsBookings(mentors, founderBookings, Math.max(0, options.statsBookings - founderBookings.length), now, random, topicSlugs);
  insertAll(files.stats, bookingRows(extra, topicIds));
  const statsSeconds = (performance.now() - started) / 1000;

  return {
    mentors: mentors.map(({ id, slug, languages, topics }) => ({ id, slug, languages, topics })),
    topicSlugs,
    searchWord: SEARCH_WORD,
    founderBookings: founderBookings.length,
    statsBookings: founderBookings.length + extra.length,
    seconds: { main: mainSeconds, stats: statsSeconds },
  };
}
