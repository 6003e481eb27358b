import { describe, expect, it } from "vitest";
import {
  aheadSpan,
  daytimeWindow,
  daytimeWindowKey,
  isOvernight,
  DAYTIME_WINDOW_PRESETS,
  DEFAULT_DAYTIME_WINDOW,
  parseDaytimeWindow,
  windowHours,
} from "./daytime-window";

describe("daytime windows", () => {
  it("are whole hours with one spelling each", () => {
    expect(parseDaytimeWindow("08-21")).toEqual({ startHour: 8, endHour: 21 });
    expect(daytimeWindowKey({ startHour: 8, endHour: 21 })).toBe("08-21");
    for (const other of ["8-21", "08-21 ", "0800-2100", "08:00-21:00", "08-21-", "", undefined, 821, ["08-21"]]) {
      expect(parseDaytimeWindow(other)).toBeNull();
    }
  });

  it("refuse hours out of range and a start equal to the end", () => {
    for (const [start, end] of [
      [24, 8],
      [8, 25],
      [8, 0],
      [-1, 8],
      [8, 8],
      [8.5, 21],
    ]) {
      expect(daytimeWindow(start!, end!)).toBeNull();
    }
    expect(parseDaytimeWindow("21-21")).toBeNull();
    expect(parseDaytimeWindow("99-10")).toBeNull();
  });

  it("may run overnight", () => {
    expect(isOvernight(daytimeWindow(21, 8)!)).toBe(true);
    expect(isOvernight(daytimeWindow(8, 21)!)).toBe(false);
    expect(isOvernight(daytimeWindow(0, 24)!)).toBe(false);
  });

  it("are only the few presets the form offers, so cached pages per window stay few", () => {
    expect(DAYTIME_WINDOW_PRESETS.length).toBeLessThanOrEqual(7);
    expect(DAYTIME_WINDOW_PRESETS.map(({ window }) => window)).toContainEqual(DEFAULT_DAYTIME_WINDOW);
    for (const { key, window } of DAYTIME_WINDOW_PRESETS) {
      expect(daytimeWindowKey(window)).toBe(key);
      expect(parseDaytimeWindow(key)).toEqual(window);
    }
    // Well-formed hours that are no preset are no window.
    for (const other of ["00-24", "03-04", "21-08", "08-20", "09-21"]) expect(parseDaytimeWindow(other)).toBeNull();
  });

  it("reads as a person would say it", () => {
    expect(windowHours({ startHour: 8, endHour: 21 })).toEqual({ start: "08:00", end: "21:00" });
    expect(windowHours({ startHour: 21, endHour: 8 })).toEqual({ start: "21:00", end: "08:00" });
    expect(aheadSpan(42)).toEqual({ unit: "week", count: 6 });
    expect(aheadSpan(7)).toEqual({ unit: "week", count: 1 });
    expect(aheadSpan(10)).toEqual({ unit: "day", count: 10 });
    expect(aheadSpan(1)).toEqual({ unit: "day", count: 1 });
  });
});
