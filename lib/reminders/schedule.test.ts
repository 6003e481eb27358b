import { describe, expect, it } from "vitest";
import { dueReminderLead, reminderDueAt } from "./schedule";

const HOUR = 3_600_000;
const leads = [1440, 60];
const startsAt = new Date("2026-03-29T09:00:00Z");
const at = (hoursBefore: number) => new Date(startsAt.getTime() - hoursBefore * HOUR);
const agreedWeekBefore = { startsAt, agreedAt: at(24 * 7) };

describe("dueReminderLead", () => {
  it("is nothing before the first reminder's time, then the day-before one, then the hour-before one", () => {
    expect(dueReminderLead(agreedWeekBefore, leads, new Set(), at(25))).toBeNull();
    expect(dueReminderLead(agreedWeekBefore, leads, new Set(), at(24))).toBe(1440);
    expect(dueReminderLead(agreedWeekBefore, leads, new Set([1440]), at(23))).toBeNull();
    expect(dueReminderLead(agreedWeekBefore, leads, new Set([1440]), at(1))).toBe(60);
    expect(dueReminderLead(agreedWeekBefore, leads, new Set([1440, 60]), at(0.5))).toBeNull();
  });

  it("never sends a reminder after a nearer one, nor once the session has started", () => {
    // Every instance was down from two days before until 40 minutes before.
    expect(dueReminderLead(agreedWeekBefore, leads, new Set(), at(40 / 60))).toBe(60);
    expect(dueReminderLead(agreedWeekBefore, leads, new Set([60]), at(30 / 60))).toBeNull();
    expect(dueReminderLead(agreedWeekBefore, leads, new Set(), startsAt)).toBeNull();
    expect(dueReminderLead(agreedWeekBefore, leads, new Set(), at(-1))).toBeNull();
  });

  it("skips a reminder whose time had passed when the session was booked or moved", () => {
    const bookedThreeHoursAhead = { startsAt, agreedAt: at(3) };
    expect(dueReminderLead(bookedThreeHoursAhead, leads, new Set(), at(2))).toBeNull();
    expect(dueReminderLead(bookedThreeHoursAhead, leads, new Set(), at(1))).toBe(60);
    const bookedHalfAnHourAhead = { startsAt, agreedAt: at(0.5) };
    expect(dueReminderLead(bookedHalfAnHourAhead, leads, new Set(), at(0.25))).toBeNull();
    // Agreed exactly at the reminder's time still gets it.
    expect(dueReminderLead({ startsAt, agreedAt: at(24) }, leads, new Set(), at(24))).toBe(1440);
  });

  it("counts leads in elapsed time across a clock change (Europe/London springs forward on this day)", () => {
    // 09:00 UTC on 29 March 2026 is 10:00 BST; 24 hours before is 09:00 GMT on the 28th, 23 wall-clock hours earlier.
    expect(reminderDueAt(startsAt, 1440).toISOString()).toBe("2026-03-28T09:00:00.000Z");
    expect(reminderDueAt(startsAt, 60).toISOString()).toBe("2026-03-29T08:00:00.000Z");
  });

  it("has nothing to send with no reminders configured", () => {
    expect(dueReminderLead(agreedWeekBefore, [], new Set(), at(1))).toBeNull();
  });
});
