import { describe, expect, it } from "vitest";
import { describeAction, describeTarget, detailPairs } from "./wording";

describe("audit wording", () => {
  it("words known actions and shows unknown ones as logged", () => {
    expect(describeAction("volunteer.paused")).toBe("Paused a volunteer");
    expect(describeAction("export.bookings")).toBe("Downloaded the bookings CSV");
    expect(describeAction("something.new")).toBe("something.new");
  });

  it("names targets it can resolve and falls back to the id", () => {
    const names = new Map([["mentor:m1", "Ana Pérez"]]);
    expect(describeTarget("mentor", "m1", names)).toBe("Volunteer Ana Pérez");
    expect(describeTarget("mentor", "gone", names)).toBe("Volunteer gone");
    expect(describeTarget("widget", "w1", names)).toBe("widget w1");
  });

  it("turns details JSON into pairs, keeping odd values readable", () => {
    expect(detailPairs(null)).toEqual([]);
    expect(detailPairs(JSON.stringify({ from: "approved", cancelledBookings: 2, freeText: false, list: [1] }))).toEqual([
      ["from", "approved"],
      ["cancelledBookings", "2"],
      ["freeText", "no"],
      ["list", "[1]"],
    ]);
    expect(detailPairs("not json")).toEqual([["details", "not json"]]);
    expect(detailPairs("42")).toEqual([["details", "42"]]);
  });
});
