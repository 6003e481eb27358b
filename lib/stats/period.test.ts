import { describe, expect, it } from "vitest";
import { defaultPeriod, isoDate, parseIsoDate, periodDays, periodScope, weekStartOf, weekStarts } from "./period";

describe("stats periods", () => {
  it("reads only real calendar dates, as UTC midnights", () => {
    expect(parseIsoDate("2033-03-07")?.toISOString()).toBe("2033-03-07T00:00:00.000Z");
    expect(parseIsoDate("2032-02-29")?.toISOString()).toBe("2032-02-29T00:00:00.000Z");
    expect(parseIsoDate("2033-02-29")).toBeNull();
    expect(parseIsoDate("2033-3-7")).toBeNull();
    expect(parseIsoDate("yesterday")).toBeNull();
  });

  it("finds the Monday of a week in UTC, whatever the process zone", () => {
    // 2033-03-13 is a Sunday; 23:30 UTC is already Monday in Kathmandu, where the tests run.
    expect(weekStartOf(new Date("2033-03-13T23:30:00Z")).toISOString()).toBe("2033-03-07T00:00:00.000Z");
    expect(weekStartOf(new Date("2033-03-14T00:00:00Z")).toISOString()).toBe("2033-03-14T00:00:00.000Z");
    expect(weekStartOf(new Date("2033-03-07T00:10:00+05:45")).toISOString()).toBe("2033-02-28T00:00:00.000Z");
  });

  it("defaults to twelve whole weeks ending this Sunday", () => {
    expect(defaultPeriod(new Date("2033-03-16T12:00:00Z"))).toEqual({ from: "2032-12-27", to: "2033-03-20" });
    expect(defaultPeriod(new Date("2033-03-20T23:59:59Z"))).toEqual({ from: "2032-12-27", to: "2033-03-20" });
    const scope = periodScope(defaultPeriod(new Date("2033-03-16T12:00:00Z")));
    expect(periodDays(scope)).toBe(84);
    expect(weekStarts(scope)).toHaveLength(12);
  });

  it("covers whole days: to is inclusive", () => {
    const scope = periodScope({ from: "2033-03-07", to: "2033-03-20" }, ["m1"]);
    expect(scope.from.toISOString()).toBe("2033-03-07T00:00:00.000Z");
    expect(scope.to.toISOString()).toBe("2033-03-21T00:00:00.000Z");
    expect(scope.mentorIds).toEqual(["m1"]);
    expect(periodDays(scope)).toBe(14);
    expect(() => periodScope({ from: "2033-02-30", to: "2033-03-01" })).toThrow(RangeError);
  });

  it("lists the Monday of every week the period touches, partial ones included", () => {
    expect(weekStarts(periodScope({ from: "2033-03-07", to: "2033-03-20" }))).toEqual(["2033-03-07", "2033-03-14"]);
    expect(weekStarts(periodScope({ from: "2033-03-09", to: "2033-03-14" }))).toEqual(["2033-03-07", "2033-03-14"]);
    expect(weekStarts(periodScope({ from: "2033-03-13", to: "2033-03-13" }))).toEqual(["2033-03-07"]);
    expect(isoDate(new Date("2033-03-13T23:59:59Z"))).toBe("2033-03-13");
  });
});
