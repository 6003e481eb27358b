import { describe, expect, it } from "vitest";
import { countPerWeek, tallyFeedback, topCountries } from "./tally";

describe("countPerWeek", () => {
  it("sums days into their UTC week, Monday to Sunday, in order", () => {
    const rows = [
      { day: "2026-11-30", country: "GB", count: 2 }, // Monday
      { day: "2026-12-06", country: "AR", count: 1 }, // Sunday of the same week
      { day: "2026-11-29", country: "GB", count: 4 }, // Sunday of the week before
      { day: "2026-12-07", country: "JP", count: 3 }, // the next Monday
    ];
    expect(countPerWeek(rows)).toEqual([
      { week: "2026-11-23", count: 4 },
      { week: "2026-11-30", count: 3 },
      { week: "2026-12-07", count: 3 },
    ]);
  });

  it("has no weeks without rows and refuses a row that is not a day", () => {
    expect(countPerWeek([])).toEqual([]);
    expect(() => countPerWeek([{ day: "2026-02-30", country: "GB", count: 1 }])).toThrow(RangeError);
  });
});

describe("topCountries", () => {
  const rows = [
    { day: "2026-11-30", country: "ES", count: 2 },
    { day: "2026-12-01", country: "AR", count: 3 },
    { day: "2026-12-01", country: "ES", count: 1 },
    { day: "2026-12-02", country: "JP", count: 1 },
    { day: "2026-12-02", country: "GB", count: 1 },
  ];

  it("sums each country over its days, most first, ties by code", () => {
    expect(topCountries(rows, 10)).toEqual([
      { country: "AR", count: 3 },
      { country: "ES", count: 3 },
      { country: "GB", count: 1 },
      { country: "JP", count: 1 },
    ]);
  });

  it("keeps only the first `limit`", () => {
    expect(topCountries(rows, 2).map((row) => row.country)).toEqual(["AR", "ES"]);
    expect(topCountries(rows, 0)).toEqual([]);
  });
});

describe("tallyFeedback", () => {
  it("counts each question's answers from the grouped rows", () => {
    const counts = tallyFeedback(10, [
      { usefulness: 5, nextStep: "incorporating", quoteConsent: true, count: 2 },
      { usefulness: 5, nextStep: "still_exploring", quoteConsent: false, count: 1 },
      { usefulness: 3, nextStep: "incorporating", quoteConsent: false, count: 1 },
    ]);
    expect(counts).toEqual({
      asked: 10,
      responses: 4,
      usefulness: { 5: 3, 3: 1 },
      nextSteps: { incorporating: 3, still_exploring: 1 },
      quotable: 2,
    });
  });

  it("is all zeros with no answers", () => {
    expect(tallyFeedback(3, [])).toEqual({ asked: 3, responses: 0, usefulness: {}, nextSteps: {}, quotable: 0 });
  });
});
