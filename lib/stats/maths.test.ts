import { describe, expect, it } from "vitest";
import { fillRate, fillWeeks, flagOverload, median, medianOfCounts, medianOfWindow, medianWindow, shareOf } from "./maths";

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([12, 16, 24, 24, 36, 48, 50.25, 96, 144, 168])).toBe(42);
  });

  it("names the rows a database must return for it", () => {
    expect(medianWindow(0)).toBeNull();
    expect(medianWindow(1)).toEqual({ offset: 0, limit: 1 });
    expect(medianWindow(2)).toEqual({ offset: 0, limit: 2 });
    expect(medianWindow(9)).toEqual({ offset: 4, limit: 1 });
    expect(medianWindow(10)).toEqual({ offset: 4, limit: 2 });
    expect(medianOfWindow([])).toBeNull();
    expect(medianOfWindow([36, 48])).toBe(42);
    for (let n = 1; n <= 12; n++) {
      const values = Array.from({ length: n }, (_, index) => index * index);
      const { offset, limit } = medianWindow(n)!;
      expect(medianOfWindow(values.slice(offset, offset + limit))).toBe(median(values));
    }
  });
});

describe("rates", () => {
  it("divides booked by offered, and says nothing when nothing was offered", () => {
    expect(fillRate(9, 16)).toBe(0.5625);
    expect(fillRate(3, 0)).toBeNull();
    expect(shareOf(2, 15)).toBeCloseTo(0.1333, 4);
    expect(shareOf(0, 0)).toBeNull();
  });

  it("fills weeks the database had no bookings in with zero", () => {
    expect(fillWeeks(["2033-03-07", "2033-03-14", "2033-03-21"], [{ week: "2033-03-14", count: 4 }])).toEqual([
      { week: "2033-03-07", count: 0 },
      { week: "2033-03-14", count: 4 },
      { week: "2033-03-21", count: 0 },
    ]);
  });
});

describe("overload", () => {
  it("flags volunteers whose weekly average reaches their cap", () => {
    const rows = flagOverload(
      [
        { id: "a", sessions: 5, maxPerWeek: 20 },
        { id: "b", sessions: 2, maxPerWeek: 1 },
        { id: "c", sessions: 2, maxPerWeek: 2 },
        { id: "d", sessions: 0, maxPerWeek: 0 },
      ],
      2,
    );
    expect(rows.map((row) => [row.id, row.perWeek, row.atCap, row.topDecile])).toEqual([
      ["a", 2.5, false, false],
      ["b", 1, true, false],
      ["c", 1, false, false],
      ["d", 0, false, false],
    ]);
  });

  it("marks the busiest tenth, ties included, once ten volunteers had sessions", () => {
    const sessions = [30, 12, 12, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    const rows = flagOverload(
      sessions.map((count, index) => ({ id: index, sessions: count, maxPerWeek: 100 })),
      4,
    );
    // 12 volunteers had sessions: the top ceil(12 / 10) = 2 places, so 30 and both 12s.
    expect(rows.filter((row) => row.topDecile).map((row) => row.sessions)).toEqual([30, 12, 12]);
    const few = flagOverload(
      sessions.slice(0, 9).map((count) => ({ sessions: count, maxPerWeek: 100 })),
      4,
    );
    expect(few.some((row) => row.topDecile)).toBe(false);
  });
});

describe("medianOfCounts", () => {
  it("is the middle value of the histogram, or the mean of the two middle ones", () => {
    expect(medianOfCounts({})).toBeNull();
    expect(medianOfCounts({ 4: 0 })).toBeNull();
    expect(medianOfCounts({ 5: 1 })).toBe(5);
    // 1, 4, 4, 5: the middle two are 4 and 4.
    expect(medianOfCounts({ 1: 1, 4: 2, 5: 1 })).toBe(4);
    // 2, 2, 3, 5, 5, 5: the middle two are 3 and 5.
    expect(medianOfCounts({ 5: 3, 2: 2, 3: 1 })).toBe(4);
    expect(medianOfCounts({ 1: 1, 2: 1 })).toBe(1.5);
    const values = [1, 1, 2, 3, 3, 3, 4, 5, 5, 5, 5];
    const counts: Record<number, number> = {};
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    expect(medianOfCounts(counts)).toBe(3);
  });
});
