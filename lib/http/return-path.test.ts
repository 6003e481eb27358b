import { describe, expect, it } from "vitest";
import { chosenZone, zoneReturnPath } from "./return-path";

describe("zoneReturnPath", () => {
  it("sends mentor pages to their per-zone address", () => {
    expect(zoneReturnPath("/mentors/rosa-pennington", "Asia/Tokyo")).toBe("/mentors/rosa-pennington/times/Asia/Tokyo");
    expect(zoneReturnPath("/mentors/rosa-pennington/times/Europe/London", "Asia/Tokyo")).toBe("/mentors/rosa-pennington/times/Asia/Tokyo");
  });

  it("keeps the daytime window a mentor page's address carries (a shared link, say)", () => {
    expect(zoneReturnPath("/mentors/rosa-pennington/times/Europe/London/08-21", "Asia/Tokyo")).toBe("/mentors/rosa-pennington/times/Asia/Tokyo/08-21");
    expect(zoneReturnPath("/mentors/rosa-pennington/times/America/Argentina/Buenos_Aires/17-23", "UTC")).toBe("/mentors/rosa-pennington/times/UTC/17-23");
    expect(zoneReturnPath("/mentors/rosa-pennington/times/Europe/London/03-04", "UTC")).toBe("/mentors/rosa-pennington/times/UTC");
    expect(zoneReturnPath("/mentors?between=09-17&page=2", "UTC")).toBe("/mentors?between=09-17&tz=UTC");
  });

  it("keeps the directory's filters, sets the zone and starts at page one", () => {
    expect(zoneReturnPath("/mentors?topic=finance&page=3&tz=UTC", "America/New_York")).toBe("/mentors?topic=finance&tz=America%2FNew_York");
    expect(zoneReturnPath("/mentors", "UTC")).toBe("/mentors?tz=UTC");
  });

  it("never leaves the site or goes anywhere unexpected", () => {
    for (const returnTo of ["https://evil.example/", "//evil.example/mentors", "/organiser", "/mentors/../organiser", undefined]) {
      expect(zoneReturnPath(returnTo, "UTC")).toBe("/mentors?tz=UTC");
    }
  });

  it("accepts real zones by their current names only", () => {
    expect(chosenZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(chosenZone("Mars/Base")).toBeNull();
    expect(chosenZone(undefined)).toBeNull();
  });
});
