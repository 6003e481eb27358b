import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StatsDashboard } from "@/components/organiser/stats-dashboard";
import { db } from "@/lib/db/client";
import en from "@/lib/i18n/messages/en.json";
import { listBookingsForExport } from "@/lib/stats/data";
import { bookingsCsvStream } from "@/lib/stats/export";
import { periodScope } from "@/lib/stats/period";
import { computeProgrammeStats } from "@/lib/stats/programme";
import { createBookingWith, createMentor, createTopic } from "../support/factories";

// A fortnight nobody else's tests use: Monday 7 to Sunday 20 March 2033. Every
// zone below is on UTC+0 or has no summer time then, so the hand-made figures
// need no clock-change thinking. "Now" is the middle of the period.
const period = { from: "2033-03-07", to: "2033-03-20" };
const now = new Date("2033-03-14T12:00:00Z");
const at = (iso: string) => new Date(`${iso}Z`);
const HOUR_MS = 3_600_000;

let mentorIds: string[];
let m1: string, m2: string, m3: string, m4: string;
let t1: string, t2: string, t3: string;
let topicNames: Record<string, string>;
let mentorNames: Record<string, string>;

beforeAll(async () => {
  const topics = await Promise.all([createTopic(), createTopic(), createTopic()]);
  [t1, t2, t3] = topics.map((topic) => topic.id) as [string, string, string];
  topicNames = Object.fromEntries(topics.map((topic) => [topic.id, topic.name]));

  // Offers Mon 09–12 (3 slots) and Wed 14–16 (2): 5 a week, 10 in the period.
  const london = await createMentor({
    timeZone: "Europe/London",
    hours: [
      [1, "09:00", "12:00"],
      [3, "14:00", "16:00"],
    ],
    maxPerWeek: 20,
  });
  // Tue 10:00 and 11:30, Thu 18:00 in Tokyo: 3 a week, capped at 2, so 4.
  const tokyo = await createMentor({
    timeZone: "Asia/Tokyo",
    bufferMinutes: 30,
    maxPerWeek: 2,
    hours: [
      [2, "10:00", "13:00"],
      [4, "18:00", "20:00"],
    ],
  });
  // Fri 10:00 and 11:00, one a week at most: 1 in week one; week two's Friday is a day off, but Wednesday has a one-off slot: 1.
  const lisbon = await createMentor({ timeZone: "Europe/Lisbon", sessionMinutes: 45, bufferMinutes: 15, maxPerWeek: 1, hours: [[5, "10:00", "12:00"]] });
  await db.extraSlot.create({ data: { mentorId: lisbon.id, date: "2033-03-16", startMinute: 9 * 60, endMinute: 10 * 60 } });
  await db.dayOff.create({ data: { mentorId: lisbon.id, startDate: "2033-03-18", endDate: "2033-03-18" } });
  // Paused now: their sessions count, their availability does not.
  const paused = await createMentor({ timeZone: "Europe/London" });
  await db.mentorProfile.update({ where: { id: paused.id }, data: { status: "paused" } });
  [m1, m2, m3, m4] = [london.id, tokyo.id, lisbon.id, paused.id];
  mentorIds = [m1, m2, m3, m4];
  mentorNames = { [m1]: london.displayName, [m2]: tokyo.displayName, [m3]: lisbon.displayName, [m4]: paused.displayName };

  const book = (
    mentorId: string,
    startsAt: string,
    createdAt: string,
    status: Parameters<typeof createBookingWith>[1]["status"],
    country: string,
    topicIds: string[],
    expiresAt?: string,
  ) =>
    createBookingWith(mentorId, {
      startsAt: at(startsAt),
      createdAt: at(createdAt),
      status,
      country,
      topicIds,
      ...(expiresAt ? { expiresAt: at(expiresAt) } : {}),
    });

  // Week one.                                                                          lead
  await book(m1, "2033-03-07T09:00:00", "2033-03-01T09:00:00", "held", "GB", [t1]); // 144 h
  await book(m1, "2033-03-07T10:00:00", "2033-03-05T10:00:00", "held", "GB", [t1, t2]); // 48 h
  await book(m1, "2033-03-09T14:00:00", "2033-03-08T14:00:00", "no_show", "DE", [t2]); // 24 h
  await book(m1, "2033-03-09T15:00:00", "2033-03-02T15:00:00", "cancelled_by_founder", "GB", [t1]);
  await book(m2, "2033-03-08T01:00:00", "2033-03-06T13:00:00", "held", "JP", [t3]); // 36 h
  await book(m2, "2033-03-10T09:00:00", "2033-03-07T09:00:00", "cancelled_by_mentor", "JP", [t2]);
  await book(m3, "2033-03-11T10:00:00", "2033-03-10T22:00:00", "held", "PT", [t1]); // 12 h
  await book(m3, "2033-03-11T11:00:00", "2033-03-11T09:00:00", "expired", "GB", [t2]);
  await book(m4, "2033-03-10T12:00:00", "2033-03-03T12:00:00", "held", "GB", [t2]); // 168 h
  // Week two.
  await book(m1, "2033-03-14T09:00:00", "2033-03-13T09:00:00", "confirmed", "US", [t1]); // 24 h
  await book(m1, "2033-03-14T10:00:00", "2033-03-10T10:00:00", "cancelled_by_organiser", "US", [t3]);
  await book(m1, "2033-03-16T14:00:00", "2033-03-14T11:45:00", "pending", "DE", [t1]); // 50.25 h, still held for the founder
  await book(m1, "2033-03-16T15:00:00", "2033-03-13T08:00:00", "pending", "GB", [t2]); // the hold ran out: expired
  await book(m2, "2033-03-15T01:00:00", "2033-03-14T09:00:00", "confirmed", "JP", [t3]); // 16 h
  await book(m3, "2033-03-16T09:00:00", "2033-03-12T09:00:00", "confirmed", "PT", [t1]); // 96 h
  // Outside the period.
  await book(m1, "2033-03-21T09:00:00", "2033-03-14T09:00:00", "confirmed", "GB", [t1]);
  await book(m1, "2033-03-06T23:00:00", "2033-03-01T09:00:00", "held", "GB", [t1]);
});

afterAll(() => db.$disconnect());

describe("programme stats", () => {
  it("matches the hand-computed figures for the seeded fortnight", async () => {
    const stats = await computeProgrammeStats(periodScope(period, mentorIds), now);

    expect(stats.from.toISOString()).toBe("2033-03-07T00:00:00.000Z");
    expect(stats.to.toISOString()).toBe("2033-03-21T00:00:00.000Z");
    expect(stats.weeks).toBe(2);
    expect(stats.requests).toBe(15);
    expect(stats.statuses).toEqual({
      pending: 1,
      requested: 0,
      confirmed: 3,
      held: 5,
      no_show: 1,
      cancelled_by_founder: 1,
      cancelled_by_mentor: 1,
      cancelled_by_organiser: 1,
      expired: 2,
    });
    expect(stats.booked).toBe(10);
    expect(stats.perWeek).toEqual([
      { week: "2033-03-07", count: 6 },
      { week: "2033-03-14", count: 4 },
    ]);
    // 9 booked sessions of the three approved volunteers; 10 + 4 + 2 offered slots.
    expect(stats.fill).toEqual({ booked: 9, offered: 16, rate: 0.5625, mentors: 3 });
    // Lead times 12, 16, 24, 24, 36 | 48, 50.25, 96, 144, 168 hours: the middle two average 42.
    expect(stats.leadTimeMs).toBe(42 * HOUR_MS);
    expect(stats.expired).toEqual({ count: 2, share: 2 / 15 });
    expect(stats.topics).toEqual([
      { topicId: t1, name: topicNames[t1], count: 6 },
      { topicId: t2, name: topicNames[t2], count: 3 },
      { topicId: t3, name: topicNames[t3], count: 2 },
    ]);
    expect(stats.countries).toEqual([
      { country: "GB", count: 3 },
      { country: "DE", count: 2 },
      { country: "JP", count: 2 },
      { country: "PT", count: 2 },
      { country: "US", count: 1 },
    ]);
    expect(stats.otherCountries).toBe(0);

    const volunteers = Object.fromEntries(
      stats.volunteers.map((row) => [row.mentorId, [row.name, row.sessions, row.perWeek, row.maxPerWeek, row.atCap, row.topDecile]]),
    );
    expect(volunteers).toEqual({
      [m1]: [mentorNames[m1], 5, 2.5, 20, false, false],
      [m2]: [mentorNames[m2], 2, 1, 2, false, false],
      // One session a week against a cap of one.
      [m3]: [mentorNames[m3], 2, 1, 1, true, false],
      [m4]: [mentorNames[m4], 1, 0.5, 20, false, false],
    });
    expect(stats.volunteers[0]!.mentorId).toBe(m1);
    expect(stats.volunteers.at(-1)!.mentorId).toBe(m4);
  });

  it("narrows every figure to the mentors asked for, with an odd-count median", async () => {
    const stats = await computeProgrammeStats(periodScope(period, [m1]), now);
    expect(stats.requests).toBe(8);
    expect(stats.statuses).toMatchObject({ held: 2, no_show: 1, confirmed: 1, pending: 1, cancelled_by_founder: 1, cancelled_by_organiser: 1, expired: 1 });
    expect(stats.booked).toBe(5);
    expect(stats.fill).toEqual({ booked: 5, offered: 10, rate: 0.5, mentors: 1 });
    // 24, 24, 48, 50.25, 144 hours.
    expect(stats.leadTimeMs).toBe(48 * HOUR_MS);
    expect(stats.perWeek).toEqual([
      { week: "2033-03-07", count: 3 },
      { week: "2033-03-14", count: 2 },
    ]);
  });

  it("keeps the top lists to their limits and counts the rest of the countries", async () => {
    const stats = await computeProgrammeStats(periodScope(period, mentorIds), now, { topics: 1, countries: 2 });
    expect(stats.topics.map((row) => row.count)).toEqual([6]);
    expect(stats.countries).toEqual([
      { country: "GB", count: 3 },
      { country: "DE", count: 2 },
    ]);
    expect(stats.otherCountries).toBe(5);
  });

  it("answers for an empty period and for no mentors", async () => {
    const empty = await computeProgrammeStats(periodScope({ from: "2033-04-04", to: "2033-04-10" }, mentorIds), now);
    expect(empty).toMatchObject({ requests: 0, booked: 0, leadTimeMs: null, topics: [], countries: [], volunteers: [], otherCountries: 0 });
    expect(empty.perWeek).toEqual([{ week: "2033-04-04", count: 0 }]);
    expect(empty.fill).toEqual({ booked: 0, offered: 5 + 2 + 1, rate: 0, mentors: 3 });
    const nobody = await computeProgrammeStats(periodScope(period, []), now);
    expect(nobody).toMatchObject({ requests: 0, booked: 0, leadTimeMs: null, fill: { offered: 0, rate: null, mentors: 0 } });
  });

  it("runs unscoped by mentor too", async () => {
    const stats = await computeProgrammeStats(periodScope(period), now);
    expect(stats.requests).toBeGreaterThanOrEqual(15);
    expect(stats.booked).toBeGreaterThanOrEqual(10);
    expect(stats.fill.mentors).toBeGreaterThanOrEqual(3);
  });
});

describe("stats dashboard", () => {
  it("shows the figures, with every chart labelled and backed by a table", async () => {
    const stats = await computeProgrammeStats(periodScope(period, mentorIds), now);
    const dashboard = createElement(StatsDashboard, { stats });
    const html = renderToStaticMarkup(
      createElement(NextIntlClientProvider, { locale: "en", messages: en, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, dashboard),
    );
    for (const text of [
      "56%",
      "9 booked of 16 offered slots",
      "42 hours",
      "13% of requests",
      "Week of 7 Mar 2033",
      "Cancelled by the volunteer",
      "United Kingdom",
      topicNames[t1]!,
    ]) {
      expect(html).toContain(text);
    }
    const charts = html.match(/role="img" aria-labelledby="([^"]+)"/g) ?? [];
    expect(charts).toHaveLength(5);
    expect(html.match(/<details/g)).toHaveLength(5);
    expect(html).toContain(`${mentorNames[m3]}</th><td class`);
    expect(html).toContain("2 ▲");
  });
});

describe("bookings export", () => {
  it("pages through every booking of the period in start order, free text only when asked", async () => {
    const scope = periodScope(period, mentorIds);
    const first = await listBookingsForExport(scope, { includeText: false, take: 4 });
    const all = [...first];
    for (let after = first.at(-1)?.id; after;) {
      const page = await listBookingsForExport(scope, { includeText: false, take: 4, after });
      all.push(...page);
      after = page.length === 4 ? page.at(-1)!.id : undefined;
    }
    expect(all).toHaveLength(15);
    expect(new Set(all.map((row) => row.id)).size).toBe(15);
    expect(all.map((row) => row.startsAt.getTime())).toEqual(all.map((row) => row.startsAt.getTime()).sort((a, b) => a - b));
    expect(all.every((row) => row.freeText === undefined)).toBe(true);
    expect(all[0]).toMatchObject({ mentorName: mentorNames[m1], status: "held", founderCountry: "GB", topics: [topicNames[t1]] });

    const withText = await listBookingsForExport(scope, { includeText: true, take: 1 });
    expect(withText[0]!.freeText).toMatchObject({ message: "How do we share surplus fairly?", cancelReason: null });
    expect(withText[0]!.freeText!.founderEmail).toMatch(/@example\.com$/);
  });

  it("streams a CSV with a header and one line per booking", async () => {
    const read = async (includeText: boolean) => new Response(bookingsCsvStream(periodScope(period, mentorIds), includeText)).text();
    const plain = await read(false);
    const lines = plain.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("id,mentor,status,starts_at_utc,created_at_utc,founder_country,coop_stage,topics,feedback_usefulness,feedback_next_step");
    expect(lines.filter(Boolean)).toHaveLength(16);
    expect(plain).not.toContain("@example.com");
    expect(plain).not.toContain("share surplus");
    const full = await read(true);
    expect(full.split("\r\n")[0]).toContain(",founder_name,founder_email,message,cancel_reason,feedback_comment,feedback_quote_consent");
    expect(full).toContain("How do we share surplus fairly?");
  });
});
