import ICAL from "ical.js";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { cancelBooking, confirmBooking, holdSlot, moveBooking } from "@/lib/bookings/mutations";
import type { BookingRequest } from "@/lib/bookings/schema";
import { db } from "@/lib/db/client";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

let topicId: string;
beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(() => db.$disconnect());

function request(overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    name: "Ada Founder",
    email: `founder-${uniqueTag()}@example.com`,
    coFounders: [],
    country: "GB",
    topics: [topicId],
    stage: "forming_group",
    message: "How do we share surplus fairly?",
    consent: "yes",
    ...overrides,
  };
}

async function freeSlots(mentorId: string, now: Date) {
  const [schedule] = await loadMentorSchedules([mentorId], now);
  return expandAvailability(schedule!.settings, schedule!.busy, now);
}

async function mailTo(to: string) {
  return db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

function tokenIn(text: string, kind: "confirm" | "manage") {
  const match = new RegExp(`/bookings/${kind}/([A-Za-z0-9_-]{43})`).exec(text);
  if (!match?.[1]) throw new Error(`no ${kind} link in:\n${text}`);
  return match[1];
}

function parseInvite(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { calendar, event };
}

describe("booking a slot", () => {
  it("moves the mentor's next free slot on in the same transaction as the hold", async () => {
    const mentor = await createMentor({ minNoticeHours: 0 });
    const now = new Date();
    const [first, second] = await freeSlots(mentor.id, now);
    await db.mentorProfile.update({ where: { id: mentor.id }, data: { nextFreeAt: first!.startsAt, nextFreeRefreshAt: new Date(now.getTime() + 3_600_000) } });
    expect((await holdSlot({ ...request(), mentorId: mentor.id, startsAt: first!.startsAt, timeZone: "UTC" }, now)).ok).toBe(true);
    // No background refresh has run: the directory reads the new slot straight away.
    expect((await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).nextFreeAt).toEqual(second!.startsAt);
  });

  it("holds the slot, then confirms by the emailed link and sends both people the invite", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const [slot] = await freeSlots(mentor.id, now);
    const founder = request();

    const held = await holdSlot({ ...founder, mentorId: mentor.id, startsAt: slot!.startsAt, timeZone: "Asia/Tokyo" }, now);
    expect(held.ok).toBe(true);
    const booking = await db.booking.findFirstOrThrow({ where: { mentorId: mentor.id }, include: { topics: true } });
    expect(booking).toMatchObject({ status: "pending", founderEmail: founder.email, founderTimeZone: "Asia/Tokyo", icsSequence: 0 });
    expect(booking.expiresAt!.getTime()).toBe(now.getTime() + 30 * 60_000);
    expect(booking.topics.map((topic) => topic.topicId)).toEqual([topicId]);
    expect((await freeSlots(mentor.id, now)).some((free) => free.startsAt.getTime() === slot!.startsAt.getTime())).toBe(false);
    expect((await mailTo(mentor.user.email)).length).toBe(0);

    const [request1] = await mailTo(founder.email);
    expect(request1!.subject).toContain("confirm");
    expect(request1!.ics).toBeNull();
    const confirmToken = tokenIn(request1!.text, "confirm");
    const manageToken = tokenIn(request1!.text, "manage");
    expect(booking.confirmTokenHash).not.toContain(confirmToken);

    expect(await confirmBooking(confirmToken, new Date(now.getTime() + 60_000))).toMatchObject({ ok: true });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "confirmed", expiresAt: null });

    const founderInvite = (await mailTo(founder.email))[1]!;
    const mentorInvite = (await mailTo(mentor.user.email))[0]!;
    for (const mail of [founderInvite, mentorInvite]) {
      expect(mail.icsMethod).toBe("REQUEST");
      const { calendar, event } = parseInvite(mail.ics!);
      expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
      expect(event.uid).toBe(booking.icsUid);
      expect(event.sequence).toBe(0);
      expect(event.startDate.toJSDate().toISOString()).toBe(slot!.startsAt.toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(slot!.endsAt.toISOString());
      expect(event.startDate.zone?.tzid).toBe("UTC");
      const address = (value: string) => value.replace(/^mailto:/i, "");
      expect(event.organizer).toMatch(/^mailto:/i);
      expect(address(event.organizer)).toBe(mentor.user.email);
      expect(event.attendees.map((attendee) => address(attendee.getFirstValue() as string))).toEqual([founder.email, mentor.user.email]);
      expect(event.location).toBe(mentor.meetingUrl);
      expect(event.description).toContain(founder.message);
    }
    expect(parseInvite(founderInvite.ics!).event.description).toContain(`/bookings/manage/${manageToken}`);
    expect(parseInvite(mentorInvite.ics!).event.description).not.toContain(manageToken);

    expect(await confirmBooking(confirmToken)).toMatchObject({ ok: true });
    expect((await mailTo(founder.email)).length).toBe(2);
  });

  it("cancels with METHOD:CANCEL, the same UID and a higher SEQUENCE, and frees the slot", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const [slot] = await freeSlots(mentor.id, now);
    const founder = request();
    await holdSlot({ ...founder, mentorId: mentor.id, startsAt: slot!.startsAt, timeZone: "UTC" }, now);
    const booking = await db.booking.findFirstOrThrow({ where: { mentorId: mentor.id } });
    await confirmBooking(tokenIn((await mailTo(founder.email))[0]!.text, "confirm"), now);

    expect(await cancelBooking(booking.id, { role: "founder", actorLabel: "founder" }, "Found an answer", now)).toEqual({ ok: true });
    const after = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(after).toMatchObject({ status: "cancelled_by_founder", cancelReason: "Found an answer", icsSequence: 1 });
    for (const to of [founder.email, mentor.user.email]) {
      const cancellation = (await mailTo(to)).at(-1)!;
      expect(cancellation.icsMethod).toBe("CANCEL");
      const { calendar, event } = parseInvite(cancellation.ics!);
      expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
      expect(event.uid).toBe(booking.icsUid);
      expect(event.sequence).toBe(1);
      expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    }
    expect((await mailTo(mentor.user.email)).at(-1)!.text).toContain("Found an answer");
    expect((await freeSlots(mentor.id, now)).some((free) => free.startsAt.getTime() === slot!.startsAt.getTime())).toBe(true);
    expect(await cancelBooking(booking.id, { role: "founder", actorLabel: "founder" }, null, now)).toEqual({ ok: false, reason: "not-active" });
    expect(await db.auditLog.count({ where: { targetId: booking.id, action: "booking.cancelled" } })).toBe(1);
  });

  it("moves a confirmed booking, keeping its UID, and sends an updated invite", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const [first, , third] = await freeSlots(mentor.id, now);
    const founder = request();
    await holdSlot({ ...founder, mentorId: mentor.id, startsAt: first!.startsAt, timeZone: "UTC" }, now);
    const booking = await db.booking.findFirstOrThrow({ where: { mentorId: mentor.id } });
    await confirmBooking(tokenIn((await mailTo(founder.email))[0]!.text, "confirm"), now);

    expect(await moveBooking(booking.id, third!.startsAt, now)).toEqual({ ok: true });
    const moved = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(moved).toMatchObject({ startsAt: third!.startsAt, endsAt: third!.endsAt, icsSequence: 1, icsUid: booking.icsUid });
    for (const to of [founder.email, mentor.user.email]) {
      const update = (await mailTo(to)).at(-1)!;
      const { event } = parseInvite(update.ics!);
      expect([update.icsMethod, event.uid, event.sequence]).toEqual(["REQUEST", booking.icsUid, 1]);
      expect(event.startDate.toJSDate().toISOString()).toBe(third!.startsAt.toISOString());
    }
    const free = await freeSlots(mentor.id, now);
    expect(free.some((slot) => slot.startsAt.getTime() === first!.startsAt.getTime())).toBe(true);
    expect(free.some((slot) => slot.startsAt.getTime() === third!.startsAt.getTime())).toBe(false);
    expect(await moveBooking(booking.id, new Date(third!.startsAt.getTime() + 60_000), now)).toEqual({ ok: false, reason: "unavailable" });
  });

  it("releases a hold nobody confirmed, and the slot can be booked again", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const later = new Date(now.getTime() + 31 * 60_000);
    // A slot still to come when the hold has lapsed, whatever the time of day the test runs.
    const slot = (await freeSlots(mentor.id, now)).find((free) => free.startsAt > later);
    const first = request();
    await holdSlot({ ...first, mentorId: mentor.id, startsAt: slot!.startsAt, timeZone: "UTC" }, now);
    expect((await freeSlots(mentor.id, later)).some((free) => free.startsAt.getTime() === slot!.startsAt.getTime())).toBe(true);
    expect(await confirmBooking(tokenIn((await mailTo(first.email))[0]!.text, "confirm"), later)).toEqual({ ok: false, reason: "expired" });
    const second = await holdSlot({ ...request(), mentorId: mentor.id, startsAt: slot!.startsAt, timeZone: "UTC" }, later);
    expect(second.ok).toBe(true);
    expect(await db.booking.count({ where: { mentorId: mentor.id, status: "pending" } })).toBe(1);
  });

  it("limits unconfirmed bookings per email address", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const slots = await freeSlots(mentor.id, now);
    const founder = request();
    const results = [];
    for (const slot of slots.slice(0, 3)) {
      results.push(await holdSlot({ ...founder, mentorId: mentor.id, startsAt: slot.startsAt, timeZone: "UTC" }, now));
    }
    expect(results.map((result) => result.ok || result.reason)).toEqual([true, true, "too-many-pending"]);
  });

  it("refuses times that are not offered and mentors who are not taking bookings", async () => {
    const mentor = await createMentor({ minNoticeHours: 48 });
    const now = new Date();
    const tooSoon = new Date(now.getTime() + 3_600_000);
    expect(await holdSlot({ ...request(), mentorId: mentor.id, startsAt: tooSoon, timeZone: "UTC" }, now)).toEqual({ ok: false, reason: "unavailable" });
    const [slot] = await freeSlots(mentor.id, now);
    await db.mentorProfile.update({ where: { id: mentor.id }, data: { acceptingBookings: false } });
    expect(await holdSlot({ ...request(), mentorId: mentor.id, startsAt: slot!.startsAt, timeZone: "UTC" }, now)).toEqual({
      ok: false,
      reason: "mentor-unavailable",
    });
    expect(await db.booking.count({ where: { mentorId: mentor.id } })).toBe(0);
  });
});

describe("racing for slots", () => {
  it("gives one slot to exactly one of 50 people booking it at once", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const [slot] = await freeSlots(mentor.id, now);
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () => holdSlot({ ...request(), mentorId: mentor.id, startsAt: slot!.startsAt, timeZone: "UTC" }, now)),
    );
    const errors = attempts.filter((attempt) => attempt.status === "rejected");
    expect(errors).toEqual([]);
    const outcomes = attempts.map((attempt) => (attempt.status === "fulfilled" ? attempt.value : null));
    expect(outcomes.filter((outcome) => outcome?.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome && !outcome.ok && outcome.reason === "taken")).toHaveLength(49);
    expect(await db.booking.count({ where: { mentorId: mentor.id, status: { in: ["pending", "confirmed"] } } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { subject: { contains: mentor.displayName } } })).toBe(1);
  }, 60_000);

  it("keeps the weekly cap when people race for different slots of one week", async () => {
    const zone = "Europe/London";
    const mentor = await createMentor({ maxPerWeek: 2, timeZone: zone });
    const now = new Date();
    const week = (date: Date) => DateTime.fromJSDate(date, { zone }).toISOWeekDate()?.slice(0, 8);
    const nextWeek = week(DateTime.now().setZone(zone).plus({ weeks: 1 }).toJSDate());
    const sameWeek = (await freeSlots(mentor.id, now)).filter((slot) => week(slot.startsAt) === nextWeek).slice(0, 10);
    expect(sameWeek).toHaveLength(10);
    const results = await Promise.all(sameWeek.map((slot) => holdSlot({ ...request(), mentorId: mentor.id, startsAt: slot.startsAt, timeZone: "UTC" }, now)));
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(results.filter((result) => !result.ok && result.reason === "unavailable")).toHaveLength(8);
    expect(await db.booking.count({ where: { mentorId: mentor.id } })).toBe(2);
  }, 60_000);
});
