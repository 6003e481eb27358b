import { describe, expect, it } from "vitest";
import { csvDocument } from "./csv";
import { bookingCsvHeader, bookingCsvRow, csvFileName, summaryCsvRows } from "./csv-rows";
import type { ProgrammeStats } from "./programme";

const booking = {
  id: "b1",
  mentorName: '=Ana, "the" mentor',
  status: "confirmed" as const,
  startsAt: new Date("2033-03-07T09:00:00Z"),
  createdAt: new Date("2033-03-01T09:00:00.250Z"),
  founderCountry: "GB",
  coopStage: "forming_group",
  topics: ["Governance", "Finance"],
  feedback: { usefulness: 4, nextStep: "incorporating" as const },
  freeText: {
    founderName: "Sam",
    founderEmail: "sam@example.com",
    message: "Line 1\nLine 2",
    cancelReason: null,
    feedbackComment: "Thanks, Ana",
    quoteConsent: true,
  },
};

describe("bookings CSV rows", () => {
  it("leaves founders' words out unless asked", () => {
    expect(bookingCsvHeader(false)).toEqual([
      "id",
      "mentor",
      "status",
      "starts_at_utc",
      "created_at_utc",
      "founder_country",
      "coop_stage",
      "topics",
      "feedback_usefulness",
      "feedback_next_step",
    ]);
    const row = bookingCsvRow(booking, false);
    expect(row).toEqual([
      "b1",
      booking.mentorName,
      "confirmed",
      "2033-03-07T09:00:00.000Z",
      "2033-03-01T09:00:00.250Z",
      "GB",
      "forming_group",
      "Governance; Finance",
      4,
      "incorporating",
    ]);
    expect(csvDocument([row])).toBe(
      `b1,"'=Ana, ""the"" mentor",confirmed,2033-03-07T09:00:00.000Z,2033-03-01T09:00:00.250Z,GB,forming_group,Governance; Finance,4,incorporating\r\n`,
    );
    expect(bookingCsvRow({ ...booking, feedback: null }, false).slice(-2)).toEqual([null, null]);
  });

  it("adds name, email, message, cancel reason and the words of feedback when asked", () => {
    expect(bookingCsvHeader(true).slice(-6)).toEqual([
      "founder_name",
      "founder_email",
      "message",
      "cancel_reason",
      "feedback_comment",
      "feedback_quote_consent",
    ]);
    expect(bookingCsvRow(booking, true).slice(-6)).toEqual(["Sam", "sam@example.com", "Line 1\nLine 2", null, "Thanks, Ana", "yes"]);
    const noFeedback = { ...booking, feedback: null, freeText: { ...booking.freeText, feedbackComment: null, quoteConsent: null } };
    expect(bookingCsvRow(noFeedback, true).slice(-2)).toEqual([null, null]);
  });

  it("names files after the period", () => {
    expect(csvFileName("bookings", { from: "2033-03-07", to: "2033-03-20" })).toBe("candle-bookings-2033-03-07-to-2033-03-20.csv");
  });
});

describe("summary CSV rows", () => {
  it("lists every figure under its section", () => {
    const stats: ProgrammeStats = {
      from: new Date("2033-03-07T00:00:00Z"),
      to: new Date("2033-03-21T00:00:00Z"),
      weeks: 2,
      requests: 15,
      statuses: {
        pending: 1,
        requested: 0,
        confirmed: 3,
        held: 5,
        no_show: 1,
        cancelled_by_founder: 1,
        cancelled_by_mentor: 1,
        cancelled_by_organiser: 1,
        expired: 2,
      },
      booked: 10,
      perWeek: [{ week: "2033-03-07", count: 6 }],
      fill: { booked: 9, offered: 16, rate: 0.5625, mentors: 3 },
      leadTimeMs: 42 * 3_600_000,
      expired: { count: 2, share: 2 / 15 },
      topics: [{ topicId: "t1", name: "Governance", count: 6 }],
      countries: [{ country: "GB", count: 3 }],
      otherCountries: 7,
      volunteers: [{ mentorId: "m3", name: "Mo", slug: "mo", status: "approved", maxPerWeek: 1, sessions: 2, perWeek: 1, atCap: true, topDecile: false }],
      feedback: {
        asked: 8,
        responses: 6,
        rate: 0.75,
        medianUsefulness: 4,
        usefulness: { 3: 1, 4: 3, 5: 2 },
        nextSteps: { incorporating: 2, another_session: 4 },
        quotable: 1,
      },
    };
    const rows = summaryCsvRows(stats, { from: "2033-03-07", to: "2033-03-20" });
    expect(rows[0]).toEqual(["section", "item", "value", "note"]);
    const value = (section: string, item: string) => rows.find((row) => row[0] === section && row[1] === item)?.[2];
    expect(value("totals", "requests")).toBe(15);
    expect(value("outcome", "Never confirmed (expired)")).toBe(2);
    expect(value("fill rate", "fill rate")).toBe(0.5625);
    expect(value("lead time", "median hours")).toBe(42);
    expect(value("drop-off", "share of requests")).toBe(0.1333);
    expect(value("sessions per week", "2033-03-07")).toBe(6);
    expect(value("founder countries", "United Kingdom")).toBe(3);
    expect(value("founder countries", "other countries")).toBe(7);
    expect(value("feedback", "response rate")).toBe(0.75);
    expect(value("feedback", "median usefulness")).toBe(4);
    expect(value("feedback usefulness", "1")).toBe(0);
    expect(value("feedback usefulness", "4")).toBe(3);
    expect(value("feedback next step", "We'd like another session")).toBe(4);
    expect(value("feedback next step", "We've decided not to go ahead")).toBe(0);
    expect(rows.find((row) => row[0] === "sessions per volunteer")).toEqual(["sessions per volunteer", "Mo", 2, "1 a week, cap 1; at or above cap"]);
  });
});
