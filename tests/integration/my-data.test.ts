import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeLimits } from "@/lib/antibot/limits";
import { rateLimitKey } from "@/lib/antibot/rate-limit";
import { config } from "@/lib/config";
import { confirmBooking, holdSlot } from "@/lib/bookings/mutations";
import { db } from "@/lib/db/client";
import { collectFounderData, findDataAccess } from "@/lib/my-data/data";
import { eraseFounderData, openDataLink, requestDataLink } from "@/lib/my-data/mutations";
import { eraseOldEmails } from "@/lib/retention/mutations";
import { signUpForWaitlist } from "@/lib/waitlist/mutations";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

// Sessions in 2036; "now" moves from booking time to between the two sessions.
const HOUR = 3_600_000;
const bookedAt = new Date("2036-02-02T09:00:00Z");
const between = new Date("2036-02-10T12:00:00Z");
let topicId: string;

beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(async () => {
  await db.$disconnect();
});

async function bookAndConfirm(name: string, email: string, mentorId: string, startsAt: Date, coFounders: string[] = []) {
  const held = await holdSlot(
    {
      name,
      email,
      country: "NL",
      topics: [topicId],
      stage: "idea",
      message: `${name}: secret plans for a bakery co-op`,
      consent: "yes",
      mentorId,
      startsAt,
      timeZone: "Europe/Amsterdam",
      hold: true,
      coFounders,
    },
    bookedAt,
  );
  if (!held.ok) throw new Error(held.reason);
  const request = await db.outboxEmail.findFirstOrThrow({ where: { to: email, bookingId: held.bookingId } });
  const token = /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(request.text)![1]!;
  expect((await confirmBooking(token, bookedAt)).ok).toBe(true);
  return held.bookingId;
}

/** A founder with a past session, a session to come, a place as someone else's co-founder and a waitlist entry. */
async function founderWithHistory() {
  const tag = uniqueTag();
  const name = `Grace ${tag}`;
  const email = `grace-${tag}@example.com`;
  const mentor = await createMentor({ hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });
  const past = await bookAndConfirm(name, email, mentor.id, new Date("2036-02-05T10:00:00Z"), [`partner-${uniqueTag()}@example.com`]);
  await db.sessionFeedback.create({ data: { bookingId: past, usefulness: 5, nextStep: "incorporating", comment: `${name} loved it` } });
  const future = await bookAndConfirm(name, email, mentor.id, new Date("2036-02-20T10:00:00Z"));
  const friend = await bookAndConfirm("Friend Founder", `friend-${uniqueTag()}@example.com`, mentor.id, new Date("2036-02-21T10:00:00Z"), [email]);
  await signUpForWaitlist({ email, timeZone: "Europe/Amsterdam", target: { mentorId: mentor.id, mentorName: mentor.displayName } }, bookedAt);
  await db.outboxEmail.updateMany({ where: { sentAt: null, bookingId: { in: [past, future, friend] } }, data: { sentAt: bookedAt } });
  await db.outboxEmail.updateMany({ where: { sentAt: null, to: email }, data: { sentAt: bookedAt } });
  return { name, email, mentor, past, future, friend };
}

describe("a founder's own data", () => {
  it("collects every booking, co-founder place, waitlist entry, message and logged act, machine-readably", async () => {
    const { name, email, mentor, past, future } = await founderWithHistory();
    const data = await collectFounderData(email);
    expect(data.bookings.map((booking) => booking.id)).toEqual([past, future]);
    expect(data.bookings[0]).toMatchObject({
      founderName: name,
      founderEmail: email,
      founderCountry: "NL",
      message: `${name}: secret plans for a bakery co-op`,
      mentor: mentor.displayName,
      feedback: { usefulness: 5, comment: `${name} loved it` },
    });
    expect(data.bookings[0]!.coFounders).toHaveLength(1);
    expect(data.invitedAsCoFounder).toHaveLength(1);
    expect(data.waitlist).toMatchObject([{ mentor: mentor.displayName, confirmedAt: null }]);
    expect(data.emails.length).toBeGreaterThanOrEqual(5);
    expect(data.activity.filter((row) => row.action === "booking.confirmed")).toHaveLength(2);
    // What the download holds survives a round trip through JSON.
    expect(JSON.parse(JSON.stringify(data)).bookings).toHaveLength(2);
  });

  it("mails a link only to an address it knows, and each link opens once, before it lapses", async () => {
    const { email } = await founderWithHistory();
    const stranger = `nobody-${uniqueTag()}@example.com`;
    expect(await requestDataLink(stranger, between)).toBe(false);
    expect(await db.outboxEmail.count({ where: { to: stranger } })).toBe(0);

    expect(await requestDataLink(email, between)).toBe(true);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email, subject: "Your Candle data link" } });
    const token = /\/my-data\/open\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    expect(await db.dataAccessLink.count({ where: { tokenHash: token } })).toBe(0);

    const [first, second] = await Promise.all([openDataLink(token, between), openDataLink(token, between)]);
    const session = first ?? second;
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await openDataLink(token, between)).toBeNull();
    expect(await findDataAccess(session!, between)).toBe(email);
    expect(await findDataAccess(session!, new Date(between.getTime() + HOUR))).toBeNull();

    expect(await requestDataLink(email, between)).toBe(true);
    const later = await db.outboxEmail.findFirstOrThrow({ where: { to: email, subject: "Your Candle data link", id: { not: mail.id } } });
    const lapsed = /\/my-data\/open\/([A-Za-z0-9_-]{43})/.exec(later.text)![1]!;
    expect(await openDataLink(lapsed, new Date(between.getTime() + HOUR))).toBeNull();
  });

  it("erases completely: the session to come is cancelled with a CANCEL to the volunteer, the past one anonymised, and no table keeps the address or name", async () => {
    const { name, email, mentor, past, future, friend } = await founderWithHistory();
    await consumeLimits([{ scope: "my-data:email", identifier: email, points: 5, windowMs: HOUR }], between);
    expect(await requestDataLink(email, between)).toBe(true);

    expect(await eraseFounderData(email, between)).toEqual({ bookings: 2, cancelled: 1 });

    expect(await db.booking.findUniqueOrThrow({ where: { id: future } })).toMatchObject({ status: "cancelled_by_founder", founderEmail: "", founderName: "" });
    expect(await db.booking.findUniqueOrThrow({ where: { id: past } })).toMatchObject({
      status: "confirmed",
      founderEmail: "",
      message: "",
      founderCountry: "NL",
    });
    expect((await db.sessionFeedback.findUniqueOrThrow({ where: { bookingId: past } })).comment).toBeNull();
    const cancel = await db.outboxEmail.findFirstOrThrow({ where: { bookingId: future, to: mentor.user.email, icsMethod: "CANCEL" } });
    expect(cancel.sentAt).toBeNull();
    // The friend's session goes on without them.
    expect(await db.coFounder.count({ where: { bookingId: friend } })).toBe(0);
    expect((await db.booking.findUniqueOrThrow({ where: { id: friend } })).status).toBe("confirmed");

    // The volunteer's CANCEL goes out, and the next housekeeping run erases it too.
    await db.outboxEmail.updateMany({ where: { sentAt: null }, data: { sentAt: between } });
    await eraseOldEmails(new Date(between.getTime() + 60_000));

    const local = email.split("@")[0]!;
    const traces = await Promise.all([
      db.outboxEmail.count({
        where: { OR: [{ to: { contains: local } }, { text: { contains: local } }, { html: { contains: local } }, { subject: { contains: name } }] },
      }),
      db.outboxEmail.count({ where: { OR: [{ text: { contains: name } }, { html: { contains: name } }, { ics: { contains: local } }] } }),
      db.auditLog.count({ where: { OR: [{ actorLabel: { contains: local } }, { details: { contains: local } }] } }),
      db.booking.count({ where: { OR: [{ founderEmail: email }, { founderName: name }, { message: { contains: name } }] } }),
      db.coFounder.count({ where: { email } }),
      db.waitlistEntry.count({ where: { email } }),
      db.dataAccessLink.count({ where: { email } }),
      db.rateLimit.count({ where: { key: { contains: local } } }),
      db.sessionFeedback.count({ where: { comment: { contains: name } } }),
    ]);
    expect(traces).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // The limit's counter stays, keyed by a hash of the address only.
    expect(await db.rateLimit.count({ where: { key: rateLimitKey("my-data:email", email, config.secret) } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "founder.data_erased", actorLabel: { startsWith: "founder " } } })).toBeGreaterThanOrEqual(1);

    const left = await collectFounderData(email);
    expect([left.bookings, left.invitedAsCoFounder, left.waitlist, left.emails]).toEqual([[], [], [], []]);
  });
});
