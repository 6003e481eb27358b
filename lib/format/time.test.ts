import { describe, expect, it } from "vitest";
import { formatClockTime, formatDay, formatRange, groupByDay, localDateKey, offsetLabel, zoneLabel } from "./time";

describe("time formatting", () => {
  const at = new Date("2026-03-29T00:30:00Z");

  it("shows the same instant in each zone asked for, whatever the process zone", () => {
    expect(formatClockTime(at, "Europe/London")).toBe("00:30");
    expect(formatClockTime(at, "Asia/Tokyo")).toBe("09:30");
    expect(formatClockTime(at, "America/New_York")).toBe("20:30");
    expect(formatClockTime(at, "Asia/Kathmandu")).toBe("06:15");
    expect(formatDay(at, "America/New_York")).toBe("Saturday 28 March");
  });

  it("writes ranges with the date in the zone", () => {
    expect(formatRange(new Date("2026-11-24T09:00:00Z"), new Date("2026-11-24T10:00:00Z"), "Asia/Tokyo")).toBe("Tuesday 24 November 2026, 18:00–19:00");
    expect(formatClockTime(new Date("2026-11-24T09:00:00Z"), "Asia/Kolkata")).toBe("14:30");
    expect(formatClockTime(new Date("2026-11-24T09:45:00Z"), "Asia/Kolkata")).toBe("15:15");
  });

  it("labels zones with their offset at that instant, across DST", () => {
    expect(offsetLabel(new Date("2026-03-29T00:30:00Z"), "Europe/London")).toBe("GMT");
    expect(offsetLabel(new Date("2026-03-29T01:30:00Z"), "Europe/London")).toBe("GMT+1");
    expect(offsetLabel(at, "Asia/Kathmandu")).toBe("GMT+5:45");
    expect(zoneLabel("America/Argentina/Buenos_Aires", at)).toBe("America/Argentina/Buenos Aires (GMT-3)");
  });

  it("groups by the calendar day in the zone, not in UTC", () => {
    const slots = ["2026-11-24T22:00:00Z", "2026-11-24T23:30:00Z", "2026-11-25T01:00:00Z"].map((iso) => ({ startsAt: new Date(iso) }));
    expect(groupByDay(slots, "UTC").map((group) => [group.key, group.items.length])).toEqual([
      ["2026-11-24", 2],
      ["2026-11-25", 1],
    ]);
    expect(groupByDay(slots, "Pacific/Auckland").map((group) => [group.key, group.items.length])).toEqual([["2026-11-25", 3]]);
    expect(localDateKey(new Date("2026-11-24T22:00:00Z"), "America/Los_Angeles")).toBe("2026-11-24");
  });
});
