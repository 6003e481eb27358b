import { describe, expect, it } from "vitest";
import { formatDateTime, formatSessionTime, formatShortDate } from "./time";

describe("formatSessionTime", () => {
  it("shows the time in the given zone and names it, whatever the machine zone", () => {
    expect(new Date("2026-03-03T18:00:00Z").getTimezoneOffset()).toBe(-345);
    expect(formatSessionTime(new Date("2026-03-03T18:00:00Z"), new Date("2026-03-03T19:00:00Z"), "Europe/London")).toBe(
      "Tuesday 3 March 2026, 18:00–19:00 (Europe/London, GMT)",
    );
  });

  it("follows London into summer time on 29 March 2026", () => {
    expect(formatSessionTime(new Date("2026-03-28T18:00:00Z"), new Date("2026-03-28T19:00:00Z"), "Europe/London")).toBe(
      "Saturday 28 March 2026, 18:00–19:00 (Europe/London, GMT)",
    );
    expect(formatSessionTime(new Date("2026-03-29T17:00:00Z"), new Date("2026-03-29T18:00:00Z"), "Europe/London")).toBe(
      "Sunday 29 March 2026, 18:00–19:00 (Europe/London, BST)",
    );
  });

  it("follows New York across its own change on 8 March 2026", () => {
    expect(formatSessionTime(new Date("2026-03-07T23:00:00Z"), new Date("2026-03-08T00:00:00Z"), "America/New_York")).toBe(
      "Saturday 7 March 2026, 18:00–19:00 (America/New_York, GMT-5)",
    );
    expect(formatSessionTime(new Date("2026-03-08T22:00:00Z"), new Date("2026-03-08T23:00:00Z"), "America/New_York")).toBe(
      "Sunday 8 March 2026, 18:00–19:00 (America/New_York, GMT-4)",
    );
  });

  it("names both days for a session crossing midnight", () => {
    expect(formatSessionTime(new Date("2026-03-03T23:30:00Z"), new Date("2026-03-04T00:30:00Z"), "Europe/London")).toBe(
      "Tuesday 3 March 2026, 23:30 – Wednesday 4 March 2026, 00:30 (Europe/London, GMT)",
    );
  });

  it("crosses midnight in the reader's zone, not in UTC", () => {
    expect(formatSessionTime(new Date("2026-03-03T18:30:00Z"), new Date("2026-03-03T19:30:00Z"), "Asia/Tokyo")).toBe(
      "Wednesday 4 March 2026, 03:30–04:30 (Asia/Tokyo, GMT+9)",
    );
    expect(formatSessionTime(new Date("2026-03-03T14:30:00Z"), new Date("2026-03-03T15:30:00Z"), "Asia/Tokyo")).toBe(
      "Tuesday 3 March 2026, 23:30 – Wednesday 4 March 2026, 00:30 (Asia/Tokyo, GMT+9)",
    );
  });

  it("names the offset at each end of a session spanning the clock change", () => {
    expect(formatSessionTime(new Date("2026-03-29T00:30:00Z"), new Date("2026-03-29T01:30:00Z"), "Europe/London")).toBe(
      "Sunday 29 March 2026, 00:30 GMT – 02:30 BST (Europe/London)",
    );
  });

  it("says UTC once for UTC", () => {
    expect(formatSessionTime(new Date("2026-03-03T18:00:00Z"), new Date("2026-03-03T19:00:00Z"), "UTC")).toBe("Tuesday 3 March 2026, 18:00–19:00 (UTC)");
  });

  it("falls back to UTC, named, for a zone it does not know", () => {
    expect(formatSessionTime(new Date("2026-03-03T18:00:00Z"), new Date("2026-03-03T19:00:00Z"), "Mars/Olympus_Mons")).toBe(
      "Tuesday 3 March 2026, 18:00–19:00 (UTC)",
    );
  });
});

describe("formatDateTime", () => {
  it("formats one moment with its zone", () => {
    expect(formatDateTime(new Date("2026-07-01T09:05:00Z"), "Europe/London")).toBe("Wednesday 1 July 2026, 10:05 (Europe/London, BST)");
  });

  it("never writes midnight as 24:00", () => {
    expect(formatDateTime(new Date("2026-03-04T00:00:00Z"), "Europe/London")).toBe("Wednesday 4 March 2026, 00:00 (Europe/London, GMT)");
  });
});

describe("formatShortDate", () => {
  it("gives the local date for subject lines", () => {
    expect(formatShortDate(new Date("2026-03-03T23:30:00Z"), "Europe/London")).toBe("Tue 3 Mar");
    expect(formatShortDate(new Date("2026-03-03T23:30:00Z"), "Asia/Tokyo")).toBe("Wed 4 Mar");
  });
});
