import { describe, expect, it } from "vitest";
import { mayRememberWindow, readWindowChoice, windowCookieOptions, windowedMentorPath, windowReturnPath } from "./daytime-window";

const daytime = { startHour: 8, endHour: 21 };

describe("windowedMentorPath", () => {
  it("adds the remembered window to a mentor page, in the zone it names or else the visitor's", () => {
    expect(windowedMentorPath("/mentors/rosa-pennington", daytime, "Pacific/Auckland")).toBe("/mentors/rosa-pennington/times/Pacific/Auckland/08-21");
    expect(windowedMentorPath("/mentors/rosa-pennington/times/Asia/Tokyo", daytime, "UTC")).toBe("/mentors/rosa-pennington/times/Asia/Tokyo/08-21");
    expect(windowedMentorPath("/mentors/rosa/times/America/Argentina/Buenos_Aires", daytime, "UTC")).toBe(
      "/mentors/rosa/times/America/Argentina/Buenos_Aires/08-21",
    );
    expect(windowedMentorPath("/mentors/rosa/times/asia/calcutta", daytime, "UTC")).toBe("/mentors/rosa/times/Asia/Kolkata/08-21");
  });

  it("leaves alone a page that already has a window, an unknown zone, and anything that is not a mentor's times", () => {
    expect(windowedMentorPath("/mentors/rosa/times/Asia/Tokyo/10-22", daytime, "UTC")).toBeNull();
    expect(windowedMentorPath("/mentors/rosa/times/Mars/Base", daytime, "UTC")).toBeNull();
    for (const path of ["/mentors", "/mentors/rosa/book", "/mentors/rosa/", "/organiser", "/mentors/../organiser"]) {
      expect(windowedMentorPath(path, daytime, "UTC")).toBeNull();
    }
  });
});

describe("windowReturnPath", () => {
  it("goes back to the mentor page with the window, or without it", () => {
    expect(windowReturnPath("/mentors/rosa", daytime, "Pacific/Auckland")).toBe("/mentors/rosa/times/Pacific/Auckland/08-21");
    expect(windowReturnPath("/mentors/rosa/times/Asia/Tokyo/10-22", daytime, "UTC")).toBe("/mentors/rosa/times/Asia/Tokyo/08-21");
    expect(windowReturnPath("/mentors/rosa/times/Asia/Tokyo/08-21", null, "UTC")).toBe("/mentors/rosa/times/Asia/Tokyo");
    expect(windowReturnPath("/mentors/rosa", null, "UTC")).toBe("/mentors/rosa");
  });

  it("keeps the directory's filters, from page one, and lets the cookie say the window", () => {
    expect(windowReturnPath("/mentors?topic=governance&within=7&page=3&between=10-12&tz=Asia%2FTokyo", daytime, "UTC")).toBe(
      "/mentors?topic=governance&within=7&tz=Asia%2FTokyo",
    );
    expect(windowReturnPath("/mentors", null, "UTC")).toBe("/mentors");
  });

  it("puts the window in the directory's address when it is not remembered", () => {
    expect(windowReturnPath("/mentors?within=7&between=10-22", daytime, "UTC", { remembered: false })).toBe("/mentors?within=7&between=08-21");
    expect(windowReturnPath("/mentors/rosa", daytime, "UTC", { remembered: false })).toBe("/mentors/rosa/times/UTC/08-21");
    expect(windowReturnPath("/mentors?within=7&between=10-22", null, "UTC", { remembered: false })).toBe("/mentors?within=7");
  });

  it("never leaves the site or goes anywhere unexpected", () => {
    for (const returnTo of ["https://evil.example/", "//evil.example/mentors", "/organiser", "/mentors/../organiser", "/mentors/rosa/book", undefined, 3]) {
      expect(windowReturnPath(returnTo, daytime, "UTC")).toBe("/mentors");
    }
  });
});

describe("readWindowChoice", () => {
  it("sets a preset window when the box is ticked, clears it when not", () => {
    expect(readWindowChoice({ only: "on", between: "08-21" })).toEqual({ ok: true, window: daytime });
    expect(readWindowChoice({ only: "on", between: "09-17" })).toEqual({ ok: true, window: { startHour: 9, endHour: 17 } });
    expect(readWindowChoice({ only: null, between: "nonsense" })).toEqual({ ok: true, window: null });
    expect(readWindowChoice({})).toEqual({ ok: true, window: null });
  });

  it("refuses, with a reason, any window the form does not offer", () => {
    for (const between of ["03-04", "21-08", "00-24", "08-20", "abc", "8-21", "", null, "1".repeat(400)]) {
      const choice = readWindowChoice({ only: "on", between });
      expect(choice.ok).toBe(false);
      expect(choice.ok ? "" : choice.message).toMatch(/one of the windows offered/);
    }
  });
});

describe("the window cookie", () => {
  it("is secure over https, and kept for 90 days", () => {
    expect(windowCookieOptions("https://candle.example")).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", maxAge: 90 * 86_400 });
    expect(windowCookieOptions("http://127.0.0.1:3100").secure).toBe(false);
  });

  it("is set only by a form on this site (or a browser that does not say), never by a link from elsewhere", () => {
    expect(mayRememberWindow("same-origin")).toBe(true);
    expect(mayRememberWindow(null)).toBe(true);
    for (const site of ["cross-site", "same-site", "none", "garbage"]) expect(mayRememberWindow(site)).toBe(false);
  });
});
