// Fresh SQLite databases for the benchmark, filled with multi-row INSERTs in one transaction each.
import { copyFileSync, rmSync } from "node:fs";
import Sqlite from "better-sqlite3";
import { DEMO_TOPICS } from "../../prisma/demo-data";
import pg from "pg";
import { postgresPoolConfig, resolveDatabaseTarget } from "../../lib/db/provider";
import { dropPostgresSchema, migrateDatabase } from "../database";
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
      bookings.map(({ topicSlugs: _topics, feedback: _feedback, ...booking }) => ({
        ...booking,
        icsSequence: 0,
        updatedAt: booking.cancelledAt ?? booking.confirmedAt ?? booking.createdAt,
      })),
    ],
    ["BookingTopic", bookings.flatMap((b) => b.topicSlugs.map((slug) => ({ bookingId: b.id, topicId: topicIds.get(slug)! })))],
    ["SessionFeedback", bookings.flatMap((b) => (b.feedback ? [{ bookingId: b.id, ...b.feedback, createdAt: b.followUpAskedAt }] : []))],
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

/** What the benchmark stores: the same rows whichever database holds them. */
export interface BenchPlan {
  data: SeededData;
  /** The served database: topics, mentors, availability, founder bookings on real slots. */
  main: [string, Row[]][];
  /** Added to a copy of the served database for the statistics. */
  extra: [string, Row[]][];
}

export function planBench(options: SeedOptions, now = new Date()): BenchPlan {
  const random = createRandom(1_122);
  const topicSlugs = DEMO_TOPICS.map((topic) => topic.slug);
  const topicIds = new Map(topicSlugs.map((slug) => [slug, `bench-topic-${slug}`]));
  const mentors = planMentors(options.mentors, topicSlugs, random);
  const founderBookings = planFounderBookings(mentors, options.founderBookings, now, random, topicSlugs);
  const extra = planStatsBookings(mentors, founderBookings, Math.max(0, options.statsBookings - founderBookings.length), now, random, topicSlugs);
  return {
    data: {
      mentors: mentors.map(({ id, slug, languages, topics }) => ({ id, slug, languages, topics })),
      topicSlugs,
      searchWord: SEARCH_WORD,
      founderBookings: founderBookings.length,
      statsBookings: founderBookings.length + extra.length,
      seconds: { main: 0, stats: 0 },
    },
    main: [
      ["Topic", DEMO_TOPICS.map((topic) => ({ id: topicIds.get(topic.slug)!, ...topic, archived: false }))],
      ...mentorRows(mentors, topicIds, now),
      ...bookingRows(founderBookings, topicIds),
    ],
    extra: bookingRows(extra, topicIds),
  };
}

/**
 * Two SQLite files: the served database and, as a copy of it plus many more past
 * bookings, the statistics one. Two so the founder pages see a coherent calendar
 * (weekly caps, buffers) while the statistics run over 100,000 bookings.
 */
export async function seedSqliteBench(files: { main: string; stats: string }, plan: BenchPlan): Promise<SeededData> {
  let started = performance.now();
  removeDatabase(files.main);
  await migrateDatabase(`file:${files.main}`);
  insertAll(files.main, plan.main);
  const main = (performance.now() - started) / 1000;
  started = performance.now();
  removeDatabase(files.stats);
  copyFileSync(files.main, files.stats);
  insertAll(files.stats, plan.extra);
  return { ...plan.data, seconds: { main, stats: (performance.now() - started) / 1000 } };
}

// PostgreSQL allows 65,535 bound values per statement.
const POSTGRES_VALUES_PER_INSERT = 30_000;

async function insertPostgres(url: string, tables: [string, Row[]][]) {
  const target = resolveDatabaseTarget(url);
  if (target.provider !== "postgres") throw new Error(`not a PostgreSQL URL: ${url}`);
  const client = new pg.Client(postgresPoolConfig(target));
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const [table, rows] of tables) {
      if (rows.length === 0) continue;
      const columns = Object.keys(rows[0]!);
      const perInsert = Math.max(1, Math.floor(POSTGRES_VALUES_PER_INSERT / columns.length));
      for (let index = 0; index < rows.length; index += perInsert) {
        const batch = rows.slice(index, index + perInsert);
        const tuples = batch.map((_, row) => `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(", ")})`);
        await client.query(
          `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
          batch.flatMap((row) => columns.map((column) => row[column] ?? null)),
        );
      }
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

/** The same two databases as schemas of one PostgreSQL database, made afresh. */
export async function seedPostgresBench(urls: { main: string; stats: string }, plan: BenchPlan): Promise<SeededData> {
  let started = performance.now();
  for (const url of [urls.main, urls.stats]) {
    await dropPostgresSchema(url);
    await migrateDatabase(url);
  }
  await insertPostgres(urls.main, plan.main);
  const main = (performance.now() - started) / 1000;
  started = performance.now();
  await insertPostgres(urls.stats, [...plan.main, ...plan.extra]);
  // Vacuumed and analysed, as autovacuum keeps a database that has been running.
  for (const url of [urls.main, urls.stats]) await analysePostgres(url);
  return { ...plan.data, seconds: { main, stats: (performance.now() - started) / 1000 } };
}

async function analysePostgres(url: string) {
  const target = resolveDatabaseTarget(url);
  if (target.provider !== "postgres") return;
  const client = new pg.Client(postgresPoolConfig(target));
  await client.connect();
  try {
    await client.query(`VACUUM ANALYZE "Booking", "BookingTopic", "MentorProfile"`);
  } finally {
    await client.end();
  }
}
