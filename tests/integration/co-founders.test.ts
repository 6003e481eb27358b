import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelBooking, confirmBooking, holdSlot, moveBooking } from "@/lib/bookings/mutations";
import { findCoFounderSession } from "@/lib/co-founders/data";
import { removeCoFounder } from "@/lib/co-founders/mutations";
import { db } from "@/lib/db/client";
import { listMentorSessions } from "@/lib/sessions/data";
import { periodScope } from "@/lib/stats/period";
import { computeProgrammeStats } from "@/lib/stats/programme";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

// Sessions in July 2032, which no other test uses.
const HOUR = 3_600_000;
const now = new Date("2032-07-01T09:00:00Z");
let topicId: string;

beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(() => db.$disconnect());

const mailTo = (to: string) => db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const eventOf = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { method: calendar.getFirstPropertyValue("method"), event: new ICAL.Event(calendar.getFirstSubcomponent("vevent")!) };
};
const attendeesOf = (ics: string) =>
  eventOf(ics)
    .event.attendees.map((attendee) => String(attendee.getFirstValue()).replace(/^mailto:/i, ""))
    .sort();

async function bookWithCoFounders(startsAt: Date) {
  const mentor = await createMentor({ timeZone: "Europe/Madrid", hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });
  const tag = uniqueTag();
  const founderEmail = `founder-${tag}@example.com`;
  const coFounders = [`bo-${tag}@example.com`, `cy-${tag}@example.com`];
  const held = await holdSlot(
    {
      name: "Ana Founder",
      email: founderEmail,
      coFounders,
      country: "ES",
      topics: [topicId],
      stage: "forming_group",
      message: "Three of us are leaving a bank to start a software co-op.",
      consent: "yes",
      mentorId: mentor.id,
      startsAt,
      timeZone: "America/Argentina/Buenos_Aires",
    },
    now,
  );
  if (!held.ok) throw new Error(held.reason);
  return { bookingId: held.bookingId, mentor, founderEmail, coFounders };
}

async function confirm(founderEmail: string) {
  const [request] = await mailTo(founderEmail);
  expect((await confirmBooking(/\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(request!.text)![1]!, now)).ok).toBe(true);
}

describe("co-founders", () => {
  it("hear nothing until the founder confirms, then each gets the invite with everyone as attendees and no manage link", async () => {
    const startsAt = new Date("2032-07-05T15:00:00Z");
    const { bookingId, mentor, founderEmail, coFounders } = await bookWithCoFounders(startsAt);
    for (const email of coFounders) expect(await mailTo(email)).toHaveLength(0);

    await confirm(founderEmail);
    const everyone = [founderEmail, ...coFounders, mentor.user.email].sort();
    for (const email of coFounders) {
      const [invite] = await mailTo(email);
      expect(invite!.subject).toMatch(/^Invitation: a session with Mentor/);
      expect(invite!.text).toContain("Ana Founder has added you");
      // 17:00 in Madrid is 12:00 in Buenos Aires, the zone the founder booked in.
      expect(invite!.text).toContain("12:00–13:00 (America/Argentina/Buenos_Aires");
      expect(invite!.text).not.toContain("/bookings/manage/");
      expect(invite!.text).toMatch(/\/bookings\/co-founder\/[A-Za-z0-9_-]{43}/);
      const { method, event } = eventOf(invite!.ics!);
      expect(method).toBe("REQUEST");
      expect(event.uid).toBe(`${bookingId}@candle`);
      // What the founder typed goes to the volunteer, not to addresses nobody has checked.
      expect(event.description).not.toContain("leaving a bank");
      expect(invite!.text).not.toContain("leaving a bank");
      expect(event.startDate.toJSDate()).toEqual(startsAt);
      expect(attendeesOf(invite!.ics!)).toEqual(everyone);
    }
    const founderInvite = (await mailTo(founderEmail)).find((mail) => mail.ics)!;
    expect(attendeesOf(founderInvite.ics!)).toEqual(everyone);
    const mentorMail = (await mailTo(mentor.user.email)).find((mail) => mail.ics)!;
    expect(mentorMail.text).toContain(`Co-founders: ${coFounders.join(", ")}`);
    expect(attendeesOf(mentorMail.ics!)).toEqual(everyone);
    const [session] = await listMentorSessions(mentor.id, now);
    expect(session!.coFounders.map(({ email }) => email)).toEqual(coFounders);

    // One session, however many people come.
    const stats = await computeProgrammeStats(periodScope({ from: "2032-07-05", to: "2032-07-05" }, [mentor.id]), now);
    expect(stats.booked).toBe(1);
    expect(stats.requests).toBe(1);
  });

  it("get the move and the cancellation, with the same UID and a higher SEQUENCE each time", async () => {
    const startsAt = new Date("2032-07-06T15:00:00Z");
    const { bookingId, founderEmail, coFounders } = await bookWithCoFounders(startsAt);
    await confirm(founderEmail);
    const movedTo = new Date(startsAt.getTime() + 2 * HOUR);
    expect((await moveBooking(bookingId, movedTo, now)).ok).toBe(true);
    expect((await cancelBooking(bookingId, { role: "founder", actorLabel: "founder" }, null, now)).ok).toBe(true);
    for (const email of coFounders) {
      const [invited, moved, cancelled] = await mailTo(email);
      expect(moved!.subject).toMatch(/^Moved:/);
      expect(cancelled!.subject).toMatch(/^Cancelled:/);
      const sequences = [invited, moved, cancelled].map((mail) => eventOf(mail!.ics!).event.sequence);
      expect(sequences[1]).toBeGreaterThan(sequences[0]!);
      expect(sequences[2]).toBeGreaterThan(sequences[1]!);
      expect(eventOf(moved!.ics!).event.startDate.toJSDate()).toEqual(movedTo);
      expect(eventOf(cancelled!.ics!).method).toBe("CANCEL");
      expect(new Set([invited, moved, cancelled].map((mail) => eventOf(mail!.ics!).event.uid))).toEqual(new Set([`${bookingId}@candle`]));
    }
  });

  it("can each take themselves off: their row goes, they alone get a CANCEL, the link then finds nothing", async () => {
    const { bookingId, mentor, founderEmail, coFounders } = await bookWithCoFounders(new Date("2032-07-07T15:00:00Z"));
    await confirm(founderEmail);
    const [leaving, staying] = coFounders as [string, string];
    const token = /\/bookings\/co-founder\/([A-Za-z0-9_-]{43})/.exec((await mailTo(leaving))[0]!.text)![1]!;
    expect((await findCoFounderSession(token))?.email).toBe(leaving);
    const before = { founder: (await mailTo(founderEmail)).length, mentor: (await mailTo(mentor.user.email)).length, staying: (await mailTo(staying)).length };

    expect(await removeCoFounder(token, now)).toBe("removed");
    expect(await removeCoFounder(token, now)).toBe("not-found");
    expect(await findCoFounderSession(token)).toBeNull();
    expect((await db.coFounder.findMany({ where: { bookingId } })).map((row) => row.email)).toEqual([staying]);
    const [, cancelled] = await mailTo(leaving);
    expect(cancelled!.subject).toMatch(/^You are off the session/);
    expect(eventOf(cancelled!.ics!).method).toBe("CANCEL");
    expect(eventOf(cancelled!.ics!).event.sequence).toBeGreaterThan(eventOf((await mailTo(leaving))[0]!.ics!).event.sequence);
    expect({ founder: (await mailTo(founderEmail)).length, mentor: (await mailTo(mentor.user.email)).length, staying: (await mailTo(staying)).length }).toEqual(
      before,
    );
    expect((await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe("confirmed");
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: bookingId, action: "booking.co_founder_left" } });
    expect(audit.actorLabel).not.toContain("@");
  });
});
