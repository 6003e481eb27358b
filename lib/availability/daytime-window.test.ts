import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { daytimeWindow, type DaytimeWindow } from "../format/daytime-window";
import { firstFreeInWindow, insideWindow, slotsInWindow, windowScreen } from "./daytime-window";
import type { MentorSchedule } from "./schedule";
import { expandAvailability, parseClock, type AvailabilitySettings, type Slot } from "./slots";

const window = (startHour: number, endHour: number): DaytimeWindow => daytimeWindow(startHour, endHour)!;
const daytime = window(8, 21);

/** A slot of `minutes` from an instant written in UTC. */
const slot = (startIso: string, minutes = 60): Slot => {
  const startsAt = new Date(startIso);
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
};
const inside = (w: DaytimeWindow, zone: string, startIso: string, minutes = 60) => insideWindow(w, zone)(slot(startIso, minutes));

function mentor(timeZone: string, from: string, to: string, overrides: Partial<AvailabilitySettings> = {}): AvailabilitySettings {
  return {
    timeZone,
    sessionMinutes: 60,
    bufferMinutes: 0,
    minNoticeHours: 0,
    horizonDays: 14,
    maxPerWeek: 100,
    weeklyRules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: parseClock(from), endMinute: parseClock(to) })),
    extraSlots: [],
    daysOff: [],
    ...overrides,
  };
}

/** Each slot as the viewer sees it: "2027-03-30 08:00–09:00". */
const asSeen = (slots: Slot[], zone: string) =>
  slots.map((s) => {
    const start = DateTime.fromJSDate(s.startsAt, { zone });
    return `${start.toFormat("yyyy-MM-dd HH:mm")}–${DateTime.fromJSDate(s.endsAt, { zone }).toFormat("HH:mm")}`;
  });

describe("insideWindow: the edges", () => {
  // London in January is UTC.
  it("takes a slot that starts as the window opens or ends as it closes, and nothing past either edge", () => {
    expect(inside(daytime, "Europe/London", "2027-01-12T08:00:00Z")).toBe(true);
    expect(inside(daytime, "Europe/London", "2027-01-12T20:00:00Z")).toBe(true);
    expect(inside(daytime, "Europe/London", "2027-01-12T07:59:00Z")).toBe(false);
    expect(inside(daytime, "Europe/London", "2027-01-12T20:01:00Z")).toBe(false);
    expect(inside(daytime, "Europe/London", "2027-01-12T21:00:00Z")).toBe(false);
    expect(inside(daytime, "Europe/London", "2027-01-12T03:00:00Z")).toBe(false);
  });

  it("reads the window in the viewer's zone, not the server's (tests run in Kathmandu) or UTC", () => {
    // 08:00 in Auckland in January (UTC+13) is 19:00 UTC the day before.
    expect(inside(daytime, "Pacific/Auckland", "2027-01-11T19:00:00Z")).toBe(true);
    expect(inside(daytime, "Pacific/Auckland", "2027-01-12T08:00:00Z")).toBe(false);
  });

  it("keeps a slot within one day: a window ending at midnight takes 23:00–24:00, never one running past it", () => {
    const evening = window(18, 24);
    expect(inside(evening, "Europe/London", "2027-01-12T23:00:00Z")).toBe(true);
    expect(inside(evening, "Europe/London", "2027-01-12T23:30:00Z")).toBe(false);
    expect(inside(evening, "Europe/London", "2027-01-13T00:00:00Z")).toBe(false);
  });

  it("runs an overnight window (21:00–08:00) from one evening into the next morning", () => {
    const night = window(21, 8);
    expect(inside(night, "Europe/London", "2027-01-12T21:00:00Z")).toBe(true);
    expect(inside(night, "Europe/London", "2027-01-12T23:30:00Z")).toBe(true);
    expect(inside(night, "Europe/London", "2027-01-13T03:00:00Z")).toBe(true);
    expect(inside(night, "Europe/London", "2027-01-13T07:00:00Z")).toBe(true);
    expect(inside(night, "Europe/London", "2027-01-13T07:30:00Z")).toBe(false);
    expect(inside(night, "Europe/London", "2027-01-12T20:30:00Z")).toBe(false);
    expect(inside(night, "Europe/London", "2027-01-12T12:00:00Z")).toBe(false);
    // A session too long for the night at all.
    expect(inside(night, "Europe/London", "2027-01-12T21:00:00Z", 12 * 60)).toBe(false);
  });
});

describe("insideWindow across DST, Auckland ↔ London", () => {
  it("late March and early April: a London mentor's 20:00 moves from 09:00 to 08:00 to 07:00 in Auckland", () => {
    // London springs forward on 28 March 2027, Auckland falls back on 4 April 2027:
    // 13 hours apart, then 12, then 11.
    const slots = expandAvailability(mentor("Europe/London", "20:00", "21:00"), [], new Date("2027-03-25T00:00:00Z"));
    const seen = asSeen(slotsInWindow(slots, daytime, "Pacific/Auckland"), "Pacific/Auckland");
    expect(seen[0]).toBe("2027-03-26 09:00–10:00");
    expect(seen).toContain("2027-03-28 09:00–10:00");
    expect(seen).toContain("2027-03-29 08:00–09:00");
    // The last is London's Friday 2 April; from Saturday it is 07:00 in Auckland, before the window.
    expect(seen.at(-1)).toBe("2027-04-03 08:00–09:00");
    expect(seen).toHaveLength(9);
    expect(asSeen(slots, "Pacific/Auckland")).toContain("2027-04-04 07:00–08:00");
  });

  it("late September: an Auckland mentor's 07:00 leaves a London evening window when Auckland springs forward", () => {
    // Auckland springs forward on 26 September 2027; London stays on summer time until 31 October.
    const slots = expandAvailability(mentor("Pacific/Auckland", "07:00", "08:00"), [], new Date("2027-09-21T00:00:00Z"), {
      until: new Date("2027-09-30T00:00:00Z"),
    });
    const evening = window(20, 24);
    expect(asSeen(slotsInWindow(slots, evening, "Europe/London"), "Europe/London")).toEqual([
      "2027-09-21 20:00–21:00",
      "2027-09-22 20:00–21:00",
      "2027-09-23 20:00–21:00",
      "2027-09-24 20:00–21:00",
    ]);
    expect(asSeen(slots, "Europe/London")).toContain("2027-09-25 19:00–20:00");
  });

  it("late October: London falls back and the same Auckland morning comes back into a London evening", () => {
    const slots = expandAvailability(mentor("Pacific/Auckland", "09:00", "10:00"), [], new Date("2027-10-28T00:00:00Z"), {
      until: new Date("2027-11-03T00:00:00Z"),
    });
    // Auckland 09:00 (UTC+13) is 21:00 in London on summer time, 20:00 after 31 October.
    expect(asSeen(slotsInWindow(slots, window(19, 21), "Europe/London"), "Europe/London")).toEqual([
      "2027-10-31 20:00–21:00",
      "2027-11-01 20:00–21:00",
      "2027-11-02 20:00–21:00",
    ]);
  });

  it("a night that loses an hour in the viewer's zone is an hour shorter", () => {
    // London, 28 March 2027: 01:00 becomes 02:00, so 21:00–08:00 lasts ten hours.
    const night = window(21, 8);
    expect(inside(night, "Europe/London", "2027-03-27T21:00:00Z", 10 * 60)).toBe(true);
    expect(inside(night, "Europe/London", "2027-03-27T21:00:00Z", 11 * 60)).toBe(false);
    // 07:00–08:00 summer time is 06:00–07:00 UTC.
    expect(inside(night, "Europe/London", "2027-03-28T06:00:00Z")).toBe(true);
    expect(inside(night, "Europe/London", "2027-03-28T06:30:00Z")).toBe(false);
  });

  it("an edge the clocks repeat is its first occurrence (Auckland, 4 April 2027: 03:00 becomes 02:00)", () => {
    // 01:00 NZDT is 12:00 UTC; 02:00 comes first at 13:00 UTC and again at 14:00 UTC.
    expect(inside(window(1, 2), "Pacific/Auckland", "2027-04-03T12:00:00Z")).toBe(true);
    expect(inside(window(1, 2), "Pacific/Auckland", "2027-04-03T13:00:00Z")).toBe(false);
    // 01:00–03:00 that night is three hours long: the repeated hour is inside it.
    expect(inside(window(1, 3), "Pacific/Auckland", "2027-04-03T14:00:00Z")).toBe(true);
    expect(inside(window(1, 3), "Pacific/Auckland", "2027-04-03T12:00:00Z", 180)).toBe(true);
  });

  it("an edge the clocks skip is the moment of the jump (Auckland, 26 September 2027: 02:00 becomes 03:00)", () => {
    // The jump is at 14:00 UTC on the 25th; 02:00–09:00 opens then.
    expect(inside(window(2, 9), "Pacific/Auckland", "2027-09-25T14:00:00Z")).toBe(true);
    expect(inside(window(2, 9), "Pacific/Auckland", "2027-09-25T13:30:00Z")).toBe(false);
    expect(inside(window(0, 2), "Pacific/Auckland", "2027-09-25T13:00:00Z")).toBe(true);
  });
});

describe("firstFreeInWindow", () => {
  const now = new Date("2027-01-11T00:00:00Z");
  const schedule = (settings: AvailabilitySettings, bookable = true): MentorSchedule => ({ mentorId: "m", bookable, settings, busy: [] });

  it("is the first bookable slot the viewer's window takes, not the first slot", () => {
    // London 06:00–10:00 in January, seen from London with a window from 08:00.
    const found = firstFreeInWindow(schedule(mentor("Europe/London", "06:00", "10:00")), insideWindow(daytime, "Europe/London"), now);
    expect(found?.startsAt.toISOString()).toBe("2027-01-11T08:00:00.000Z");
  });

  it("looks past the first week, up to the mentor's horizon", () => {
    const settings = mentor("Europe/London", "06:00", "07:00", {
      horizonDays: 30,
      extraSlots: [{ date: "2027-01-25", startMinute: parseClock("12:00"), endMinute: parseClock("13:00") }],
    });
    expect(firstFreeInWindow(schedule(settings), insideWindow(daytime, "Europe/London"), now)?.startsAt.toISOString()).toBe("2027-01-25T12:00:00.000Z");
  });

  it("stops at `until`, and finds nothing for a paused mentor or one whose times are all outside", () => {
    const settings = mentor("Europe/London", "06:00", "07:00", {
      horizonDays: 30,
      extraSlots: [{ date: "2027-01-25", startMinute: parseClock("12:00"), endMinute: parseClock("13:00") }],
    });
    const test = insideWindow(daytime, "Europe/London");
    expect(firstFreeInWindow(schedule(settings), test, now, new Date("2027-01-18T00:00:00Z"))).toBeNull();
    expect(firstFreeInWindow(schedule(settings), test, now, new Date("2027-01-25T12:00:00Z"))).toBeNull();
    expect(firstFreeInWindow(schedule(settings), test, now, new Date("2027-01-25T12:00:00.001Z"))).not.toBeNull();
    expect(firstFreeInWindow(schedule(settings, false), test, now)).toBeNull();
    expect(firstFreeInWindow(schedule(mentor("Europe/London", "03:00", "06:00")), test, now)).toBeNull();
  });
});

describe("windowScreen", () => {
  const zones = ["Europe/London", "Pacific/Auckland", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "Antarctica/Troll"];
  const hours = [
    ["00:00", "01:00"],
    ["01:00", "04:00"],
    ["06:00", "07:30"],
    ["12:00", "14:00"],
    ["18:00", "20:00"],
    ["22:00", "24:00"],
  ] as const;
  const windows = [window(8, 21), window(21, 8), window(10, 12), window(0, 2), window(2, 3), window(23, 24), window(1, 3)];
  // Around each zone's clock changes, and a quiet month.
  const dates = ["2027-03-24T00:00:00Z", "2027-09-20T00:00:00Z", "2027-10-28T00:00:00Z", "2027-01-10T00:00:00Z"];

  it("never turns away a mentor who has a slot in the window, and turns away many who have none", () => {
    let turnedAway = 0;
    let tried = 0;
    for (const date of dates) {
      const now = new Date(date);
      const until = new Date(now.getTime() + 11 * 86_400_000);
      const mentors = zones.flatMap((mentorZone) =>
        hours.flatMap(([from, to]) =>
          [30, 90].map((sessionMinutes) => {
            const settings = mentor(mentorZone, from, to, { sessionMinutes, bufferMinutes: 15, horizonDays: 10 });
            return { settings, slots: expandAvailability(settings, [], now), name: `${mentorZone} ${from}–${to} (${sessionMinutes} min)` };
          }),
        ),
      );
      // Other hours each weekday, and a one-off range on a day with none.
      for (const mentorZone of zones) {
        const settings = mentor(mentorZone, "08:00", "10:00", {
          weeklyRules: [
            { weekday: 1, startMinute: parseClock("08:00"), endMinute: parseClock("10:00") },
            { weekday: 3, startMinute: parseClock("18:00"), endMinute: parseClock("21:00") },
            { weekday: 5, startMinute: parseClock("01:30"), endMinute: parseClock("03:30") },
          ],
          extraSlots: [
            {
              date: date.slice(0, 8) + String(Number(date.slice(8, 10)) + 3).padStart(2, "0"),
              startMinute: parseClock("12:00"),
              endMinute: parseClock("13:30"),
            },
          ],
          horizonDays: 10,
        });
        mentors.push({ settings, slots: expandAvailability(settings, [], now), name: `${mentorZone} mixed` });
      }
      for (const viewerZone of zones) {
        for (const w of windows) {
          const screen = windowScreen(w, viewerZone, now, until);
          const inside = insideWindow(w, viewerZone);
          for (const { settings, slots, name } of mentors) {
            tried++;
            if (screen(settings)) continue;
            turnedAway++;
            if (slots.some(inside)) throw new Error(`turned away ${name} for ${viewerZone} ${JSON.stringify(w)} from ${date}`);
          }
        }
      }
    }
    expect(turnedAway / tried).toBeGreaterThan(0.3);
    // Thousands of combinations, each expanded: slower than a unit test should be, worth it for the guarantee.
  }, 60_000);

  it("lets through a mentor whose hours reach the window only once a clock has changed", () => {
    // London 08:00 is 21:00 in Auckland until London springs forward on 28 March, then 20:00.
    const settings = mentor("Europe/London", "08:00", "09:00");
    expect(windowScreen(daytime, "Pacific/Auckland", new Date("2027-03-24T00:00:00Z"), new Date("2027-03-31T00:00:00Z"))(settings)).toBe(true);
    expect(windowScreen(daytime, "Pacific/Auckland", new Date("2027-03-01T00:00:00Z"), new Date("2027-03-08T00:00:00Z"))(settings)).toBe(false);
  });

  it("turns away a session longer than the window", () => {
    expect(
      windowScreen(
        window(10, 11),
        "UTC",
        new Date("2027-01-10T00:00:00Z"),
        new Date("2027-01-20T00:00:00Z"),
      )(mentor("UTC", "09:00", "17:00", { sessionMinutes: 90 })),
    ).toBe(false);
  });
});
