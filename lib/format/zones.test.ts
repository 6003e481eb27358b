import { describe, expect, it } from "vitest";
import { allTimeZones, canonicalTimeZone, isTimeZone, pickTimeZone } from "./zones";

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

describe("zone names from outside", () => {
  it("resolve any spelling of a zone to its one current name", () => {
    expect(canonicalTimeZone("eUrOpE/lOnDoN")).toBe("Europe/London");
    expect(canonicalTimeZone("asia/calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalTimeZone("Etc/UTC")).toBe("UTC");
    expect(canonicalTimeZone("utc")).toBe("UTC");
  });

  it("refuse what is not an IANA zone, however a library might read it", () => {
    for (const input of ["local", "system", "UTC+5", "+05:00", "GMT+0530", "Europe/London ", "../etc/passwd", "x".repeat(80), 5, null]) {
      expect(canonicalTimeZone(input)).toBeNull();
      expect(pickTimeZone(input as string, "Asia/Tokyo")).toBe("Asia/Tokyo");
    }
  });

  it("count only exact current names as stored zones", () => {
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("europe/london")).toBe(false);
    expect(isTimeZone("Asia/Calcutta")).toBe(false);
  });
});
