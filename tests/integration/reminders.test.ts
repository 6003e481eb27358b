import ICAL from "ical.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { cancelBooking, confirmBooking, holdSlot, moveBooking } from "@/lib/bookings/mutations";
import { db } from "@/lib/db/client";
import { deliverDueEmails } from "@/lib/email/sender";
import { createMailTransport } from "@/lib/email/transport";
import { queueDueReminders } from "@/lib/reminders/mutations";
import { failReminderOf } from "../support/faults";
import { startTestSmtpServer } from "../support/smtp";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

// The clock is driven: sessions in 2031, around Europe/London's clock change
// (30 March) and America/New_York's (2 November), long after any other test's.
const HOUR = 3_600_000;
const LEADS = [1440, 60];
let topicId: string;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let transport: ReturnType<typeof createMailTransport>;

beforeAll(async () => {
  topicId = (await createTopic()).id;
  smtp = await startTestSmtpServer();
  transport = createMailTransport({ from: "Candle <candle@example.org>", smtpUrl: smtp.url, outboxDir: "unused" });
});
afterAll(async () => {
  await smtp.close();
  await db.$disconnect();
});
// Other files queue mail in this database too: only what these tests queue is left to send.
beforeEach(async () => {
  await db.outboxEmail.updateMany({ where: { sentAt: null }, data: { sentAt: new Date(0) } });
});

const before = (startsAt: Date, hours: number) => new Date(startsAt.getTime() - hours * HOUR);

/** A session booked and confirmed through the real mutations at `now`, by a founder in `founderZone`. */
async function confirmedSession(options: { startsAt: Date; now: Date; founderZone: string; mentorZone?: string }) {
  const mentor = await createMentor({ timeZone: options.mentorZone ?? "Europe/London", hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });
  const email = `founder-${uniqueTag()}@example.com`;
  const held = await holdSlot(
    {
      name: "Ada Founder",
      email,
      country: "US",
      topics: [topicId],
      stage: "forming_group",
      message: "How do we share surplus fairly?",
      consent: "yes",
      mentorId: mentor.id,
      startsAt: options.startsAt,
      timeZone: options.founderZone,
    },
    options.now,
  );
  if (!held.ok) throw new Error(`could not hold: ${held.reason}`);
  const request = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
  const token = /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(request.text)![1]!;
  expect((await confirmBooking(token, options.now)).ok).toBe(true);
  return { bookingId: held.bookingId, mentor, founderEmail: email };
}

const remindersOf = (bookingId: string) => db.outboxEmail.findMany({ where: { bookingId, purpose: "reminder" }, orderBy: { to: "asc" } });
const receivedReminders = (to: string) => smtp.received.filter((mail) => JSON.stringify(mail.to).includes(to) && mail.subject?.startsWith("Reminder"));

describe("session reminders", () => {
  it("remind both people 24 hours and 1 hour before, in elapsed time, each shown in their own zone across a clock change", async () => {
    // 10:00 BST on the morning London's clocks go forward; 06:00 in New York.
    const startsAt = new Date("2031-03-30T09:00:00Z");
    const { bookingId, mentor, founderEmail } = await confirmedSession({ startsAt, now: new Date("2031-03-20T12:00:00Z"), founderZone: "America/New_York" });

    expect(await queueDueReminders(new Date(before(startsAt, 24).getTime() - 60_000), LEADS)).toEqual({ sessions: 0, failed: 0 });
    expect(await remindersOf(bookingId)).toHaveLength(0);

    // Due 09:00 UTC the day before: 09:00 GMT in London, 23 wall-clock hours before 10:00 BST.
    expect((await queueDueReminders(before(startsAt, 24), LEADS)).sessions).toBeGreaterThanOrEqual(1);
    const dayBefore = await remindersOf(bookingId);
    expect(dayBefore.map((mail) => mail.to).sort()).toEqual([founderEmail, mentor.user.email].sort());
    const founderMail = dayBefore.find((mail) => mail.to === founderEmail)!;
    const mentorMail = dayBefore.find((mail) => mail.to === mentor.user.email)!;
    expect(founderMail.text).toContain("Sunday 30 March 2031, 05:00–06:00 (America/New_York");
    expect(mentorMail.text).toContain("Sunday 30 March 2031, 10:00–11:00 (Europe/London, BST)");
    expect(founderMail.text).toMatch(/\/bookings\/manage\/[A-Za-z0-9_-]{43}\?cant=1#cant-make-it/);
    expect(mentorMail.text).toContain(`/volunteer/sessions?cancel=${bookingId}#cancel-${bookingId}`);
    expect(founderMail.text).toContain(mentor.meetingUrl!);
    expect(founderMail.discardAfter).toEqual(startsAt);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(founderMail.ics!)).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate()).toEqual(startsAt);

    // Queued once, however often and however many instances look.
    await Promise.all([queueDueReminders(before(startsAt, 23), LEADS), queueDueReminders(before(startsAt, 23), LEADS)]);
    expect(await remindersOf(bookingId)).toHaveLength(2);

    await queueDueReminders(before(startsAt, 1), LEADS);
    expect(await remindersOf(bookingId)).toHaveLength(4);
    await queueDueReminders(before(startsAt, 0.5), LEADS);
    await queueDueReminders(startsAt, LEADS);
    expect(await remindersOf(bookingId)).toHaveLength(4);
  });

  it("skip the day-before reminder of a session booked three hours ahead, and show New York's time after its clock goes back", async () => {
    // 09:00 in New York on the day its clocks go back (14:00 UTC, EST).
    const startsAt = new Date("2031-11-02T14:00:00Z");
    const now = before(startsAt, 3);
    const { bookingId, founderEmail } = await confirmedSession({ startsAt, now, founderZone: "America/New_York" });
    await queueDueReminders(new Date(now.getTime() + 60_000), LEADS);
    expect(await remindersOf(bookingId)).toHaveLength(0);
    await queueDueReminders(before(startsAt, 1), LEADS);
    const reminders = await remindersOf(bookingId);
    expect(reminders).toHaveLength(2);
    expect(reminders.find((mail) => mail.to === founderEmail)!.text).toContain("Sunday 2 November 2031, 09:00–10:00 (America/New_York, GMT-5)");
  });

  it("withdraw a reminder not yet sent when the session is cancelled, and send none after", async () => {
    const startsAt = new Date("2031-05-14T10:00:00Z");
    const { bookingId, founderEmail } = await confirmedSession({ startsAt, now: new Date("2031-05-01T10:00:00Z"), founderZone: "Europe/Madrid" });
    await queueDueReminders(before(startsAt, 24), LEADS);
    expect(await db.outboxEmail.count({ where: { bookingId, purpose: "reminder", sentAt: null } })).toBe(2);

    const cancelled = await cancelBooking(bookingId, { role: "founder", actorLabel: "founder" }, null, before(startsAt, 23));
    expect(cancelled.ok).toBe(true);
    expect(await remindersOf(bookingId)).toHaveLength(0);
    await queueDueReminders(before(startsAt, 1), LEADS);
    expect(await remindersOf(bookingId)).toHaveLength(0);
    await deliverDueEmails(transport, before(startsAt, 1));
    expect(receivedReminders(founderEmail)).toHaveLength(0);
    // The cancellation itself still goes.
    expect(smtp.received.some((mail) => JSON.stringify(mail.to).includes(founderEmail) && mail.subject?.startsWith("Cancelled"))).toBe(true);
  });

  it("withdraw the old time's reminders when a session moves, and remind of the new time when it falls due", async () => {
    const startsAt = new Date("2031-06-10T10:00:00Z");
    const { bookingId, mentor } = await confirmedSession({ startsAt, now: new Date("2031-06-01T10:00:00Z"), founderZone: "Asia/Tokyo" });
    await queueDueReminders(before(startsAt, 24), LEADS);
    expect(await remindersOf(bookingId)).toHaveLength(2);

    const movedAt = before(startsAt, 20);
    const [schedule] = await loadMentorSchedules([mentor.id], movedAt);
    const later = expandAvailability(schedule!.settings, schedule!.busy, movedAt).find((slot) => slot.startsAt.getTime() === startsAt.getTime() + 48 * HOUR)!;
    expect((await moveBooking(bookingId, later.startsAt, movedAt)).ok).toBe(true);
    expect(await remindersOf(bookingId)).toHaveLength(0);

    // The old time's reminder time passes with nothing to send.
    await queueDueReminders(before(startsAt, 1), LEADS);
    expect(await remindersOf(bookingId)).toHaveLength(0);
    await queueDueReminders(before(later.startsAt, 24), LEADS);
    const reminders = await remindersOf(bookingId);
    expect(reminders).toHaveLength(2);
    expect(reminders.every((mail) => mail.discardAfter?.getTime() === later.startsAt.getTime())).toBe(true);
    expect(reminders.find((mail) => mail.to === mentor.user.email)!.text).toContain("Thursday 12 June 2031, 11:00–12:00 (Europe/London, BST)");
  });

  it("send a reminder late while SMTP refuses it, and drop it with a log line if the session starts first", async () => {
    const startsAt = new Date("2031-07-08T10:00:00Z");
    const { bookingId, founderEmail } = await confirmedSession({ startsAt, now: new Date("2031-07-01T10:00:00Z"), founderZone: "Europe/Madrid" });
    const late = await confirmedSession({ startsAt, now: new Date("2031-07-01T10:00:00Z"), founderZone: "Europe/Madrid" });
    await queueDueReminders(before(startsAt, 24), LEADS);

    smtp.refuse(true);
    try {
      const refused = await deliverDueEmails(transport, before(startsAt, 24));
      expect(refused.sent).toBe(0);
      expect(refused.failed).toBeGreaterThanOrEqual(4);
    } finally {
      smtp.refuse(false);
    }
    // The first session's reminders go an hour late; the second's are still waiting when the session starts.
    await db.outboxEmail.updateMany({ where: { bookingId: late.bookingId }, data: { nextAttemptAt: startsAt } });
    await deliverDueEmails(transport, before(startsAt, 23));
    expect(receivedReminders(founderEmail)).toHaveLength(1);
    expect(await db.outboxEmail.count({ where: { bookingId, purpose: "reminder", sentAt: null } })).toBe(0);

    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const report = await deliverDueEmails(transport, startsAt);
      expect(report.dropped).toBe(2);
      const lines = log.mock.calls.map(([line]) => String(line)).filter((line) => line.includes("email-dropped"));
      expect(lines).toHaveLength(2);
      expect(JSON.parse(lines[0]!)).toMatchObject({ job: "outbox", event: "email-dropped", purpose: "reminder" });
      expect(lines.join("\n")).not.toContain(late.founderEmail);
    } finally {
      log.mockRestore();
    }
    expect(await remindersOf(late.bookingId)).toHaveLength(0);
    expect(receivedReminders(late.founderEmail)).toHaveLength(0);
  });

  it("remind the other sessions when one cannot be, and that one on the next run", async () => {
    const startsAt = new Date("2031-09-09T10:00:00Z");
    const now = new Date("2031-09-01T10:00:00Z");
    // The first to start fails; the one after it must not wait for it.
    const failing = await confirmedSession({ startsAt, now, founderZone: "Europe/Madrid" });
    const fine = await confirmedSession({ startsAt: new Date(startsAt.getTime() + HOUR), now, founderZone: "Europe/Madrid" });
    const heal = await failReminderOf(failing.bookingId);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await queueDueReminders(before(startsAt, 23), LEADS)).toMatchObject({ sessions: 1, failed: 1 });
      expect(JSON.parse(String(log.mock.calls.at(-1)?.[0]))).toMatchObject({ job: "reminders", ok: false });
    } finally {
      log.mockRestore();
      await heal();
    }
    expect(await remindersOf(fine.bookingId)).toHaveLength(2);
    expect(await remindersOf(failing.bookingId)).toHaveLength(0);
    expect(await queueDueReminders(before(startsAt, 22), LEADS)).toMatchObject({ sessions: 1, failed: 0 });
    expect(await remindersOf(failing.bookingId)).toHaveLength(2);
  });

  it("reach a real SMTP server exactly once per person with two instances queueing and two sending", async () => {
    const startsAt = new Date("2031-08-12T10:00:00Z");
    const sessions = await Promise.all(
      [1, 2, 3].map(() => confirmedSession({ startsAt, now: new Date("2031-08-01T10:00:00Z"), founderZone: "America/Argentina/Buenos_Aires" })),
    );
    const due = before(startsAt, 24);
    await Promise.all([queueDueReminders(due, LEADS), queueDueReminders(due, LEADS)]);
    const senders = [1, 2].map(() => createMailTransport({ from: "candle@example.org", smtpUrl: smtp.url, outboxDir: "unused" }));
    await Promise.all(senders.map((sender) => deliverDueEmails(sender, due)));
    for (const { founderEmail, mentor } of sessions) {
      expect(receivedReminders(founderEmail)).toHaveLength(1);
      expect(receivedReminders(mentor.user.email)).toHaveLength(1);
    }
  });
});
