import { describe, expect, it } from "vitest";
import { durationParts, formatPerWeek, formatShare, formatWeek, formatWeekShort, STATUS_LABELS, STATUS_ORDER } from "./labels";

describe("stats labels", () => {
  it("lists and names every status once", () => {
    expect(new Set(STATUS_ORDER).size).toBe(9);
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...STATUS_ORDER].sort());
  });

  it("formats shares, durations and weeks", () => {
    expect(formatShare(0.5625)).toBe("56%");
    expect(formatShare(null)).toBe("—");
    expect(durationParts(null)).toBeNull();
    expect(durationParts(45 * 60_000)).toEqual({ unit: "minutes", count: 45 });
    expect(durationParts(3_600_000)).toEqual({ unit: "hours", count: 1 });
    expect(durationParts(42 * 3_600_000)).toEqual({ unit: "hours", count: 42 });
    expect(durationParts(156 * 3_600_000)).toEqual({ unit: "days", count: 6.5 });
    expect(formatWeek("2033-03-07")).toBe("7 Mar 2033");
    expect(formatWeekShort("2033-03-07")).toBe("7 Mar");
    expect(formatPerWeek(2.5)).toBe("2.5");
    expect(formatPerWeek(1 / 3)).toBe("0.3");
  });

  it("formats them in the reader's language", () => {
    expect(formatShare(0.5625, "es")).toBe("56\u00a0%");
    expect(formatWeek("2033-03-07", "ja")).toBe("2033年3月7日");
    expect(formatWeekShort("2033-03-07", "ja")).toBe("3月7日");
    expect(formatWeekShort("2033-03-07", "es")).toBe("7 mar");
    expect(formatPerWeek(2.5, "es")).toBe("2,5");
  });
});
