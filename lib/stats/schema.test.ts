import { describe, expect, it } from "vitest";
import { readPeriodQuery, wantsFreeText } from "./schema";

const now = new Date("2033-03-16T12:00:00Z");

describe("period query", () => {
  it("defaults to the last twelve weeks", () => {
    expect(readPeriodQuery({}, now)).toEqual({ ok: true, period: { from: "2032-12-27", to: "2033-03-20" } });
    expect(readPeriodQuery({ from: "", to: " " }, now)).toEqual({ ok: true, period: { from: "2032-12-27", to: "2033-03-20" } });
  });

  it("takes both dates, or fills in the missing one", () => {
    expect(readPeriodQuery({ from: "2033-03-07", to: "2033-03-20" }, now)).toEqual({ ok: true, period: { from: "2033-03-07", to: "2033-03-20" } });
    expect(readPeriodQuery({ to: "2033-03-20" }, now)).toEqual({ ok: true, period: { from: "2032-12-27", to: "2033-03-20" } });
    expect(readPeriodQuery({ from: "2033-01-01" }, now)).toEqual({ ok: true, period: { from: "2033-01-01", to: "2033-03-20" } });
    expect(readPeriodQuery({ from: ["2033-03-07", "x"], to: "2033-03-07" }, now)).toEqual({ ok: true, period: { from: "2033-03-07", to: "2033-03-07" } });
  });

  it("explains what is wrong and falls back to the default", () => {
    const fallback = { from: "2032-12-27", to: "2033-03-20" };
    expect(readPeriodQuery({ from: "2033-02-30" }, now)).toEqual({
      ok: false,
      message: "The start date must be a date like 2033-03-07.",
      problem: "badStart",
      period: fallback,
    });
    expect(readPeriodQuery({ to: "soon" }, now)).toMatchObject({ ok: false, message: "The end date must be a date like 2033-03-20." });
    expect(readPeriodQuery({ from: "2033-03-21", to: "2033-03-20" }, now)).toMatchObject({
      ok: false,
      message: "The start date must not be after the end date.",
    });
    expect(readPeriodQuery({ from: "2031-01-01", to: "2033-03-20" }, now)).toMatchObject({ ok: false, message: "Please choose a period of at most 731 days." });
    expect(readPeriodQuery({ from: "2031-03-20", to: "2033-03-19" }, now).ok).toBe(true);
  });

  it("includes founders' free text only when asked with text=1", () => {
    expect(wantsFreeText("1")).toBe(true);
    expect(wantsFreeText(undefined)).toBe(false);
    expect(wantsFreeText("true")).toBe(false);
  });
});
