import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime, IANAZone } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient, type Database } from "../../lib/db/connect";
import { resolveDatabaseTarget } from "../../lib/db/provider";
import { mentorSearchText } from "../../lib/mentors/search-text";
import { DEMO_BOOKINGS, DEMO_MENTORS, DEMO_ORGANISER, DEMO_TOPICS } from "../../prisma/demo-data";
import { parseClock } from "../../lib/availability/clock";
import { planDemoBookings, seedDemoData, type SeedSummary } from "../../prisma/seed";

type Rule = { weekday: number; startMinute: number; endMinute: number };

const mentorSlugs = DEMO_MENTORS.map((mentor) => mentor.slug);
const demoEmails = [DEMO_ORGANISER.email, ...DEMO_MENTORS.map((mentor) => mentor.email)];

/** A session lies on a rule when it starts and ends inside the rule's window on the same local day. */
function onWeeklyRule(startsAt: Date, endsAt: Date, zone: string, rules: Rule[]): boolean {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  const startMinute = start.hour * 60 + start.minute;
  const endMinute = end.hasSame(start, "day") ? end.hour * 60 + end.minute : 24 * 60 + end.hour * 60 + end.minute;
  return rules.some((rule) => rule.weekday === start.weekday && rule.startMinute <= startMinute && endMinute <= rule.endMinute);
}

function demoRules(slug: string): Rule[] {
  const mentor = DEMO_MENTORS.find((candidate) => candidate.slug === slug)!;
  return mentor.weekly.map((rule) => ({ weekday: rule.weekday, startMinute: parseClock(rule.start), endMinute: parseClock(rule.end) }));
}

describe("demo data", () => {
  it("is well formed", () => {
    const topicSlugs = new Set<string>(DEMO_TOPICS.map((topic) => topic.slug));
    expect(new Set(mentorSlugs).size).toBe(DEMO_MENTORS.length);
    for (const mentor of DEMO_MENTORS) {
      const kebab = mentor.displayName
        .normalize("NFD")
        .replace(/\p{Diacritic}/gu, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-");
      expect(mentor.slug).toBe(kebab);
      expect(IANAZone.isValidZone(mentor.timeZone), mentor.timeZone).toBe(true);
      expect(mentor.country).toMatch(/^[A-Z]{2}$/);
      expect(Intl.getCanonicalLocales(mentor.languages)).toEqual(mentor.languages);
      expect(mentor.headline.length).toBeLessThanOrEqual(100);
      expect(mentor.topics.length).toBeGreaterThanOrEqual(2);
      expect(mentor.topics.length).toBeLessThanOrEqual(4);
      expect(mentor.topics.every((slug) => topicSlugs.has(slug))).toBe(true);
      expect(mentor.meetingUrl).not.toContain("meet.google");
      for (const rule of demoRules(mentor.slug)) {
        expect(rule.endMinute - rule.startMinute).toBeGreaterThanOrEqual(mentor.limits.sessionMinutes);
      }
    }
  });

  it("plans every booking on a weekly rule, with notice, whatever day it is seeded", () => {
    const start = DateTime.fromISO("2026-01-01T00:00:00Z");
    for (let day = 0; day < 366; day += 3) {
      const now = start.plus({ days: day, hours: day % 24 }).toJSDate();
      for (const plan of planDemoBookings(now)) {
        const mentor = DEMO_MENTORS.find((candidate) => candidate.slug === plan.mentor)!;
        expect(onWeeklyRule(plan.startsAt, plan.endsAt, mentor.timeZone, demoRules(mentor.slug)), `${plan.mentor} ${plan.startsAt.toISOString()}`).toBe(true);
        expect(plan.endsAt.getTime() - plan.startsAt.getTime()).toBe(mentor.limits.sessionMinutes * 60_000);
        if (plan.startsAt > now) {
          expect(plan.startsAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(mentor.limits.minNoticeHours * 3_600_000);
        } else {
          expect(plan.endsAt.getTime()).toBeLessThanOrEqual(now.getTime());
        }
      }
    }
  });
});

describe("seedDemoData", () => {
  let db: Database;
  const now = new Date();
  let first: SeedSummary;
  let second: SeedSummary;

  beforeAll(async () => {
    db = createDatabaseClient(resolveDatabaseTarget(process.env.DATABASE_URL));
    first = await seedDemoData(db, now);
    second = await seedDemoData(db, now);
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  it("does not duplicate topics, users or mentors when run twice", async () => {
    expect(first).toMatchObject({ topics: DEMO_TOPICS.length, mentors: DEMO_MENTORS.length });
    expect(second).toEqual({ topics: DEMO_TOPICS.length, mentors: DEMO_MENTORS.length, bookings: 0 });
    expect(await db.topic.count({ where: { slug: { in: DEMO_TOPICS.map((topic) => topic.slug) } } })).toBe(DEMO_TOPICS.length);
    expect(await db.user.count({ where: { email: { in: demoEmails } } })).toBe(demoEmails.length);
    expect(await db.mentorProfile.count({ where: { slug: { in: mentorSlugs } } })).toBe(DEMO_MENTORS.length);

    const organiser = await db.user.findUniqueOrThrow({ where: { email: DEMO_ORGANISER.email } });
    expect(organiser.role).toBe("organiser");
    expect(organiser.emailVerified).not.toBeNull();
  });

  it("replaces each mentor's topics, languages, rules, extra slots and days off", async () => {
    const profiles = await db.mentorProfile.findMany({
      where: { slug: { in: mentorSlugs } },
      include: { user: true, topics: { include: { topic: true } }, languages: true, weeklyRules: true, extraSlots: true, daysOff: true },
    });
    for (const profile of profiles) {
      const mentor = DEMO_MENTORS.find((candidate) => candidate.slug === profile.slug)!;
      expect(profile.user.email).toBe(mentor.email);
      expect(profile.user.role).toBe("volunteer");
      expect(profile.topics.map((row) => row.topic.slug).sort()).toEqual([...mentor.topics].sort());
      expect(profile.languages.map((row) => row.language).sort()).toEqual([...mentor.languages].sort());
      expect(profile.weeklyRules.map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute }))).toEqual(
        expect.arrayContaining(demoRules(mentor.slug)),
      );
      expect(profile.weeklyRules).toHaveLength(mentor.weekly.length);
      expect(profile.extraSlots).toHaveLength(mentor.extraSlots?.length ?? 0);
      expect(profile.daysOff).toHaveLength(mentor.daysOff?.length ?? 0);
      expect(profile.searchText).toBe(mentorSearchText(mentor));
      expect(profile.approvedAt === null).toBe(mentor.status !== "approved");
    }
    const rosa = profiles.find((profile) => profile.slug === "rosa-pennington")!;
    expect(rosa.weeklyRules).toContainEqual(expect.objectContaining({ weekday: 2, startMinute: 18 * 60, endMinute: 20 * 60 }));
    expect(rosa.extraSlots[0]?.date).toBe(DateTime.fromJSDate(now, { zone: "Europe/London" }).plus({ days: 9 }).toISODate());
  });

  it("has one pending application and approved mentors in at least six zones", async () => {
    const profiles = await db.mentorProfile.findMany({ where: { slug: { in: mentorSlugs } }, select: { status: true, timeZone: true } });
    expect(profiles.filter((profile) => profile.status === "pending")).toHaveLength(1);
    const approved = profiles.filter((profile) => profile.status === "approved");
    expect(approved).toHaveLength(DEMO_MENTORS.length - 1);
    expect(new Set(approved.map((profile) => profile.timeZone)).size).toBeGreaterThanOrEqual(6);
  });

  it("books only on the mentors' weekly availability, in their own zone", async () => {
    const bookings = await db.booking.findMany({
      where: { mentor: { slug: { in: mentorSlugs } } },
      include: { mentor: { include: { weeklyRules: true } }, topics: true },
    });
    // Another test file may have created bookings first, in which case the seed adds none.
    expect([0, DEMO_BOOKINGS.length]).toContain(first.bookings);
    expect(bookings).toHaveLength(first.bookings);

    for (const booking of bookings) {
      const { mentor } = booking;
      expect(onWeeklyRule(booking.startsAt, booking.endsAt, mentor.timeZone, mentor.weeklyRules), `${mentor.slug} ${booking.startsAt.toISOString()}`).toBe(
        true,
      );
      expect(booking.endsAt.getTime() - booking.startsAt.getTime()).toBe(mentor.sessionMinutes * 60_000);
      expect(booking.topics.length).toBeGreaterThanOrEqual(1);
      expect(booking.topics.length).toBeLessThanOrEqual(2);
      expect(booking.manageTokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(booking.icsUid).toMatch(/@candle$/);
      if (booking.startsAt > now) {
        expect(booking.startsAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(mentor.minNoticeHours * 3_600_000);
        expect(["confirmed", "pending"]).toContain(booking.status);
      } else {
        expect(["held", "no_show", "cancelled_by_founder", "expired"]).toContain(booking.status);
      }
      if (booking.status === "pending") {
        expect(booking.expiresAt?.getTime()).toBe(now.getTime() + 30 * 60_000);
        expect(booking.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(booking.confirmedAt !== null).toBe(["confirmed", "held", "no_show"].includes(booking.status));
      expect(booking.cancelledAt !== null && booking.cancelReason !== null).toBe(booking.status === "cancelled_by_founder");
    }
    if (bookings.length > 0) {
      expect(new Set(bookings.map((booking) => booking.status))).toEqual(
        new Set(["held", "no_show", "cancelled_by_founder", "expired", "confirmed", "pending"]),
      );
    }
  });
});

describe("preparing a database at start", () => {
  const prepare = (file: string, extra: Record<string, string>) =>
    spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/prepare-database.ts"], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: `file:${file}`, SEED_DEMO_DATA: "", ...extra },
      encoding: "utf8",
    });

  it("migrates an empty database and loads demo data only when SEED_DEMO_DATA=1", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "candle-prepare-"));
    try {
      for (const [name, flag, mentors] of [
        ["plain", "", 0],
        ["demo", "1", 12],
      ] as const) {
        const file = path.join(dir, `${name}.db`);
        const run = prepare(file, { SEED_DEMO_DATA: flag });
        expect(run.status, run.stderr).toBe(0);
        const client = createDatabaseClient(resolveDatabaseTarget(`file:${file}`));
        try {
          expect(await client.mentorProfile.count()).toBe(mentors);
        } finally {
          await client.$disconnect();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
