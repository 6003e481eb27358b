import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { cancelBooking, confirmBooking, holdSlot } from "@/lib/bookings/mutations";
import { loadCalendarFeed } from "@/lib/calendar/loaders";
import { createFeedToken, revokeFeed } from "@/lib/calendar/mutations";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import type { BookingStatus } from "@/lib/db/types";
import { hashSecret, newSecret } from "@/lib/security/secrets";
import { findMentorSession, findMentorSessionSettings, listMentorSessions } from "@/lib/sessions/data";
import { groupSessions } from "@/lib/sessions/groups";
import { buildSessionInvite } from "@/lib/sessions/invite";
import { markOutcome, undoOutcome } from "@/lib/sessions/mutations";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let topicId: string;
beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(() => db.$disconnect());

interface SessionOptions {
  status: BookingStatus;
  startsAt: Date;
  confirmedAt?: Date | null;
  cancelledAt?: Date | null;
  expiresAt?: Date | null;
}

/** A booking written straight to the database, for times and states the booking flow cannot reach today. */
async function createSession(mentorId: string, { status, startsAt, confirmedAt = null, cancelledAt = null, expiresAt = null }: SessionOptions) {
  const id = randomUUID();
  return db.booking.create({
    data: {
      id,
      mentorId,
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR),
      expiresAt,
      confirmedAt,
      cancelledAt,
      founderName: `Founder ${uniqueTag()}`,
      founderEmail: `founder-${uniqueTag()}@example.com`,
      founderCountry: "PT",
      coopStage: "incorporating",
      message: "Which legal form suits a platform co-op?",
      consentAt: startsAt,
      manageTokenHash: hashSecret(newSecret()),
      icsUid: `${id}@candle`,
      topics: { create: [{ topicId }] },
    },
  });
}

const statusOf = async (id: string) => (await db.booking.findUniqueOrThrow({ where: { id } })).status;

function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  return { calendar, events };
}

describe("marking a session held or no-show", () => {
  it("changes only this mentor's confirmed sessions that have ended, and records who did it", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const ended = await createSession(mentor.id, {
      status: "confirmed",
      startsAt: new Date(now.getTime() - 2 * HOUR),
      confirmedAt: new Date(now.getTime() - DAY),
    });
    const endsNow = await createSession(mentor.id, { status: "confirmed", startsAt: new Date(now.getTime() - HOUR) });
    const running = await createSession(mentor.id, { status: "confirmed", startsAt: new Date(now.getTime() - HOUR + 1) });
    const future = await createSession(mentor.id, { status: "confirmed", startsAt: new Date(now.getTime() + DAY) });
    const cancelled = await createSession(mentor.id, { status: "cancelled_by_founder", startsAt: new Date(now.getTime() - 3 * DAY) });
    const lapsed = await createSession(mentor.id, {
      status: "pending",
      startsAt: new Date(now.getTime() - 4 * DAY),
      expiresAt: new Date(now.getTime() - 5 * DAY),
    });

    expect(await markOutcome(mentor.id, ended.id, "held", now)).toBe(true);
    expect(await markOutcome(mentor.id, endsNow.id, "no_show", now)).toBe(true);
    for (const booking of [running, future, cancelled, lapsed]) expect(await markOutcome(mentor.id, booking.id, "held", now)).toBe(false);
    expect(await markOutcome(mentor.id, ended.id, "no_show", now)).toBe(false);

    expect(await statusOf(ended.id)).toBe("held");
    expect(await statusOf(endsNow.id)).toBe("no_show");
    expect([await statusOf(running.id), await statusOf(future.id), await statusOf(cancelled.id), await statusOf(lapsed.id)]).toEqual([
      "confirmed",
      "confirmed",
      "cancelled_by_founder",
      "pending",
    ]);
    const audit = await db.auditLog.findMany({ where: { targetType: "booking", targetId: { in: [ended.id, endsNow.id] } }, orderBy: { action: "asc" } });
    expect(audit.map(({ action, targetId, actorId, actorLabel }) => ({ action, targetId, actorId, actorLabel }))).toEqual([
      { action: "booking.held", targetId: ended.id, actorId: mentor.userId, actorLabel: `volunteer ${mentor.user.email}` },
      { action: "booking.no_show", targetId: endsNow.id, actorId: mentor.userId, actorLabel: `volunteer ${mentor.user.email}` },
    ]);
  });

  it("lets the volunteer undo an outcome for 7 days, then not; never another volunteer's", async () => {
    const [mentor, other] = [await createMentor(), await createMentor()];
    const markedAt = new Date();
    const session = await createSession(mentor.id, { status: "confirmed", startsAt: new Date(markedAt.getTime() - 2 * HOUR) });
    expect(await markOutcome(mentor.id, session.id, "no_show", markedAt)).toBe(true);

    expect(await undoOutcome(other.id, session.id, new Date(markedAt.getTime() + HOUR))).toBe(false);
    expect(await statusOf(session.id)).toBe("no_show");
    expect(await undoOutcome(mentor.id, session.id, new Date(markedAt.getTime() + 6 * DAY))).toBe(true);
    expect(await statusOf(session.id)).toBe("confirmed");
    // Asked again, with the other answer; undoing twice changes nothing more.
    expect(await undoOutcome(mentor.id, session.id, new Date(markedAt.getTime() + 6 * DAY))).toBe(false);
    const remarkedAt = new Date(markedAt.getTime() + 6 * DAY);
    expect(await markOutcome(mentor.id, session.id, "held", remarkedAt)).toBe(true);
    expect(await undoOutcome(mentor.id, session.id, new Date(remarkedAt.getTime() + 7 * DAY + 1))).toBe(false);
    expect(await statusOf(session.id)).toBe("held");
    const actions = (await db.auditLog.findMany({ where: { targetId: session.id }, orderBy: { createdAt: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["booking.no_show", "booking.outcome_undone", "booking.held"]);
  });

  it("changes nothing when given another volunteer's session", async () => {
    const [mentor, other] = [await createMentor(), await createMentor()];
    const now = new Date();
    const theirs = await createSession(other.id, { status: "confirmed", startsAt: new Date(now.getTime() - 2 * HOUR) });
    expect(await markOutcome(mentor.id, theirs.id, "no_show", now)).toBe(false);
    expect(await statusOf(theirs.id)).toBe("confirmed");
    expect(await db.auditLog.count({ where: { targetId: theirs.id } })).toBe(0);
  });
});

describe("a volunteer's sessions", () => {
  it("lists their own sessions only, grouped, with the founder's details", async () => {
    const [mentor, other] = [await createMentor({ timeZone: "America/Sao_Paulo" }), await createMentor()];
    const now = new Date();
    const upcoming = await createSession(mentor.id, { status: "confirmed", startsAt: new Date(now.getTime() + DAY) });
    const waiting = await createSession(mentor.id, {
      status: "pending",
      startsAt: new Date(now.getTime() + 2 * DAY),
      expiresAt: new Date(now.getTime() + 600_000),
    });
    const toMark = await createSession(mentor.id, { status: "confirmed", startsAt: new Date(now.getTime() - DAY) });
    const held = await createSession(mentor.id, { status: "held", startsAt: new Date(now.getTime() - 2 * DAY) });
    await createSession(mentor.id, { status: "expired", startsAt: new Date(now.getTime() + 3 * DAY) });
    await createSession(other.id, { status: "confirmed", startsAt: new Date(now.getTime() + DAY) });

    const groups = groupSessions(await listMentorSessions(mentor.id, now), now);
    expect(groups.upcoming.map((session) => session.id)).toEqual([upcoming.id, waiting.id]);
    expect(groups.needsOutcome.map((session) => session.id)).toEqual([toMark.id]);
    expect(groups.past.map((session) => session.id)).toEqual([held.id]);
    const [first] = groups.upcoming;
    expect(first).toMatchObject({ founderName: upcoming.founderName, founderEmail: upcoming.founderEmail, founderCountry: "PT", coopStage: "incorporating" });
    expect(first!.message).toBe(upcoming.message);
    expect(first!.topics).toHaveLength(1);
    expect(await findMentorSessionSettings(mentor.id)).toEqual({ timeZone: "America/Sao_Paulo", displayName: mentor.displayName, hasFeed: false });
  });
});

describe("cancelling as the volunteer", () => {
  it("cancels with METHOD:CANCEL to the founder, the same UID, a higher SEQUENCE and a link to the directory", async () => {
    const [mentor, other] = [await createMentor(), await createMentor()];
    const now = new Date();
    const [schedule] = await loadMentorSchedules([mentor.id], now);
    const [slot] = expandAvailability(schedule!.settings, schedule!.busy, now);
    const founderEmail = `founder-${uniqueTag()}@example.com`;
    const held = await holdSlot(
      {
        name: "Ada Founder",
        email: founderEmail,
        country: "GB",
        topics: [topicId],
        stage: "idea",
        message: "Where do we start?",
        consent: "yes",
        mentorId: mentor.id,
        startsAt: slot!.startsAt,
        timeZone: "UTC",
      },
      now,
    );
    if (!held.ok) throw new Error(`could not hold: ${held.reason}`);
    const pending = await buildSessionInvite(mentor.id, held.bookingId, "en", now);
    expect(pending).toBeNull();
    const confirmToken = /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec((await db.outboxEmail.findFirstOrThrow({ where: { to: founderEmail } })).text)![1]!;
    await confirmBooking(confirmToken, now);
    const booking = await db.booking.findUniqueOrThrow({ where: { id: held.bookingId } });

    const download = await buildSessionInvite(mentor.id, booking.id, "en", now);
    const invite = parseCalendar(download!.ics);
    expect(invite.calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect([invite.events[0]!.uid, invite.events[0]!.sequence]).toEqual([booking.icsUid, 0]);
    expect(invite.events[0]!.startDate.toJSDate().toISOString()).toBe(slot!.startsAt.toISOString());
    expect(await buildSessionInvite(other.id, booking.id, "en", now)).toBeNull();

    expect(await findMentorSession(other.id, booking.id)).toBeNull();
    expect(await findMentorSession(mentor.id, booking.id)).toMatchObject({ id: booking.id, status: "confirmed" });
    const reason = "I am ill this week; so sorry.";
    expect(await cancelBooking(booking.id, { role: "mentor", actorId: mentor.userId, actorLabel: `volunteer ${mentor.user.email}` }, reason, now)).toEqual({
      ok: true,
    });

    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: "cancelled_by_mentor",
      cancelReason: reason,
      icsSequence: 1,
    });
    const mail = (await db.outboxEmail.findMany({ where: { to: founderEmail }, orderBy: { createdAt: "asc" } })).at(-1)!;
    expect(mail.icsMethod).toBe("CANCEL");
    const cancellation = parseCalendar(mail.ics!);
    expect(cancellation.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancellation.events[0]!.uid).toBe(booking.icsUid);
    expect(cancellation.events[0]!.sequence).toBeGreaterThan(0);
    expect(cancellation.events[0]!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(mail.text).toContain(`${config.publicUrl}/mentors`);
    expect(mail.text).toContain(reason);
    expect(await db.auditLog.count({ where: { targetId: booking.id, action: "booking.cancelled", actorId: mentor.userId } })).toBe(1);

    const afterwards = parseCalendar((await buildSessionInvite(mentor.id, booking.id, "en", now))!.ics);
    expect(afterwards.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(afterwards.events[0]!.sequence).toBe(1);
  });
});

describe("the private calendar feed", () => {
  it("answers only to the current token, and not at all once turned off", async () => {
    const mentor = await createMentor();
    const first = await createFeedToken(mentor.id);
    const stored = (await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).feedTokenHash;
    expect(stored).toBe(hashSecret(first));
    expect(stored).not.toContain(first);
    expect(await findMentorSessionSettings(mentor.id)).toMatchObject({ hasFeed: true });

    expect(await loadCalendarFeed(`${first}.ics`)).toContain("BEGIN:VCALENDAR");
    expect(await loadCalendarFeed(first)).toContain("BEGIN:VCALENDAR");
    for (const wrong of [newSecret(), `${newSecret()}.ics`, stored!, first.slice(1), `${first}x`, "", "../etc/passwd"]) {
      expect(await loadCalendarFeed(wrong), wrong).toBeNull();
    }

    const second = await createFeedToken(mentor.id);
    expect(second).not.toBe(first);
    expect(await loadCalendarFeed(`${first}.ics`)).toBeNull();
    expect(await loadCalendarFeed(`${second}.ics`)).toContain("BEGIN:VCALENDAR");

    await revokeFeed(mentor.id);
    expect(await loadCalendarFeed(`${second}.ics`)).toBeNull();
    expect(await findMentorSessionSettings(mentor.id)).toMatchObject({ hasFeed: false });
    await revokeFeed(mentor.id);
    const actions = (await db.auditLog.findMany({ where: { targetType: "mentor", targetId: mentor.id }, orderBy: { action: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["calendar_feed.created", "calendar_feed.created", "calendar_feed.revoked"]);
  });

  it("lists confirmed and recent sessions with exact UTC times, marks recent cancellations, and nobody else's", async () => {
    const [mentor, other] = [await createMentor(), await createMentor()];
    const now = new Date();
    const hour = Math.floor(now.getTime() / HOUR) * HOUR;
    const at = (days: number, hours = 0) => new Date(hour + days * DAY + hours * HOUR);
    const confirmed = await createSession(mentor.id, { status: "confirmed", startsAt: at(3), confirmedAt: at(-1) });
    const held = await createSession(mentor.id, { status: "held", startsAt: at(-20), confirmedAt: at(-25) });
    const noShow = await createSession(mentor.id, { status: "no_show", startsAt: at(-10), confirmedAt: at(-12) });
    const toMark = await createSession(mentor.id, { status: "confirmed", startsAt: at(-1), confirmedAt: at(-3) });
    const cancelled = await createSession(mentor.id, { status: "confirmed", startsAt: at(5), confirmedAt: at(-1) });
    await cancelBooking(cancelled.id, { role: "mentor", actorId: mentor.userId, actorLabel: "volunteer" }, "Away", now);
    // Left out: unconfirmed, never confirmed before cancelling, cancelled long ago, too old, and someone else's.
    await createSession(mentor.id, { status: "pending", startsAt: at(6), expiresAt: at(0, 1) });
    await createSession(mentor.id, { status: "expired", startsAt: at(7) });
    await createSession(mentor.id, { status: "cancelled_by_founder", startsAt: at(8), cancelledAt: at(-1) });
    await createSession(mentor.id, { status: "cancelled_by_founder", startsAt: at(-35), confirmedAt: at(-50), cancelledAt: at(-40) });
    await createSession(mentor.id, { status: "held", startsAt: at(-200), confirmedAt: at(-201) });
    const theirs = await createSession(other.id, { status: "confirmed", startsAt: at(3, 2), confirmedAt: at(-1) });
    await createFeedToken(other.id);

    const token = await createFeedToken(mentor.id);
    const ics = await loadCalendarFeed(`${token}.ics`, now);
    const { calendar, events } = parseCalendar(ics!);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(`Candle sessions (${mentor.displayName})`);
    const expected = [held, noShow, toMark, confirmed, cancelled];
    expect(events.map((event) => event.uid)).toEqual(expected.map((booking) => booking.icsUid));
    for (const [index, event] of events.entries()) {
      const booking = expected[index]!;
      expect(event.startDate.zone?.tzid).toBe("UTC");
      expect(event.startDate.toJSDate().toISOString()).toBe(booking.startsAt.toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(booking.endsAt.toISOString());
      expect(event.component.getFirstPropertyValue("status")).toBe(booking === cancelled ? "CANCELLED" : "CONFIRMED");
      expect(event.sequence).toBe(booking === cancelled ? 1 : 0);
      expect(event.attendees).toEqual([]);
    }
    expect(ics).not.toContain(theirs.icsUid);
    expect(ics).not.toContain(theirs.founderName);
  });
});
