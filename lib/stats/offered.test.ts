import { describe, expect, it } from "vitest";
import { countOfferedSlots, type OfferSettings } from "./offered";
import { periodScope } from "./period";

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
});
