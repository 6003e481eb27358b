import { describe, expect, it } from "vitest";
import { allTimeZones, isTimeZone, pickTimeZone } from "./zones";

describe("time zones", () => {
  it("accepts IANA zones and nothing else", () => {
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
  });

  it("uses current names whatever name it is given", () => {
    expect(pickTimeZone("Asia/Calcutta", "UTC")).toBe("Asia/Kolkata");
    expect(pickTimeZone("Europe/Kiev", "UTC")).toBe("Europe/Kyiv");
    expect(pickTimeZone("nonsense", "Asia/Katmandu")).toBe("Asia/Kathmandu");
    expect(pickTimeZone(null, "UTC")).toBe("UTC");
  });

  it("offers every zone once, by its current name, UTC first", () => {
    const zones = allTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).toContain("America/Argentina/Buenos_Aires");
    expect(zones).not.toContain("Asia/Calcutta");
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.every(isTimeZone)).toBe(true);
  });
});
