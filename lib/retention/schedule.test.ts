import { describe, expect, it } from "vitest";
import { redactedSubject, retentionCutoffs } from "./schedule";

describe("retentionCutoffs", () => {
  it("counts whole days back in elapsed time, whatever the local clock does", () => {
    const now = new Date("2031-03-31T12:00:00Z");
    expect(retentionCutoffs(now, { emailDays: 7, unconfirmedDays: 0, bookingDays: 180 })).toEqual({
      emailsSentBy: new Date("2031-03-24T12:00:00Z"),
      holdsLapsedBy: now,
      sessionsEndedBy: new Date("2030-10-02T12:00:00Z"),
    });
  });
});

describe("redactedSubject", () => {
  it("keeps what kind of message it was and drops the names", () => {
    expect(redactedSubject("New session with Sam Okafor on Mon 9 Mar")).toBe("New session with …");
    expect(redactedSubject("Did your session with Ana take place?")).toBe("Did your session with …");
    expect(redactedSubject("Please confirm: tell me when Ana Pérez is free")).toBe("Please confirm: tell me when …");
  });

  it("leaves subjects that name nobody as they are", () => {
    expect(redactedSubject("Your Candle sign-in link")).toBe("Your Candle sign-in link");
  });
});
