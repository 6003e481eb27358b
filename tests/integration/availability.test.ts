import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { findAvailabilityEditor, PREVIEW_DAYS } from "@/lib/availability/loaders";
import { addDayOff, addExtraSlot, refreshDueNextFreeSlots, removeDayOff, removeExtraSlot, saveLimits, saveWeeklyHours } from "@/lib/availability/mutations";
import type { LimitsInput } from "@/lib/availability/schema";
import { expandAvailability, parseClock, type WeeklyRange } from "@/lib/availability/slots";
import { db } from "@/lib/db/client";
import { createBooking, createMentor } from "../support/factories";

afterAll(() => db.$disconnect());

// Monday 4 January 2027, midnight in London (GMT).
const monday = new Date("2027-01-04T00:00:00Z");
const limits: LimitsInput = { sessionMinutes: 60, bufferMinutes: 0, minNoticeHours: 0, horizonDays: 28, maxPerWeek: 20, acceptingBookings: true };

const range = (weekday: number, from: string, to: string): WeeklyRange => ({ weekday, startMinute: parseClock(from), endMinute: parseClock(to) });

/** What founders are offered, as the public page computes it. */
async function offered(mentorId: string, now: Date) {
  const [schedule] = await loadMentorSchedules([mentorId], now);
  return schedule!.bookable ? expandAvailability(schedule!.settings, schedule!.busy, now) : [];
}

const wallClock = (at: Date, zone = "Europe/London") => DateTime.fromJSDate(at, { zone }).toFormat("ccc HH:mm");

async function bookingRows(mentorId: string) {
  return db.booking.findMany({
    where: { mentorId },
    orderBy: { startsAt: "asc" },
    select: { id: true, status: true, startsAt: true, endsAt: true, updatedAt: true },
  });
}

describe("weekly hours", () => {
  it("replaces the hours founders are offered, with several ranges a day", async () => {
    const mentor = await createMentor();
    expect(new Set((await offered(mentor.id, monday)).map((slot) => slot.startsAt.getUTCDay())).size).toBe(7);

    await saveWeeklyHours(mentor.id, [range(3, "08:00", "09:00")], monday);
    const result = await saveWeeklyHours(mentor.id, [range(1, "09:00", "12:00"), range(1, "18:00", "20:00")], monday);
    expect(result).toEqual({ upcoming: 0, outside: 0 });

    const slots = await offered(mentor.id, monday);
    expect(new Set(slots.map((slot) => wallClock(slot.startsAt)))).toEqual(new Set(["Mon 09:00", "Mon 10:00", "Mon 11:00", "Mon 18:00", "Mon 19:00"]));
    expect(slots).toHaveLength(4 * 5);
    expect(await db.weeklyRule.count({ where: { mentorId: mentor.id } })).toBe(2);
    const saved = await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(saved.nextFreeAt).toEqual(slots[0]!.startsAt);
  });

  it("keeps wall-clock hours across the change to British Summer Time", async () => {
    const mentor = await createMentor({ timeZone: "Europe/London" });
    const now = new Date("2027-03-15T12:00:00Z");
    await saveWeeklyHours(mentor.id, [range(7, "10:00", "11:00")], now);
    const slots = await offered(mentor.id, now);
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      "2027-03-21T10:00:00.000Z",
      "2027-03-28T09:00:00.000Z",
      "2027-04-04T09:00:00.000Z",
      "2027-04-11T09:00:00.000Z",
    ]);
    expect(slots.every((slot) => wallClock(slot.startsAt) === "Sun 10:00" && slot.endsAt.getTime() - slot.startsAt.getTime() === 3_600_000)).toBe(true);
  });

  it("keeps booked sessions that fall outside the new hours, and reports them", async () => {
    const mentor = await createMentor();
    await createBooking(mentor.id, { startsAt: new Date("2027-01-03T10:00:00Z") }); // yesterday: past
    await createBooking(mentor.id, { startsAt: new Date("2027-01-06T10:00:00Z") }); // Wednesday, confirmed
    await createBooking(mentor.id, { startsAt: new Date("2027-01-07T10:00:00Z"), status: "pending", expiresAt: new Date(monday.getTime() + 1_800_000) });
    await createBooking(mentor.id, { startsAt: new Date("2027-01-08T10:00:00Z"), status: "pending", expiresAt: new Date(monday.getTime() - 1) });
    await createBooking(mentor.id, { startsAt: new Date("2027-01-09T10:00:00Z"), status: "cancelled_by_founder" });
    await createBooking(mentor.id, { startsAt: new Date("2027-01-11T10:00:00Z") }); // a Monday: still inside
    const before = await bookingRows(mentor.id);

    const result = await saveWeeklyHours(mentor.id, [range(1, "09:00", "17:00")], monday);

    expect(result).toEqual({ upcoming: 3, outside: 2 });
    expect(await bookingRows(mentor.id)).toEqual(before);
    const slots = await offered(mentor.id, monday);
    expect(slots.every((slot) => wallClock(slot.startsAt).startsWith("Mon"))).toBe(true);
    expect(slots.some((slot) => slot.startsAt.toISOString() === "2027-01-11T10:00:00.000Z")).toBe(false);

    expect(await saveWeeklyHours(mentor.id, [range(1, "09:00", "17:00"), range(3, "09:00", "17:00"), range(4, "10:00", "11:00")], monday)).toEqual({
      upcoming: 3,
      outside: 0,
    });
  });
});

describe("days off and extra times", () => {
  it("a day off over a booked session keeps the booking and reports it", async () => {
    const mentor = await createMentor();
    await createBooking(mentor.id, { startsAt: new Date("2027-01-06T10:00:00Z") });
    const before = await bookingRows(mentor.id);

    expect(await addDayOff(mentor.id, { startDate: "2027-01-05", endDate: "2027-01-07", note: "Conference" }, monday)).toEqual({ upcoming: 1, outside: 1 });
    expect(await bookingRows(mentor.id)).toEqual(before);
    const days = new Set((await offered(mentor.id, monday)).map((slot) => slot.startsAt.toISOString().slice(0, 10)));
    for (const date of ["2027-01-05", "2027-01-06", "2027-01-07"]) expect(days.has(date)).toBe(false);
    expect(days.has("2027-01-08")).toBe(true);

    const dayOff = await db.dayOff.findFirstOrThrow({ where: { mentorId: mentor.id } });
    expect(dayOff).toMatchObject({ startDate: "2027-01-05", endDate: "2027-01-07", note: "Conference" });
    expect(await removeDayOff(mentor.id, dayOff.id, monday)).toEqual({ upcoming: 1, outside: 0, removed: true });
    expect((await offered(mentor.id, monday)).some((slot) => slot.startsAt.toISOString().startsWith("2027-01-06"))).toBe(true);
  });

  it("an extra time adds slots on its date only, and removing it reports a booking inside it", async () => {
    const mentor = await createMentor({ hours: [[1, "09:00", "10:00"]] });
    await addExtraSlot(mentor.id, { date: "2027-01-06", startMinute: parseClock("18:00"), endMinute: parseClock("20:00") }, monday);
    const extras = (await offered(mentor.id, monday)).filter((slot) => !wallClock(slot.startsAt).startsWith("Mon"));
    expect(extras.map((slot) => slot.startsAt.toISOString())).toEqual(["2027-01-06T18:00:00.000Z", "2027-01-06T19:00:00.000Z"]);

    await createBooking(mentor.id, { startsAt: new Date("2027-01-06T18:00:00Z") });
    const slot = await db.extraSlot.findFirstOrThrow({ where: { mentorId: mentor.id } });
    expect(await removeExtraSlot(mentor.id, slot.id, monday)).toEqual({ upcoming: 1, outside: 1, removed: true });
    expect(await db.booking.count({ where: { mentorId: mentor.id, status: "confirmed" } })).toBe(1);
  });

  it("removing another mentor's extra time or day off by its id changes nothing", async () => {
    const owner = await createMentor();
    const other = await createMentor();
    await addExtraSlot(owner.id, { date: "2027-01-05", startMinute: parseClock("20:00"), endMinute: parseClock("21:00") }, monday);
    await addDayOff(owner.id, { startDate: "2027-01-07", endDate: "2027-01-07", note: null }, monday);
    const slot = await db.extraSlot.findFirstOrThrow({ where: { mentorId: owner.id } });
    const dayOff = await db.dayOff.findFirstOrThrow({ where: { mentorId: owner.id } });
    const offeredBefore = await offered(owner.id, monday);

    expect(await removeExtraSlot(other.id, slot.id, monday)).toMatchObject({ removed: false });
    expect(await removeDayOff(other.id, dayOff.id, monday)).toMatchObject({ removed: false });

    expect(await db.extraSlot.findUnique({ where: { id: slot.id } })).not.toBeNull();
    expect(await db.dayOff.findUnique({ where: { id: dayOff.id } })).not.toBeNull();
    expect(await offered(owner.id, monday)).toEqual(offeredBefore);
  });
});

describe("session settings", () => {
  it("change the length of slots and the break between them", async () => {
    const mentor = await createMentor({ hours: [[1, "09:00", "11:00"]] });
    await saveLimits(mentor.id, { ...limits, sessionMinutes: 30, bufferMinutes: 0 }, monday);
    const short = (await offered(mentor.id, monday)).filter((slot) => slot.startsAt < new Date("2027-01-05T00:00:00Z"));
    expect(short.map((slot) => wallClock(slot.startsAt))).toEqual(["Mon 09:00", "Mon 09:30", "Mon 10:00", "Mon 10:30"]);

    await saveLimits(mentor.id, { ...limits, sessionMinutes: 45, bufferMinutes: 15, maxPerWeek: 2, horizonDays: 14, minNoticeHours: 3 }, monday);
    const long = (await offered(mentor.id, monday)).filter((slot) => slot.startsAt < new Date("2027-01-05T00:00:00Z"));
    expect(long.map((slot) => [wallClock(slot.startsAt), (slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000])).toEqual([
      ["Mon 09:00", 45],
      ["Mon 10:00", 45],
    ]);
    expect(await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).toMatchObject({
      sessionMinutes: 45,
      bufferMinutes: 15,
      maxPerWeek: 2,
      horizonDays: 14,
      minNoticeHours: 3,
    });
  });

  it("pause all removes every slot and clears the next free time, without touching the organisers' status", async () => {
    const mentor = await createMentor();
    await createBooking(mentor.id, { startsAt: new Date("2027-01-06T10:00:00Z") });
    await saveLimits(mentor.id, limits, monday);
    expect((await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).nextFreeAt).not.toBeNull();

    expect(await saveLimits(mentor.id, { ...limits, acceptingBookings: false }, monday)).toEqual({ upcoming: 1, outside: 0 });
    const paused = await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(paused).toMatchObject({ acceptingBookings: false, status: "approved", nextFreeAt: null });
    expect(await offered(mentor.id, monday)).toEqual([]);
    expect((await findAvailabilityEditor(mentor.id, monday))!.preview).toEqual([]);
    expect(await db.booking.count({ where: { mentorId: mentor.id, status: "confirmed" } })).toBe(1);

    await saveLimits(mentor.id, limits, monday);
    expect((await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).nextFreeAt).toEqual((await offered(mentor.id, monday))[0]!.startsAt);
  });

  it("leave an organiser's pause in place", async () => {
    const mentor = await createMentor();
    await db.mentorProfile.update({ where: { id: mentor.id }, data: { status: "paused" } });
    await saveLimits(mentor.id, limits, monday);
    expect(await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).toMatchObject({
      status: "paused",
      acceptingBookings: true,
      nextFreeAt: null,
    });
  });
});

describe("the availability editor", () => {
  it("previews four weeks of exactly the slots founders are offered, in the volunteer's zone", async () => {
    const mentor = await createMentor({ timeZone: "Asia/Tokyo", horizonDays: 42, hours: [[2, "09:00", "11:00"]] });
    await createBooking(mentor.id, { startsAt: new Date("2027-01-12T00:00:00Z") }); // Tue 12 Jan, 09:00 in Tokyo
    await addExtraSlot(mentor.id, { date: "2027-01-09", startMinute: parseClock("13:00"), endMinute: parseClock("14:00") }, monday);
    await addDayOff(mentor.id, { startDate: "2027-01-19", endDate: "2027-01-19", note: "Dentist" }, monday);

    const editor = (await findAvailabilityEditor(mentor.id, monday))!;
    const until = new Date(monday.getTime() + PREVIEW_DAYS * 86_400_000);
    const founders = (await offered(mentor.id, monday)).filter((slot) => slot.startsAt < until);
    expect(editor.preview).toEqual(founders);
    expect(editor.preview.length).toBeGreaterThan(0);
    expect((await offered(mentor.id, monday)).length).toBeGreaterThan(founders.length);
    expect(editor.preview.map((slot) => wallClock(slot.startsAt, "Asia/Tokyo"))).toEqual([
      "Tue 09:00",
      "Tue 10:00",
      "Sat 13:00",
      "Tue 10:00",
      "Tue 09:00",
      "Tue 10:00",
    ]);

    expect(editor).toMatchObject({
      zone: "Asia/Tokyo",
      zoneLabel: "Asia/Tokyo (GMT+9)",
      today: "2027-01-04",
      upcoming: 1,
      outside: 0,
      limits: { sessionMinutes: "60", horizonDays: "42" },
      weekly: { values: { "w2-0-from": "09:00", "w2-0-to": "11:00" }, rowsPerDay: 3 },
      extraSlots: [{ label: "Saturday 9 January 2027, 13:00–14:00" }],
      daysOff: [{ label: "Tuesday 19 January 2027 (Dentist)" }],
    });
  });
});

describe("refreshing next free slots in the background", () => {
  it("refreshes each due mentor once when several instances run the job at the same moment", async () => {
    const mentors = await Promise.all([createMentor(), createMentor(), createMentor()]);
    await db.mentorProfile.updateMany({
      where: { id: { in: mentors.map((mentor) => mentor.id) } },
      data: { nextFreeRefreshAt: new Date(Date.now() - 60_000) },
    });
    const now = new Date();
    const [first, second] = await Promise.all([refreshDueNextFreeSlots(now), refreshDueNextFreeSlots(now)]);
    const refreshed = [...first!, ...second!];
    expect(new Set(refreshed).size, "no mentor refreshed twice").toBe(refreshed.length);
    for (const mentor of mentors) expect(refreshed).toContain(mentor.id);
  });
});
