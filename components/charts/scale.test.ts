import { describe, expect, it } from "vitest";
import { clip, countScale, labelEvery } from "./scale";

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

  it("thins out labels on crowded axes", () => {
    expect(labelEvery(12, 12)).toBe(1);
    expect(labelEvery(26, 12)).toBe(3);
  });

  it("clips long labels", () => {
    expect(clip("Governance", 20)).toBe("Governance");
    expect(clip("Legal structures & incorporation", 20)).toBe("Legal structures &…");
  });
});
