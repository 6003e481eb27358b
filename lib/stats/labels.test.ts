import { describe, expect, it } from "vitest";
import { formatDuration, formatPerWeek, formatShare, formatWeek, formatWeekShort, STATUS_LABELS, STATUS_ORDER } from "./labels";

describe("stats labels", () => {
  it("lists and names every status once", () => {
    expect(new Set(STATUS_ORDER).size).toBe(9);
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...STATUS_ORDER].sort());
  });

  it("formats shares, durations and weeks", () => {
    expect(formatShare(0.5625)).toBe("56%");
    expect(formatShare(null)).toBe("—");
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(45 * 60_000)).toBe("45 minutes");
    expect(formatDuration(3_600_000)).toBe("1 hour");
    expect(formatDuration(42 * 3_600_000)).toBe("42 hours");
    expect(formatDuration(156 * 3_600_000)).toBe("6.5 days");
    expect(formatWeek("2033-03-07")).toBe("7 Mar 2033");
    expect(formatWeekShort("2033-03-07")).toBe("7 Mar");
    expect(formatPerWeek(2.5)).toBe("2.5");
    expect(formatPerWeek(1 / 3)).toBe("0.3");
  });
});
