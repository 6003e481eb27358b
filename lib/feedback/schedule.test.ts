import { describe, expect, it } from "vitest";
import { FOLLOW_UP_MAX_AGE_MS, followUpAudience, followUpWindow } from "./schedule";

describe("followUpWindow", () => {
  it("covers sessions that ended at least the delay ago, and no more than a week before that", () => {
    const now = new Date("2026-03-29T12:00:00Z");
    const { endedAfter, endedBy } = followUpWindow(now, 2 * 3_600_000);
    expect(endedBy.toISOString()).toBe("2026-03-29T10:00:00.000Z");
    expect(endedBy.getTime() - endedAfter.getTime()).toBe(FOLLOW_UP_MAX_AGE_MS);
  });
});

describe("followUpAudience", () => {
  it("asks the volunteer only while the outcome is open, and the founder unless they did not come or already answered", () => {
    expect(followUpAudience("confirmed", false)).toEqual({ volunteer: true, founder: true });
    expect(followUpAudience("held", false)).toEqual({ volunteer: false, founder: true });
    expect(followUpAudience("no_show", false)).toEqual({ volunteer: false, founder: false });
    expect(followUpAudience("held", true)).toEqual({ volunteer: false, founder: false });
  });
});
