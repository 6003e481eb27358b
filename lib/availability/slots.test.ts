import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { type AvailabilitySettings, type Busy, type DatedRange, type WeeklyRange, expandAvailability, formatClock, nextFreeSlot, parseClock } from "./slots";

// Unless a test says otherwise: Berlin in January (UTC+01:00), one-hour sessions
// with a 15-minute buffer, no notice, no cap worth mentioning.
function mentor(overrides: Partial<AvailabilitySettings> = {}): AvailabilitySettings {
  return {
    timeZone: "Europe/Berlin",
    sessionMinutes: 60,
    bufferMinutes: 15,
    minNoticeHours: 0,
    horizonDays: 14,
    maxPerWeek: 50,
    weeklyRules: [],
    extraSlots: [],
    daysOff: [],
    ...overrides,
  };
}

const weekly = (weekday: number, from: string, to: string): WeeklyRange => ({
  weekday,
  startMinute: parseClock(from),
  endMinute: parseClock(to),
});
const daily = (from: string, to: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => weekly(weekday, from, to));
const extra = (date: string, from: string, to: string): DatedRange => ({
  date,
  startMinute: parseClock(from),
  endMinute: parseClock(to),
});
const booking = (startsAt: string, endsAt: string): Busy => ({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) });

function starts(settings: AvailabilitySettings, now: string, options: { busy?: Busy[]; until?: string; limit?: number } = {}): string[] {
  const until = options.until ? new Date(options.until) : undefined;
  return expandAvailability(settings, options.busy ?? [], new Date(now), { until, limit: options.limit }).map((slot) => slot.startsAt.toISOString());
}

const wallClock = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat("ccc yyyy-MM-dd HH:mm");

describe("expandAvailability: weekly rules", () => {
  // Monday 2026-01-12, 01:00 in Berlin.
  const monday = "2026-01-12T00:00:00.000Z";

  it("steps by session plus buffer and offers only slots that fit before the range ends", () => {
    const settings = mentor({ weeklyRules: [weekly(1, "09:00", "12:00")] });
    expect(starts(settings, "2026-01-11T12:00:00.000Z")).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-12T09:15:00.000Z",
      "2026-01-19T08:00:00.000Z",
      "2026-01-19T09:15:00.000Z",
    ]);
  });

  it("gives every slot exactly sessionMinutes of real time", () => {
    const slots = expandAvailability(mentor({ weeklyRules: [weekly(1, "09:00", "12:00")] }), [], new Date(monday), {
      limit: 2,
    });
    expect(slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ["2026-01-12T08:00:00.000Z", "2026-01-12T09:00:00.000Z"],
      ["2026-01-12T09:15:00.000Z", "2026-01-12T10:15:00.000Z"],
    ]);
  });

  it("offers a slot that ends exactly at the range end, but not one a minute longer", () => {
    const until = "2026-01-13T00:00:00.000Z";
    expect(starts(mentor({ weeklyRules: [weekly(1, "09:00", "11:15")] }), monday, { until })).toEqual(["2026-01-12T08:00:00.000Z", "2026-01-12T09:15:00.000Z"]);
    expect(starts(mentor({ weeklyRules: [weekly(1, "09:00", "11:14")] }), monday, { until })).toEqual(["2026-01-12T08:00:00.000Z"]);
  });

  it("offers nothing in a range shorter than one session", () => {
    expect(starts(mentor({ weeklyRules: [weekly(1, "09:00", "09:59")] }), monday)).toEqual([]);
  });

  it("steps back to back when there is no buffer", () => {
    const settings = mentor({ bufferMinutes: 0, weeklyRules: [weekly(1, "09:00", "12:00")] });
    expect(starts(settings, monday, { until: "2026-01-13T00:00:00.000Z" })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-12T09:00:00.000Z",
      "2026-01-12T10:00:00.000Z",
    ]);
  });

  it("uses any session length and buffer", () => {
    const settings = mentor({ sessionMinutes: 30, bufferMinutes: 10, weeklyRules: [weekly(1, "09:00", "11:00")] });
    expect(starts(settings, monday, { until: "2026-01-13T00:00:00.000Z" })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-12T08:40:00.000Z",
      "2026-01-12T09:20:00.000Z",
    ]);
  });

  it("maps ISO weekdays 1 (Monday) to 7 (Sunday) in the mentor's zone", () => {
    const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => weekly(weekday, `${9 + weekday}:00`, `${10 + weekday}:00`));
    const found = starts(mentor({ weeklyRules: rules }), monday, { until: "2026-01-19T00:00:00.000Z" });
    expect(found.map((iso) => wallClock(iso, "Europe/Berlin"))).toEqual([
      "Mon 2026-01-12 10:00",
      "Tue 2026-01-13 11:00",
      "Wed 2026-01-14 12:00",
      "Thu 2026-01-15 13:00",
      "Fri 2026-01-16 14:00",
      "Sat 2026-01-17 15:00",
      "Sun 2026-01-18 16:00",
    ]);
  });

  it("allows a range to end at midnight (24:00)", () => {
    const settings = mentor({ bufferMinutes: 0, weeklyRules: [weekly(7, "22:00", "24:00")] });
    expect(starts(settings, monday, { until: "2026-01-19T00:00:00.000Z" })).toEqual(["2026-01-18T21:00:00.000Z", "2026-01-18T22:00:00.000Z"]);
    const late = mentor({ bufferMinutes: 0, weeklyRules: [weekly(7, "22:30", "24:00")] });
    expect(starts(late, monday, { until: "2026-01-19T00:00:00.000Z" })).toEqual(["2026-01-18T21:30:00.000Z"]);
  });

  it("merges adjacent rules into one range before stepping", () => {
    const settings = mentor({ bufferMinutes: 0, weeklyRules: [weekly(1, "10:30", "12:00"), weekly(1, "09:00", "10:30")] });
    // Stepped separately they would give 09:00 and 10:30; merged, the grid starts at 09:00.
    expect(starts(settings, monday, { until: "2026-01-13T00:00:00.000Z" })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-12T09:00:00.000Z",
      "2026-01-12T10:00:00.000Z",
    ]);
  });

  it("merges overlapping and duplicate rules without offering a start twice", () => {
    const settings = mentor({
      weeklyRules: [weekly(1, "09:00", "10:30"), weekly(1, "10:00", "12:00"), weekly(1, "09:00", "12:00")],
    });
    expect(starts(settings, monday, { until: "2026-01-13T00:00:00.000Z" })).toEqual(["2026-01-12T08:00:00.000Z", "2026-01-12T09:15:00.000Z"]);
  });

  it("keeps separate ranges on one day apart, each with its own grid", () => {
    const settings = mentor({ weeklyRules: [weekly(1, "14:00", "15:00"), weekly(1, "09:00", "10:00")] });
    expect(starts(settings, monday, { until: "2026-01-13T00:00:00.000Z" })).toEqual(["2026-01-12T08:00:00.000Z", "2026-01-12T13:00:00.000Z"]);
  });

  it("offers nothing without rules or extra slots", () => {
    expect(starts(mentor(), monday)).toEqual([]);
    expect(nextFreeSlot(mentor(), [], new Date(monday))).toBeNull();
  });
});

describe("expandAvailability: notice, horizon, until and limit", () => {
  const twoDays = mentor({ weeklyRules: [weekly(1, "09:00", "12:00"), weekly(2, "09:00", "12:00")] });
  // Monday 2026-01-12, 08:00 in Berlin.
  const mondayMorning = "2026-01-12T07:00:00.000Z";
  const until = "2026-01-14T00:00:00.000Z";

  it("drops slots that start before now + minNoticeHours, keeping one that starts exactly then", () => {
    expect(starts({ ...twoDays, minNoticeHours: 24 }, mondayMorning, { until })).toEqual(["2026-01-13T08:00:00.000Z", "2026-01-13T09:15:00.000Z"]);
    expect(starts({ ...twoDays, minNoticeHours: 25 }, mondayMorning, { until })).toEqual(["2026-01-13T08:00:00.000Z", "2026-01-13T09:15:00.000Z"]);
    expect(starts({ ...twoDays, minNoticeHours: 26 }, mondayMorning, { until })).toEqual(["2026-01-13T09:15:00.000Z"]);
  });

  it("never offers a slot that has already started, even with no notice", () => {
    expect(starts(twoDays, "2026-01-12T08:30:00.000Z", { until })).toEqual([
      "2026-01-12T09:15:00.000Z",
      "2026-01-13T08:00:00.000Z",
      "2026-01-13T09:15:00.000Z",
    ]);
  });

  it("offers slots starting before now + horizonDays, not at or after it", () => {
    const settings = mentor({ bufferMinutes: 0, horizonDays: 7, weeklyRules: [weekly(1, "09:00", "11:00")] });
    // Now is Monday 10:00 in Berlin; the horizon is next Monday 10:00.
    expect(starts(settings, "2026-01-12T09:00:00.000Z")).toEqual(["2026-01-12T09:00:00.000Z", "2026-01-19T08:00:00.000Z"]);
  });

  it("offers nothing with a zero-day horizon", () => {
    expect(starts({ ...twoDays, horizonDays: 0 }, mondayMorning)).toEqual([]);
  });

  it("counts the horizon in the mentor's calendar days, across a DST change", () => {
    // Wednesday 18:00 GMT; seven days later is Wednesday 18:00 BST, 23 real hours short of 7 × 24.
    const settings = mentor({
      timeZone: "Europe/London",
      bufferMinutes: 0,
      horizonDays: 7,
      weeklyRules: [weekly(3, "17:00", "19:00")],
    });
    expect(starts(settings, "2026-03-25T18:00:00.000Z")).toEqual(["2026-03-25T18:00:00.000Z", "2026-04-01T16:00:00.000Z"]);
  });

  it("stops before `until`, which cannot reach past the horizon", () => {
    const settings = mentor({ weeklyRules: daily("09:00", "10:00") });
    const now = "2026-01-12T00:00:00.000Z";
    expect(starts(settings, now, { until: "2026-01-14T08:00:00.000Z" })).toEqual(["2026-01-12T08:00:00.000Z", "2026-01-13T08:00:00.000Z"]);
    expect(starts({ ...settings, horizonDays: 2 }, now, { until: "2026-02-28T00:00:00.000Z" })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-13T08:00:00.000Z",
    ]);
  });

  it("offers nothing when `until` is not after now", () => {
    expect(starts(twoDays, mondayMorning, { until: mondayMorning })).toEqual([]);
    expect(starts(twoDays, mondayMorning, { until: "2026-01-01T00:00:00.000Z" })).toEqual([]);
  });

  it("stops after `limit` slots", () => {
    const settings = mentor({ weeklyRules: daily("09:00", "12:00") });
    const now = "2026-01-12T00:00:00.000Z";
    expect(starts(settings, now, { limit: 3 })).toEqual(["2026-01-12T08:00:00.000Z", "2026-01-12T09:15:00.000Z", "2026-01-13T08:00:00.000Z"]);
    expect(starts(settings, now, { limit: 0 })).toEqual([]);
    expect(starts(settings, now, { limit: 1000 })).toHaveLength(28);
  });

  it("nextFreeSlot gives the first slot that is neither too soon nor booked", () => {
    const settings = { ...twoDays, minNoticeHours: 2 };
    const busy = [booking("2026-01-12T09:15:00.000Z", "2026-01-12T10:15:00.000Z")];
    expect(nextFreeSlot(settings, busy, new Date(mondayMorning))).toEqual({
      startsAt: new Date("2026-01-13T08:00:00.000Z"),
      endsAt: new Date("2026-01-13T09:00:00.000Z"),
    });
  });

  it("nextFreeSlot is null when the horizon holds nothing bookable", () => {
    expect(nextFreeSlot({ ...twoDays, horizonDays: 1 }, [], new Date("2026-01-13T12:00:00.000Z"))).toBeNull();
  });
});

describe("expandAvailability: days off and extra slots", () => {
  const now = "2026-01-12T00:00:00.000Z";
  const until = "2026-01-19T00:00:00.000Z";
  const everyDay = mentor({ weeklyRules: daily("09:00", "10:00") });

  it("skips every date in an inclusive day-off range", () => {
    const settings = { ...everyDay, daysOff: [{ startDate: "2026-01-13", endDate: "2026-01-15" }] };
    expect(starts(settings, now, { until })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-16T08:00:00.000Z",
      "2026-01-17T08:00:00.000Z",
      "2026-01-18T08:00:00.000Z",
    ]);
  });

  it("treats a one-day range as that day, and combines several ranges", () => {
    const settings = {
      ...everyDay,
      daysOff: [
        { startDate: "2026-01-17", endDate: "2026-01-17" },
        { startDate: "2026-01-10", endDate: "2026-01-12" },
        { startDate: "2026-01-14", endDate: "2026-01-14" },
      ],
    };
    expect(starts(settings, now, { until })).toEqual([
      "2026-01-13T08:00:00.000Z",
      "2026-01-15T08:00:00.000Z",
      "2026-01-16T08:00:00.000Z",
      "2026-01-18T08:00:00.000Z",
    ]);
  });

  it("reads day-off dates in the mentor's zone", () => {
    // Auckland Monday 2026-06-15 09:00 is Sunday 21:00 in UTC.
    const settings = mentor({
      timeZone: "Pacific/Auckland",
      weeklyRules: daily("09:00", "10:00"),
      daysOff: [{ startDate: "2026-06-15", endDate: "2026-06-15" }],
    });
    expect(starts(settings, "2026-06-13T00:00:00.000Z", { until: "2026-06-16T00:00:00.000Z" })).toEqual([
      "2026-06-13T21:00:00.000Z",
      "2026-06-15T21:00:00.000Z",
    ]);
  });

  it("offers a one-off extra slot on a day without rules, only on that date", () => {
    const settings = mentor({ extraSlots: [extra("2026-01-14", "14:00", "16:00")] });
    expect(starts(settings, now, { until: "2026-02-01T00:00:00.000Z" })).toEqual(["2026-01-14T13:00:00.000Z"]);
  });

  it("merges an extra slot that extends a weekly range into one grid", () => {
    const settings = mentor({ weeklyRules: [weekly(1, "09:00", "11:00")], extraSlots: [extra("2026-01-12", "11:00", "13:00")] });
    expect(starts(settings, now, { until: "2026-01-13T00:00:00.000Z" })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-12T09:15:00.000Z",
      "2026-01-12T10:30:00.000Z",
    ]);
    // The following Monday has no extra slot.
    expect(starts(settings, "2026-01-19T00:00:00.000Z", { until: "2026-01-20T00:00:00.000Z" })).toEqual(["2026-01-19T08:00:00.000Z"]);
  });

  it("does not duplicate starts when an extra slot repeats a weekly range", () => {
    const settings = mentor({
      weeklyRules: [weekly(1, "09:00", "12:00")],
      extraSlots: [extra("2026-01-12", "09:00", "12:00"), extra("2026-01-12", "10:00", "11:00")],
    });
    expect(starts(settings, now, { until: "2026-01-13T00:00:00.000Z" })).toEqual(["2026-01-12T08:00:00.000Z", "2026-01-12T09:15:00.000Z"]);
  });

  it("lets a day off win over extra slots", () => {
    const settings = mentor({
      weeklyRules: [weekly(1, "09:00", "10:00")],
      extraSlots: [extra("2026-01-12", "14:00", "15:00"), extra("2026-01-13", "14:00", "15:00")],
      daysOff: [{ startDate: "2026-01-12", endDate: "2026-01-12" }],
    });
    expect(starts(settings, now, { until })).toEqual(["2026-01-13T13:00:00.000Z"]);
  });
});

describe("expandAvailability: busy bookings", () => {
  const now = "2026-01-12T00:00:00.000Z";
  const until = "2026-01-13T00:00:00.000Z";
  // Monday grid in Berlin: 09:00, 10:15, 11:30, 12:45, 14:00, 15:15.
  const workday = mentor({ weeklyRules: [weekly(1, "09:00", "17:00")] });

  it("lays out the free grid", () => {
    expect(starts(workday, now, { until })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-12T09:15:00.000Z",
      "2026-01-12T10:30:00.000Z",
      "2026-01-12T11:45:00.000Z",
      "2026-01-12T13:00:00.000Z",
      "2026-01-12T14:15:00.000Z",
    ]);
  });

  it("removes a booked slot, while neighbours exactly one buffer away stay", () => {
    const busy = [booking("2026-01-12T10:30:00.000Z", "2026-01-12T11:30:00.000Z")];
    expect(starts(workday, now, { until, busy })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-12T09:15:00.000Z",
      "2026-01-12T11:45:00.000Z",
      "2026-01-12T13:00:00.000Z",
      "2026-01-12T14:15:00.000Z",
    ]);
  });

  it("removes every slot that overlaps a booking widened by the buffer", () => {
    // Booked 13:00–14:00 Berlin before the grid changed: blocks 12:45–14:15.
    const busy = [booking("2026-01-12T12:00:00.000Z", "2026-01-12T13:00:00.000Z")];
    expect(starts(workday, now, { until, busy })).toEqual([
      "2026-01-12T08:00:00.000Z",
      "2026-01-12T09:15:00.000Z",
      "2026-01-12T10:30:00.000Z",
      "2026-01-12T14:15:00.000Z",
    ]);
  });

  it.each([
    ["ends a buffer before the slot", "2026-01-12T07:00:00.000Z", "2026-01-12T07:45:00.000Z", true],
    ["ends a minute into the buffer before", "2026-01-12T07:00:00.000Z", "2026-01-12T07:46:00.000Z", false],
    ["starts a buffer after the slot", "2026-01-12T09:15:00.000Z", "2026-01-12T09:30:00.000Z", true],
    ["starts a minute into the buffer after", "2026-01-12T09:14:00.000Z", "2026-01-12T09:30:00.000Z", false],
    ["lies inside the slot", "2026-01-12T08:20:00.000Z", "2026-01-12T08:40:00.000Z", false],
    ["covers the slot", "2026-01-12T06:00:00.000Z", "2026-01-12T12:00:00.000Z", false],
  ])("keeps the 09:00 slot when a booking %s: %s", (_, from, to, kept) => {
    const settings = mentor({ weeklyRules: [weekly(1, "09:00", "10:00")] });
    expect(starts(settings, now, { until, busy: [booking(from, to)] })).toEqual(kept ? ["2026-01-12T08:00:00.000Z"] : []);
  });

  it("lets back-to-back sessions touch when there is no buffer", () => {
    const settings = mentor({ bufferMinutes: 0, weeklyRules: [weekly(1, "09:00", "12:00")] });
    const busy = [booking("2026-01-12T09:00:00.000Z", "2026-01-12T10:00:00.000Z")];
    expect(starts(settings, now, { until, busy })).toEqual(["2026-01-12T08:00:00.000Z", "2026-01-12T10:00:00.000Z"]);
  });

  it("accepts bookings in any order and on other days", () => {
    const busy = [
      booking("2026-01-12T14:15:00.000Z", "2026-01-12T15:15:00.000Z"),
      booking("2026-01-05T08:00:00.000Z", "2026-01-05T09:00:00.000Z"),
      booking("2026-01-12T08:00:00.000Z", "2026-01-12T09:00:00.000Z"),
      booking("2026-01-19T08:00:00.000Z", "2026-01-19T09:00:00.000Z"),
    ];
    expect(starts(workday, now, { until, busy })).toEqual([
      "2026-01-12T09:15:00.000Z",
      "2026-01-12T10:30:00.000Z",
      "2026-01-12T11:45:00.000Z",
      "2026-01-12T13:00:00.000Z",
    ]);
  });
});

describe("expandAvailability: weekly cap", () => {
  // Monday 2026-01-12 01:00 Berlin; one 09:00 slot a day for two weeks.
  const now = "2026-01-12T00:00:00.000Z";
  const capped = mentor({ maxPerWeek: 2, weeklyRules: daily("09:00", "10:00") });
  const secondWeek = [19, 20, 21, 22, 23, 24, 25].map((day) => `2026-01-${day}T08:00:00.000Z`);

  it("removes the whole week once its bookings reach maxPerWeek, wherever they sit", () => {
    const busy = [booking("2026-01-13T13:00:00.000Z", "2026-01-13T14:00:00.000Z"), booking("2026-01-15T13:00:00.000Z", "2026-01-15T14:00:00.000Z")];
    expect(starts(capped, now, { busy })).toEqual(secondWeek);
  });

  it("keeps the week while it is under the cap", () => {
    const busy = [booking("2026-01-13T13:00:00.000Z", "2026-01-13T14:00:00.000Z")];
    expect(starts(capped, now, { busy })).toHaveLength(14);
  });

  it("counts bookings by the week they start in, Monday to Sunday", () => {
    const busy = [
      booking("2026-01-11T08:00:00.000Z", "2026-01-11T09:00:00.000Z"),
      booking("2026-01-13T13:00:00.000Z", "2026-01-13T14:00:00.000Z"),
      booking("2026-01-26T08:00:00.000Z", "2026-01-26T09:00:00.000Z"),
    ];
    expect(starts(capped, now, { busy })).toHaveLength(14);
  });

  it("counts a booking that runs past midnight on Sunday in the week it starts", () => {
    // Sunday 23:30–Monday 00:30 in Berlin.
    const busy = [booking("2026-01-18T22:30:00.000Z", "2026-01-18T23:30:00.000Z")];
    expect(starts({ ...capped, maxPerWeek: 1 }, now, { busy })).toEqual(secondWeek);
  });

  it("counts this week's past bookings, so the rest of the week stays closed", () => {
    const busy = [booking("2026-01-12T08:00:00.000Z", "2026-01-12T09:00:00.000Z"), booking("2026-01-13T08:00:00.000Z", "2026-01-13T09:00:00.000Z")];
    const wednesday = new Date("2026-01-14T00:00:00.000Z");
    expect(nextFreeSlot(capped, busy, wednesday)?.startsAt.toISOString()).toBe("2026-01-19T08:00:00.000Z");
  });

  it("offers nothing when maxPerWeek is 0", () => {
    expect(starts({ ...capped, maxPerWeek: 0 }, now)).toEqual([]);
  });

  describe("uses the mentor's weeks, not UTC weeks", () => {
    // Monday 2026-06-08 00:00 in Auckland (NZST, UTC+12) until Monday 2026-06-22 00:00.
    const auckland = mentor({ timeZone: "Pacific/Auckland", maxPerWeek: 1, bufferMinutes: 0, weeklyRules: daily("09:00", "10:00") });
    const aucklandNow = "2026-06-07T12:00:00.000Z";
    const aucklandUntil = "2026-06-21T12:00:00.000Z";
    const weekA = [7, 8, 9, 10, 11, 12, 13].map((day) => `2026-06-${String(day).padStart(2, "0")}T21:00:00.000Z`);
    const weekB = [14, 15, 16, 17, 18, 19, 20].map((day) => `2026-06-${day}T21:00:00.000Z`);

    it("a booking on Auckland Monday morning (Sunday in UTC) closes the new local week", () => {
      const busy = [booking("2026-06-14T20:00:00.000Z", "2026-06-14T21:00:00.000Z")];
      expect(starts(auckland, aucklandNow, { busy, until: aucklandUntil })).toEqual(weekA);
    });

    it("a booking late on Auckland Sunday (still Sunday in UTC) closes the old local week only", () => {
      const busy = [booking("2026-06-14T10:00:00.000Z", "2026-06-14T11:00:00.000Z")];
      expect(starts(auckland, aucklandNow, { busy, until: aucklandUntil })).toEqual(weekB);
    });

    it("a booking early on Auckland Monday whose UTC day is the previous ISO week counts locally", () => {
      const busy = [booking("2026-06-07T13:00:00.000Z", "2026-06-07T14:00:00.000Z")];
      expect(starts(auckland, aucklandNow, { busy, until: aucklandUntil })).toEqual(weekB);
    });

    it("a booking on Los Angeles Sunday evening (Monday in UTC) closes the old local week", () => {
      const la = { ...auckland, timeZone: "America/Los_Angeles" };
      const busy = [booking("2026-01-19T02:00:00.000Z", "2026-01-19T03:00:00.000Z")];
      const found = starts(la, "2026-01-12T08:00:00.000Z", { busy, until: "2026-01-26T08:00:00.000Z" });
      expect(found).toEqual([19, 20, 21, 22, 23, 24, 25].map((day) => `2026-01-${day}T17:00:00.000Z`));
    });

    it("keeps an ISO week that spans New Year together (2026-W53)", () => {
      const berlin = { ...auckland, timeZone: "Europe/Berlin" };
      const busy = [booking("2027-01-02T13:00:00.000Z", "2027-01-02T14:00:00.000Z")];
      expect(starts(berlin, "2026-12-28T00:00:00.000Z", { busy, until: "2027-01-05T00:00:00.000Z" })).toEqual(["2027-01-04T08:00:00.000Z"]);
    });
  });
});

describe("expandAvailability: daylight saving time", () => {
  const evenings = (timeZone: string) => mentor({ timeZone, bufferMinutes: 0, weeklyRules: daily("18:00", "19:00") });

  it.each([
    ["Europe/London spring forward", "Europe/London", "2026-03-28", ["2026-03-28T18:00:00.000Z", "2026-03-29T17:00:00.000Z"]],
    ["Europe/London fall back", "Europe/London", "2026-10-24", ["2026-10-24T17:00:00.000Z", "2026-10-25T18:00:00.000Z"]],
    ["America/New_York spring forward", "America/New_York", "2026-03-07", ["2026-03-07T23:00:00.000Z", "2026-03-08T22:00:00.000Z"]],
    ["America/New_York fall back", "America/New_York", "2026-10-31", ["2026-10-31T22:00:00.000Z", "2026-11-01T23:00:00.000Z"]],
    ["Pacific/Auckland fall back", "Pacific/Auckland", "2026-04-04", ["2026-04-04T05:00:00.000Z", "2026-04-05T06:00:00.000Z"]],
    ["Pacific/Auckland spring forward", "Pacific/Auckland", "2026-09-26", ["2026-09-26T06:00:00.000Z", "2026-09-27T05:00:00.000Z"]],
  ])("keeps an 18:00 rule at 18:00 local across %s", (_, zone, dayBefore, expected) => {
    const midnight = DateTime.fromISO(dayBefore, { zone });
    const found = starts(evenings(zone), midnight.toUTC().toISO()!, { until: midnight.plus({ days: 2 }).toUTC().toISO()! });
    expect(found).toEqual(expected);
    expect(found.map((iso) => DateTime.fromISO(iso, { zone }).toFormat("HH:mm"))).toEqual(["18:00", "18:00"]);
  });

  describe("Europe/London, 2026-03-29: 01:00 GMT jumps to 02:00 BST", () => {
    const now = "2026-03-28T12:00:00.000Z";
    const until = "2026-03-30T00:00:00.000Z";
    const sunday = (from: string, to: string, sessionMinutes = 60, bufferMinutes = 0) =>
      mentor({ timeZone: "Europe/London", sessionMinutes, bufferMinutes, weeklyRules: [weekly(7, from, to)] });

    it("skips the start that does not exist in a range spanning the gap", () => {
      expect(starts(sunday("00:00", "04:00"), now, { until })).toEqual(["2026-03-29T00:00:00.000Z", "2026-03-29T01:00:00.000Z", "2026-03-29T02:00:00.000Z"]);
      // The same rule a week earlier, all in GMT, has four.
      expect(starts(sunday("00:00", "04:00"), "2026-03-21T12:00:00.000Z", { until: "2026-03-23T00:00:00.000Z" })).toEqual([
        "2026-03-22T00:00:00.000Z",
        "2026-03-22T01:00:00.000Z",
        "2026-03-22T02:00:00.000Z",
        "2026-03-22T03:00:00.000Z",
      ]);
    });

    it("starts a range that begins inside the gap at the first real wall-clock step", () => {
      expect(starts(sunday("01:30", "03:30", 30), now, { until })).toEqual([
        "2026-03-29T01:00:00.000Z",
        "2026-03-29T01:30:00.000Z",
        "2026-03-29T02:00:00.000Z",
      ]);
    });

    it("skips a start that the jump brings closer than session + buffer to the previous one", () => {
      // Wall-clock grid 00:50, 02:05, 03:20, 04:35; 02:05 BST is only 15 real minutes after 00:50 GMT.
      expect(starts(sunday("00:50", "05:00", 60, 15), now, { until })).toEqual(["2026-03-29T00:50:00.000Z", "2026-03-29T02:20:00.000Z"]);
    });

    it("ends a range whose end time falls in the gap when the clocks jump", () => {
      // "Until 01:30" that night means until 01:00 GMT, when the clocks show 02:00 BST.
      expect(starts(sunday("00:00", "01:30", 60), now, { until })).toEqual(["2026-03-29T00:00:00.000Z"]);
      expect(starts(sunday("00:00", "01:30", 61), now, { until })).toEqual([]);
      // So a slot before the gap never overlaps one in a range that starts after it.
      const split = mentor({
        timeZone: "Europe/London",
        sessionMinutes: 60,
        bufferMinutes: 0,
        weeklyRules: [weekly(7, "00:00", "01:30"), weekly(7, "02:00", "03:00")],
      });
      expect(starts(split, now, { until })).toEqual(["2026-03-29T00:00:00.000Z", "2026-03-29T01:00:00.000Z"]);
    });

    it("fits one fewer slot into a day that is only 23 hours long", () => {
      const allDay = mentor({ timeZone: "Europe/London", bufferMinutes: 0, weeklyRules: daily("00:00", "24:00") });
      expect(starts(allDay, "2026-03-28T00:00:00.000Z", { until: "2026-03-29T00:00:00.000Z" })).toHaveLength(24);
      expect(starts(allDay, "2026-03-29T00:00:00.000Z", { until: "2026-03-29T23:00:00.000Z" })).toHaveLength(23);
    });
  });

  describe("Europe/London, 2026-10-25: 02:00 BST falls back to 01:00 GMT", () => {
    const now = "2026-10-24T12:00:00.000Z";
    const until = "2026-10-26T00:00:00.000Z";
    const sunday = (from: string, to: string, sessionMinutes = 60, bufferMinutes = 0) =>
      mentor({ timeZone: "Europe/London", sessionMinutes, bufferMinutes, weeklyRules: [weekly(7, from, to)] });

    it("offers the repeated hour once, at its earlier (BST) instant", () => {
      expect(starts(sunday("00:00", "04:00"), now, { until })).toEqual([
        "2026-10-24T23:00:00.000Z",
        "2026-10-25T00:00:00.000Z",
        "2026-10-25T02:00:00.000Z",
        "2026-10-25T03:00:00.000Z",
      ]);
    });

    it("does not offer a range inside the repeated hour twice", () => {
      expect(starts(sunday("01:00", "02:00", 30), now, { until })).toEqual(["2026-10-25T00:00:00.000Z", "2026-10-25T00:30:00.000Z"]);
    });

    it("keeps the wall-clock grid through the change", () => {
      const found = starts(sunday("00:00", "06:00", 60, 15), now, { until });
      expect(found).toEqual([
        "2026-10-24T23:00:00.000Z",
        "2026-10-25T00:15:00.000Z",
        "2026-10-25T02:30:00.000Z",
        "2026-10-25T03:45:00.000Z",
        "2026-10-25T05:00:00.000Z",
      ]);
      expect(found.map((iso) => DateTime.fromISO(iso, { zone: "Europe/London" }).toFormat("HH:mm"))).toEqual(["00:00", "01:15", "02:30", "03:45", "05:00"]);
    });

    it("keeps 24 wall-clock slots in a day that is 25 hours long", () => {
      const allDay = mentor({ timeZone: "Europe/London", bufferMinutes: 0, weeklyRules: daily("00:00", "24:00") });
      expect(starts(allDay, "2026-10-24T23:00:00.000Z", { until: "2026-10-26T00:00:00.000Z" })).toHaveLength(24);
    });
  });

  describe("America/New_York", () => {
    const sunday = (from: string, to: string) =>
      mentor({ timeZone: "America/New_York", sessionMinutes: 30, bufferMinutes: 0, weeklyRules: [weekly(7, from, to)] });

    it("skips 02:00 and 02:30 on 2026-03-08", () => {
      expect(starts(sunday("01:30", "03:30"), "2026-03-07T12:00:00.000Z", { until: "2026-03-09T00:00:00.000Z" })).toEqual([
        "2026-03-08T06:30:00.000Z",
        "2026-03-08T07:00:00.000Z",
      ]);
    });

    it("offers 01:00 and 01:30 once, in EDT, on 2026-11-01", () => {
      expect(starts(sunday("00:30", "02:30"), "2026-10-31T12:00:00.000Z", { until: "2026-11-02T00:00:00.000Z" })).toEqual([
        "2026-11-01T04:30:00.000Z",
        "2026-11-01T05:00:00.000Z",
        "2026-11-01T05:30:00.000Z",
        "2026-11-01T07:00:00.000Z",
      ]);
    });
  });

  describe("Pacific/Auckland", () => {
    const sunday = (from: string, to: string, sessionMinutes: number) =>
      mentor({ timeZone: "Pacific/Auckland", sessionMinutes, bufferMinutes: 0, weeklyRules: [weekly(7, from, to)] });

    it("offers 02:00–03:00 once, in NZDT, on 2026-04-05", () => {
      expect(starts(sunday("02:00", "03:00", 30), "2026-04-04T00:00:00.000Z", { until: "2026-04-06T00:00:00.000Z" })).toEqual([
        "2026-04-04T13:00:00.000Z",
        "2026-04-04T13:30:00.000Z",
      ]);
    });

    it("skips 02:00 on 2026-09-27", () => {
      expect(starts(sunday("01:00", "04:00", 60), "2026-09-26T00:00:00.000Z", { until: "2026-09-28T00:00:00.000Z" })).toEqual([
        "2026-09-26T13:00:00.000Z",
        "2026-09-26T14:00:00.000Z",
      ]);
    });
  });
});

describe("expandAvailability: zones and the instant `now`", () => {
  it.each([
    ["Asia/Kathmandu", ["2026-01-12T03:15:00.000Z", "2026-01-12T04:30:00.000Z"]],
    ["Asia/Kolkata", ["2026-01-12T03:30:00.000Z", "2026-01-12T04:45:00.000Z"]],
    ["UTC", ["2026-01-12T09:00:00.000Z", "2026-01-12T10:15:00.000Z"]],
    ["America/St_Johns", ["2026-01-12T12:30:00.000Z", "2026-01-12T13:45:00.000Z"]],
  ])("converts Monday 09:00–12:00 in %s", (timeZone, expected) => {
    const settings = mentor({ timeZone, weeklyRules: [weekly(1, "09:00", "12:00")] });
    expect(starts(settings, "2026-01-11T00:00:00.000Z", { until: "2026-01-13T00:00:00.000Z" })).toEqual(expected);
  });

  it("starts 'today' at the mentor's date when it is still yesterday in UTC", () => {
    // 2026-01-11 18:30 UTC is Monday 00:15 in Kathmandu.
    const settings = mentor({ timeZone: "Asia/Kathmandu", bufferMinutes: 0, weeklyRules: [weekly(1, "00:30", "01:30")] });
    expect(starts(settings, "2026-01-11T18:30:00.000Z", { until: "2026-01-12T18:30:00.000Z" })).toEqual(["2026-01-11T18:45:00.000Z"]);
  });

  it("applies notice to half-hour offsets exactly", () => {
    // 08:30 in Kolkata; one hour's notice leaves 09:30 as the first start.
    const settings = mentor({
      timeZone: "Asia/Kolkata",
      sessionMinutes: 30,
      bufferMinutes: 0,
      minNoticeHours: 1,
      weeklyRules: [weekly(1, "09:00", "12:00")],
    });
    expect(starts(settings, "2026-01-12T03:00:00.000Z", { until: "2026-01-13T00:00:00.000Z" })).toEqual([
      "2026-01-12T04:00:00.000Z",
      "2026-01-12T04:30:00.000Z",
      "2026-01-12T05:00:00.000Z",
      "2026-01-12T05:30:00.000Z",
      "2026-01-12T06:00:00.000Z",
    ]);
  });

  it("treats now as an instant: Sunday in UTC can be Monday for an Auckland mentor", () => {
    // 19:00 UTC Sunday = 07:00 NZST Monday; Sunday's Auckland slot is already past.
    const settings = mentor({ timeZone: "Pacific/Auckland", weeklyRules: [weekly(1, "09:00", "10:00"), weekly(7, "09:00", "10:00")] });
    expect(starts(settings, "2026-06-14T19:00:00.000Z", { until: "2026-06-15T12:00:00.000Z" })).toEqual(["2026-06-14T21:00:00.000Z"]);
  });

  it("treats now as an instant: Tuesday in UTC can be Monday evening in Los Angeles", () => {
    const settings = mentor({
      timeZone: "America/Los_Angeles",
      weeklyRules: [weekly(1, "19:00", "20:00"), weekly(2, "09:00", "10:00")],
    });
    expect(starts(settings, "2026-01-13T02:00:00.000Z", { until: "2026-01-14T00:00:00.000Z" })).toEqual([
      "2026-01-13T03:00:00.000Z",
      "2026-01-13T17:00:00.000Z",
    ]);
  });

  it("gives the same answer whatever the machine's zone is", () => {
    const settings = mentor({
      timeZone: "Europe/London",
      maxPerWeek: 2,
      weeklyRules: [...daily("00:00", "03:30"), ...daily("17:30", "24:00")],
      extraSlots: [extra("2026-03-29", "09:00", "10:00")],
      daysOff: [{ startDate: "2026-03-31", endDate: "2026-04-01" }],
    });
    const busy = [booking("2026-03-30T17:30:00.000Z", "2026-03-30T18:30:00.000Z")];
    const run = () => starts(settings, "2026-03-27T23:30:00.000Z", { busy, until: "2026-04-06T00:00:00.000Z" });
    const original = process.env.TZ;
    const answers = new Map<string, string[]>();
    try {
      // Machine zone and its offset in July, to prove the switch took effect.
      const machineZones = { "Asia/Kathmandu": -345, "America/Los_Angeles": 420, "Pacific/Chatham": -765, "Europe/London": -60, UTC: 0 };
      for (const [zone, julyOffset] of Object.entries(machineZones)) {
        process.env.TZ = zone;
        expect(new Date("2026-07-01T00:00:00.000Z").getTimezoneOffset()).toBe(julyOffset);
        answers.set(zone, run());
      }
    } finally {
      process.env.TZ = original;
    }
    const kathmandu = answers.get("Asia/Kathmandu")!;
    expect(kathmandu.length).toBeGreaterThan(20);
    for (const answer of answers.values()) expect(answer).toEqual(kathmandu);
  });
});

describe("expandAvailability: invariants over many generated mentors", () => {
  // Small seeded generator so a failure reproduces.
  function random(seed: number) {
    return () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
  }
  const zones = ["Europe/London", "America/New_York", "Pacific/Auckland", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"];

  it("returns ascending, non-overlapping, correctly sized slots that respect every limit", () => {
    const next = random(42);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    for (let run = 0; run < 150; run++) {
      const sessionMinutes = pick([30, 45, 60, 90]);
      const bufferMinutes = pick([0, 5, 15, 30]);
      const rules = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        const start = Math.floor(next() * 22) * 60 + pick([0, 15, 30, 45]);
        return { weekday: 1 + Math.floor(next() * 7), startMinute: start, endMinute: Math.min(1440, start + 60 + Math.floor(next() * 300)) };
      });
      // Around the March and October/April DST changes of every zone above.
      const now = new Date(Date.UTC(2026, pick([2, 3, 8, 9]), 1 + Math.floor(next() * 28), Math.floor(next() * 24), pick([0, 7, 30])));
      const settings = mentor({
        timeZone: pick(zones),
        sessionMinutes,
        bufferMinutes,
        minNoticeHours: pick([0, 12, 24]),
        horizonDays: pick([7, 14, 28]),
        maxPerWeek: pick([1, 2, 5]),
        weeklyRules: rules,
      });
      const all = expandAvailability(settings, [], now);
      const busy = all.filter((_, index) => index % 5 === 2);
      const slots = expandAvailability(settings, busy, now);
      const label = JSON.stringify({ run, settings, now });

      for (const [index, slot] of slots.entries()) {
        expect(slot.endsAt.getTime() - slot.startsAt.getTime(), label).toBe(sessionMinutes * 60_000);
        expect(slot.startsAt.getTime(), label).toBeGreaterThanOrEqual(now.getTime() + settings.minNoticeHours * 3_600_000);
        expect(slot.startsAt.getTime(), label).toBeLessThan(now.getTime() + (settings.horizonDays + 1) * 86_400_000);
        const previous = slots[index - 1];
        if (previous) expect(slot.startsAt.getTime(), label).toBeGreaterThanOrEqual(previous.endsAt.getTime());
        for (const b of busy) {
          const clear =
            slot.endsAt.getTime() + bufferMinutes * 60_000 <= b.startsAt.getTime() || slot.startsAt.getTime() >= b.endsAt.getTime() + bufferMinutes * 60_000;
          expect(clear, label).toBe(true);
        }
        const local = DateTime.fromJSDate(slot.startsAt, { zone: settings.timeZone });
        const minute = local.hour * 60 + local.minute;
        expect(
          rules.some((r) => r.weekday === local.weekday && r.startMinute <= minute && minute < r.endMinute),
          label,
        ).toBe(true);
      }
      expect(
        slots.every((slot) => all.some((a) => a.startsAt.getTime() === slot.startsAt.getTime())),
        label,
      ).toBe(true);

      const first = expandAvailability(settings, busy, now, { limit: 3 });
      expect(first, label).toEqual(slots.slice(0, 3));
      if (slots.length > 1) {
        const until = slots[Math.floor(slots.length / 2)]!.startsAt;
        expect(expandAvailability(settings, busy, now, { until }), label).toEqual(slots.filter((s) => s.startsAt < until));
      }
    }
  });
});

describe("expandAvailability: settings validation", () => {
  const valid = mentor({ weeklyRules: [weekly(1, "09:00", "12:00")] });
  const now = new Date("2026-01-12T00:00:00.000Z");

  it.each<[string, Partial<AvailabilitySettings>]>([
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }],
    ["a zero session length", { sessionMinutes: 0 }],
    ["a fractional session length", { sessionMinutes: 30.5 }],
    ["a negative buffer", { bufferMinutes: -5 }],
    ["a negative notice", { minNoticeHours: -1 }],
    ["a fractional horizon", { horizonDays: 1.5 }],
    ["a weekday of 0", { weeklyRules: [{ weekday: 0, startMinute: 540, endMinute: 600 }] }],
    ["a weekday of 8", { weeklyRules: [{ weekday: 8, startMinute: 540, endMinute: 600 }] }],
    ["an empty range", { weeklyRules: [{ weekday: 1, startMinute: 600, endMinute: 600 }] }],
    ["a backwards range", { weeklyRules: [{ weekday: 1, startMinute: 600, endMinute: 540 }] }],
    ["a range past midnight", { weeklyRules: [{ weekday: 1, startMinute: 1380, endMinute: 1500 }] }],
    ["a negative start", { extraSlots: [{ date: "2026-01-12", startMinute: -60, endMinute: 60 }] }],
    ["a malformed extra date", { extraSlots: [{ date: "12/01/2026", startMinute: 540, endMinute: 600 }] }],
    ["an impossible extra date", { extraSlots: [{ date: "2026-02-30", startMinute: 540, endMinute: 600 }] }],
    ["a malformed day off", { daysOff: [{ startDate: "2026-1-12", endDate: "2026-01-13" }] }],
    ["a day off ending before it starts", { daysOff: [{ startDate: "2026-01-13", endDate: "2026-01-12" }] }],
  ])("throws on %s", (_, overrides) => {
    expect(() => expandAvailability({ ...valid, ...overrides }, [], now)).toThrow(RangeError);
  });

  it("throws on an invalid now", () => {
    expect(() => expandAvailability(valid, [], new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("parseClock and formatClock", () => {
  it.each([
    ["00:00", 0],
    ["09:05", 545],
    ["9:05", 545],
    ["18:30", 1110],
    ["23:59", 1439],
    ["24:00", 1440],
  ])("parses %s as %i", (text, minute) => {
    expect(parseClock(text)).toBe(minute);
  });

  it.each(["", "18", "18:3", "18:300", "1830", "18.30", "18:60", "24:01", "25:00", "-1:00", " 18:30", "18:30 ", "18:30:00", "ab:cd", "１８:３０"])(
    "rejects %j",
    (text) => {
      expect(() => parseClock(text)).toThrow(RangeError);
    },
  );

  it.each([
    [0, "00:00"],
    [545, "09:05"],
    [1110, "18:30"],
    [1439, "23:59"],
    [1440, "24:00"],
  ])("formats %i as %s", (minute, text) => {
    expect(formatClock(minute)).toBe(text);
  });

  it.each([-1, 1441, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses to format %s", (minute) => {
    expect(() => formatClock(minute)).toThrow(RangeError);
  });

  it("round-trips every minute of the day", () => {
    for (let minute = 0; minute <= 1440; minute++) expect(parseClock(formatClock(minute))).toBe(minute);
  });
});

describe("expandAvailability: busy in the volunteer's own calendars", () => {
  const now = "2026-01-11T12:00:00.000Z";
  const until = "2026-01-13T00:00:00.000Z";
  const settings = mentor({ maxPerWeek: 1, weeklyRules: [weekly(1, "09:00", "12:00")] });

  it("hides slots overlapping busy time plus the buffer, without counting it towards the weekly cap", () => {
    expect(starts(settings, now, { until })).toEqual(["2026-01-12T08:00:00.000Z", "2026-01-12T09:15:00.000Z"]);
    // 10:20–11:00 Berlin overlaps 10:15–11:15; 09:00–10:00 ends more than the buffer before it.
    const overlapping = [booking("2026-01-12T09:20:00.000Z", "2026-01-12T10:00:00.000Z")];
    expect(starts({ ...settings, elsewhere: overlapping }, now, { until })).toEqual(["2026-01-12T08:00:00.000Z"]);
    // 09:30–10:05 Berlin overlaps 09:00–10:00 and ends inside the buffer before 10:15.
    const justBefore = [booking("2026-01-12T08:30:00.000Z", "2026-01-12T09:05:00.000Z")];
    expect(starts({ ...settings, elsewhere: justBefore }, now, { until })).toEqual([]);
  });
});
