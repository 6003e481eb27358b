import { describe, expect, it } from "vitest";
import { countScale, estimateWidthEm, thinningSteps } from "./scale";

describe("chart scales", () => {
  it("rounds the top up to a whole number of round steps", () => {
    expect(countScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(countScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countScale(6)).toEqual({ top: 6, ticks: [0, 2, 4, 6] });
    expect(countScale(9)).toEqual({ top: 10, ticks: [0, 5, 10] });
    expect(countScale(37)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
    expect(countScale(1234)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
    for (const max of [1, 7, 13, 99, 101, 4999]) {
      const { top, ticks } = countScale(max);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(4);
    }
  });

  it("guesses Japanese text wider than Latin text of as many characters", () => {
    expect(estimateWidthEm("9月14日")).toBeGreaterThan(estimateWidthEm("14 sep"));
    expect(estimateWidthEm("14 Sept")).toBeGreaterThan(estimateWidthEm("14 sept"));
  });

  it("thins an axis to every n-th label as it narrows", () => {
    // 12 labels of 4 rem: all fit from 48 rem, every second from 24 rem, every third from 16 rem.
    expect(thinningSteps(12, 4, 10)).toEqual([
      { every: 2, below: 48 },
      { every: 3, below: 24 },
      { every: 4, below: 16 },
      { every: 5, below: 12 },
      { every: 6, below: 9.6 },
    ]);
    expect(thinningSteps(1, 4)).toEqual([]);
  });
});
