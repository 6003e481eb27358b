import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { expandAvailability } from "../availability/slots";
import { countOfferedSlots, type OfferSettings } from "./offered";
import { DAY_MS, isoDate, periodScope, type StatsScope } from "./period";
import { createRandom, type Random } from "../random";

const twoWeeks = periodScope({ from: "2033-03-07", to: "2033-03-20" });

function settings(overrides: Partial<OfferSettings>): OfferSettings {
  return { timeZone: "Europe/London", sessionMinutes: 60, bufferMinutes: 0, maxPerWeek: 20, weeklyRules: [], extraSlots: [], daysOff: [], ...overrides };
}

describe("offered slots", () => {
  it("counts the slots weekly hours make over the period", () => {
    const london = settings({
      weeklyRules: [
        { weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 },
        { weekday: 3, startMinute: 14 * 60, endMinute: 16 * 60 },
      ],
    });
    expect(countOfferedSlots(london, twoWeeks)).toBe(10);
  });

  it("counts at most the weekly cap in each of the mentor's own weeks", () => {
    const tokyo = settings({
      timeZone: "Asia/Tokyo",
      bufferMinutes: 30,
      maxPerWeek: 2,
      weeklyRules: [
        { weekday: 2, startMinute: 10 * 60, endMinute: 13 * 60 },
        { weekday: 4, startMinute: 18 * 60, endMinute: 20 * 60 },
      ],
    });
    expect(countOfferedSlots(tokyo, twoWeeks)).toBe(4);
    expect(countOfferedSlots({ ...tokyo, maxPerWeek: 20 }, twoWeeks)).toBe(6);
  });

  it("adds one-off times and leaves out days off", () => {
    const lisbon = settings({
      timeZone: "Europe/Lisbon",
      sessionMinutes: 45,
      bufferMinutes: 15,
      maxPerWeek: 5,
      weeklyRules: [{ weekday: 5, startMinute: 10 * 60, endMinute: 12 * 60 }],
      extraSlots: [{ date: "2033-03-16", startMinute: 9 * 60, endMinute: 10 * 60 }],
      daysOff: [{ startDate: "2033-03-18", endDate: "2033-03-18" }],
    });
    expect(countOfferedSlots(lisbon, twoWeeks)).toBe(3);
    expect(countOfferedSlots({ ...lisbon, maxPerWeek: 1 }, twoWeeks)).toBe(2);
  });

  it("counts only slots that start inside the period", () => {
    const everyDay = settings({ weeklyRules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 23 * 60, endMinute: 24 * 60 })) });
    expect(countOfferedSlots({ ...everyDay, timeZone: "UTC" }, periodScope({ from: "2033-03-07", to: "2033-03-07" }))).toBe(1);
    // 23:00 in New York is 04:00 UTC the next day: the Sunday-evening slot falls inside, the Monday one after the end.
    expect(countOfferedSlots({ ...everyDay, timeZone: "America/New_York" }, periodScope({ from: "2033-03-07", to: "2033-03-07" }))).toBe(1);
  });

  it("stops at the zone's offset at each end of the period", () => {
    const morning = settings({ timeZone: "Asia/Kathmandu", weeklyRules: [{ weekday: 1, startMinute: 5 * 60, endMinute: 8 * 60 }] });
    // Monday 7 March starts at 00:00 UTC, 05:45 in Kathmandu: only the 06:00 and 07:00 slots are inside.
    expect(countOfferedSlots(morning, periodScope({ from: "2033-03-07", to: "2033-03-07" }))).toBe(2);
    // The period after ends at 05:45 on Monday the 14th, so the 05:00 slot that day is the fourth.
    expect(countOfferedSlots(morning, periodScope({ from: "2033-03-08", to: "2033-03-13" }))).toBe(1);
    expect(countOfferedSlots(morning, twoWeeks)).toBe(2 + 3 + 1);
  });
});

/** Slot by slot, as the booking page lists them: what the count must match. */
function countByExpanding(settings: OfferSettings, scope: Pick<StatsScope, "from" | "to">): number {
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

const ZONES = [
  "Asia/Kathmandu",
  "Pacific/Auckland",
  "America/New_York",
  "UTC",
  "Europe/London",
  "Asia/Kolkata",
  "America/St_Johns",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];

function randomRange(rand: Random) {
  const grain = rand.pick([1, 5, 15, 30, 60]);
  const startMinute = rand.int(0, 1440 / grain - 1) * grain;
  const endMinute = Math.min(1440, startMinute + rand.int(1, rand.pick([2, 6, (24 * 60) / grain])) * grain);
  return { startMinute, endMinute };
}

function randomMentor(rand: Random, scope: StatsScope): OfferSettings {
  const weeklyRules = Array.from({ length: rand.int(0, 8) }, () => ({ weekday: rand.int(1, 7), ...randomRange(rand) }));
  // Ranges that only touch are merged into one, so a session can span the seam.
  for (const rule of [...weeklyRules]) {
    if (rule.endMinute < 1440 && rand.next() < 0.3)
      weeklyRules.push({ weekday: rule.weekday, startMinute: rule.endMinute, endMinute: Math.min(1440, rule.endMinute + rand.int(1, 120)) });
  }
  const near = () => isoDate(new Date(scope.from.getTime() + rand.int(-2, Math.round((scope.to.getTime() - scope.from.getTime()) / DAY_MS) + 1) * DAY_MS));
  const extraSlots = Array.from({ length: rand.int(0, 4) }, () => ({ date: near(), ...randomRange(rand) }));
  const daysOff = Array.from({ length: rand.int(0, 2) }, () => {
    const [a, b] = [near(), near()].sort();
    return { startDate: a!, endDate: rand.next() < 0.5 ? a! : b! };
  });
  return {
    timeZone: rand.pick(ZONES),
    sessionMinutes: rand.pick([15, 30, 45, 50, 60, 90, rand.int(1, 180)]),
    bufferMinutes: rand.pick([0, 0, 5, 10, 15, 30, rand.int(0, 120)]),
    maxPerWeek: rand.pick([0, 1, 2, 3, 5, 10, 40, 1000]),
    weeklyRules,
    extraSlots,
    daysOff,
  };
}

/**
 * Stretches in which none of ZONES changes its clocks, with a few days to spare
 * at each end for local dates either side of the UTC ones.
 */
const STEADY = [
  { from: "2033-04-06", to: "2033-09-22" },
  { from: "2033-11-09", to: "2034-03-09" },
];

describe("offered slots, counted against listing them", () => {
  it("agrees exactly with the slot-by-slot expansion on random mentors and periods", () => {
    const rand = createRandom(20330307);
    for (let run = 0; run < 250; run++) {
      const steady = periodScope(rand.pick(STEADY));
      const days = rand.pick([1, 2, 7, 13, 14, 30, 84]);
      const start = rand.int(0, Math.round((steady.to.getTime() - steady.from.getTime()) / DAY_MS) - days);
      const from = isoDate(new Date(steady.from.getTime() + start * DAY_MS));
      const to = isoDate(new Date(steady.from.getTime() + (start + days - 1) * DAY_MS));
      const scope = periodScope({ from, to });
      const mentor = randomMentor(rand, scope);
      expect({ run, count: countOfferedSlots(mentor, scope) }).toEqual({ run, count: countByExpanding(mentor, scope) });
    }
  });

  it("agrees for scopes that do not start at a UTC midnight", () => {
    const rand = createRandom(42);
    for (let run = 0; run < 60; run++) {
      const start = Date.UTC(2033, 4, 2) + rand.int(0, 60 * 24 * 60) * 60_000 + rand.pick([0, 0, 30_000, 1]);
      const scope = { from: new Date(start), to: new Date(start + rand.int(1, 20 * 24 * 60) * 60_000 + rand.pick([0, 30_000])) };
      const mentor = randomMentor(rand, scope);
      expect({ run, count: countOfferedSlots(mentor, scope) }).toEqual({ run, count: countByExpanding(mentor, scope) });
    }
  });
});

describe("offered slots on clock-change days", () => {
  // New York: Sunday 13 March 2033 skips 02:00–03:00; Sunday 6 November 2033 repeats 01:00–02:00.
  const newYork = (startMinute: number, endMinute: number) => settings({ timeZone: "America/New_York", weeklyRules: [{ weekday: 7, startMinute, endMinute }] });

  it("counts a range's wall-clock length on the day the clocks go forward", () => {
    const night = newYork(60, 4 * 60);
    const sunday = periodScope({ from: "2033-03-13", to: "2033-03-13" });
    // 01:00, 02:00 and 03:00 on the wall clock; 02:00 never happens, so the booking page offers two.
    expect(countOfferedSlots(night, sunday)).toBe(3);
    expect(countByExpanding(night, sunday)).toBe(2);
    // Ranges clear of the skipped hour are unaffected.
    expect(countOfferedSlots(newYork(9 * 60, 12 * 60), sunday)).toBe(countByExpanding(newYork(9 * 60, 12 * 60), sunday));
  });

  it("counts a range's wall-clock length on the day the clocks go back", () => {
    const night = newYork(30, 2 * 60);
    const sunday = periodScope({ from: "2033-11-06", to: "2033-11-07" });
    // 00:30 only on the wall clock; the repeated hour makes 90 minutes last 150, room for 01:30 too.
    expect(countOfferedSlots(night, sunday)).toBe(1);
    expect(countByExpanding(night, sunday)).toBe(2);
    expect(countOfferedSlots(newYork(9 * 60, 12 * 60), sunday)).toBe(countByExpanding(newYork(9 * 60, 12 * 60), sunday));
  });

  it("agrees with the listing over a clock change for hours clear of it", () => {
    const rand = createRandom(7);
    const spring = periodScope({ from: "2033-03-01", to: "2033-04-30" });
    for (let run = 0; run < 40; run++) {
      const mentor = { ...randomMentor(rand, spring), extraSlots: [], daysOff: [], maxPerWeek: 1000 };
      const clockChanges =
        DateTime.fromJSDate(spring.from, { zone: mentor.timeZone }).offset !== DateTime.fromJSDate(spring.to, { zone: mentor.timeZone }).offset;
      const daytime = { ...mentor, weeklyRules: mentor.weeklyRules.filter((rule) => rule.startMinute >= 4 * 60) };
      // Clocks change at night in every zone here, so daytime hours agree across the change.
      expect({ run, count: countOfferedSlots(daytime, spring) }).toEqual({ run, count: countByExpanding(daytime, spring) });
      if (!clockChanges) expect({ run, count: countOfferedSlots(mentor, spring) }).toEqual({ run, count: countByExpanding(mentor, spring) });
    }
  });
});
