import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./retry";

describe("retryDelayMs", () => {
  it("doubles from 30 seconds", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("is capped at two hours", () => {
    expect(retryDelayMs(12)).toBe(7_200_000);
    expect(retryDelayMs(MAX_DELIVERY_ATTEMPTS)).toBe(7_200_000);
  });

  it("keeps retrying for at least a day before giving up", () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) total += retryDelayMs(attempt);
    expect(total).toBeGreaterThan(24 * 60 * 60_000);
  });
});
