import { describe, expect, it } from "vitest";
import { availabilityMessage, bookingsOutsideHours, isWithinHours } from "./coverage";

const hours = {
  timeZone: "Europe/London",
  weeklyRules: [
    { weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 },
    { weekday: 1, startMinute: 12 * 60, endMinute: 13 * 60 },
    { weekday: 7, startMinute: 0, endMinute: 1440 },
  ],
  extraSlots: [{ date: "2027-03-31", startMinute: 18 * 60, endMinute: 20 * 60 }],
  daysOff: [{ startDate: "2027-04-05", endDate: "2027-04-06" }],
};
const at = (startsAt: string, minutes = 60) => ({ startsAt: new Date(startsAt), endsAt: new Date(Date.parse(startsAt) + minutes * 60_000) });

describe("isWithinHours", () => {
  it("reads bookings on the volunteer's wall clock, before and after a DST change", () => {
    expect(isWithinHours(hours, at("2027-03-22T09:00:00Z"))).toBe(true); // Mon 09:00 GMT
    expect(isWithinHours(hours, at("2027-03-29T08:00:00Z"))).toBe(true); // Mon 09:00 BST
    expect(isWithinHours(hours, at("2027-03-29T07:30:00Z"))).toBe(false); // Mon 08:30 BST
    expect(isWithinHours(hours, at("2027-03-29T11:00:00Z"))).toBe(true); // Mon 12:00–13:00 BST
  });

  it("counts ranges that touch as one", () => {
    expect(isWithinHours(hours, at("2027-03-29T10:30:00Z"))).toBe(true); // 11:30–12:30 BST spans two rules
    expect(isWithinHours(hours, at("2027-03-29T11:30:00Z"))).toBe(false); // 12:30–13:30 ends too late
  });

  it("includes one-off extra times and a range up to midnight", () => {
    expect(isWithinHours(hours, at("2027-03-31T17:00:00Z"))).toBe(true); // Wed 18:00 BST
    expect(isWithinHours(hours, at("2027-04-07T17:00:00Z"))).toBe(false); // the next Wednesday
    expect(isWithinHours(hours, at("2027-04-04T22:00:00Z"))).toBe(true); // Sun 23:00–24:00 BST
  });

  it("excludes days off", () => {
    expect(isWithinHours(hours, at("2027-04-05T08:00:00Z"))).toBe(false); // Easter Monday
    expect(isWithinHours(hours, at("2027-04-12T08:00:00Z"))).toBe(true);
  });

  it("lists only the bookings outside", () => {
    const inside = at("2027-03-22T09:00:00Z");
    const outside = at("2027-03-23T09:00:00Z");
    expect(bookingsOutsideHours(hours, [inside, outside])).toEqual([outside]);
  });
});

describe("availabilityMessage", () => {
  it("says what happens to sessions outside the new hours", () => {
    expect(availabilityMessage("Saved.", 0)).toBe("Saved.");
    expect(availabilityMessage("Saved.", 1)).toBe(
      "Saved. 1 booked session falls outside your available times; it stays booked — cancel it from Sessions if you cannot make it.",
    );
    expect(availabilityMessage("Saved.", 2)).toBe(
      "Saved. 2 booked sessions fall outside your available times; they stay booked — cancel them from Sessions if you cannot make them.",
    );
  });
});
