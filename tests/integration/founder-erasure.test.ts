import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmBooking, holdSlot } from "@/lib/bookings/mutations";
import { db } from "@/lib/db/client";
import { queueFollowUps } from "@/lib/feedback/mutations";
import { eraseFounderData } from "@/lib/my-data/mutations";
import { eraseOldEmails } from "@/lib/retention/mutations";
import { createBookingWith, createMentor, createTopic, uniqueTag } from "../support/factories";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const bookedAt = new Date("2037-03-02T09:00:00Z");
let topicId: string;

beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(async () => {
  await db.$disconnect();
});

async function bookAndConfirm(email: string, mentorId: string, startsAt: Date, coFounders: string[] = []) {
  const held = await holdSlot(
    {
      name: "Friend Founder",
      email,
      country: "NL",
      topics: [topicId],
      stage: "idea",
      message: "Plans for a bakery co-op",
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

const allDay = () => createMentor({ hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });

describe("a founder's erasure", () => {
  it("erases the mail sent to other people that names them as a co-founder, the day after it went out", async () => {
    const mentor = await allDay();
    const tag = uniqueTag();
    const coFounder = `partner-${tag}@example.com`;
    const bookingId = await bookAndConfirm(`friend-${tag}@example.com`, mentor.id, new Date("2037-03-20T10:00:00Z"), [coFounder]);
    const mentioning = { OR: [{ text: { contains: `partner-${tag}` } }, { html: { contains: `partner-${tag}` } }, { ics: { contains: `partner-${tag}` } }] };
    await db.outboxEmail.updateMany({ where: { sentAt: null }, data: { sentAt: bookedAt } });
    expect(await db.outboxEmail.count({ where: { to: { not: coFounder }, ...mentioning } })).toBeGreaterThan(0);

    await eraseFounderData(coFounder, new Date(bookedAt.getTime() + DAY));

    expect(await db.outboxEmail.count({ where: mentioning })).toBe(0);
    // The session goes on without them.
    expect((await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe("confirmed");
  });

  it("does not ask an erased founder how it went, and asks the volunteer about 'a founder (details erased)'", async () => {
    const mentor = await allDay();
    const email = `during-${uniqueTag()}@example.com`;
    const startsAt = new Date("2037-03-21T10:00:00Z");
    const bookingId = await bookAndConfirm(email, mentor.id, startsAt);
    await eraseFounderData(email, new Date(startsAt.getTime() + 30 * 60_000));
    const booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(booking).toMatchObject({ status: "confirmed", founderEmail: "" });

    const delay = HOUR;
    await queueFollowUps(new Date(booking.endsAt.getTime() + delay), delay);
    const asked = await db.outboxEmail.findMany({ where: { bookingId, purpose: "follow-up" } });
    expect(asked.map((row) => row.to)).toEqual([mentor.user.email]);
    expect(asked[0]!.text).toContain("a founder (details erased)");
    expect(asked[0]!.text).not.toContain("with  ");
    expect(await db.outboxEmail.count({ where: { to: "" } })).toBe(0);
  });

  it("leaves a lapsed hold alone: nothing is cancelled or mailed for it", async () => {
    const mentor = await allDay();
    const now = new Date("2037-04-01T09:00:00Z");
    const lapsed = await createBookingWith(mentor.id, {
      startsAt: new Date("2037-04-05T10:00:00Z"),
      status: "pending",
      expiresAt: new Date(now.getTime() - HOUR),
    });
    expect(await eraseFounderData(lapsed.founderEmail, now)).toEqual({ bookings: 1, cancelled: 0 });
    expect((await db.booking.findUniqueOrThrow({ where: { id: lapsed.id } })).status).toBe("pending");
    expect(await db.outboxEmail.count({ where: { bookingId: lapsed.id } })).toBe(0);
  });

  it("erases mail sent after an erasure even behind many other sessions' mail", async () => {
    const mentor = await createMentor();
    const now = new Date("2037-05-01T09:00:00Z");
    const startsAt = new Date("2037-05-10T10:00:00Z");
    const tag = uniqueTag();
    const busy = Array.from({ length: 520 }, (_, index) => `a-${tag}-${String(index).padStart(4, "0")}`);
    const rows = busy.map((id, index) => ({
      id,
      mentorId: mentor.id,
      startsAt: new Date(startsAt.getTime() + index * HOUR),
      endsAt: new Date(startsAt.getTime() + (index + 1) * HOUR),
      status: "cancelled_by_founder" as const,
      founderName: "Busy Founder",
      founderEmail: `busy-${tag}-${index}@example.com`,
      founderCountry: "GB",
      coopStage: "idea" as const,
      message: "",
      consentAt: now,
      manageTokenHash: `manage-${id}`,
      icsUid: `${id}@candle`,
    }));
    await db.booking.createMany({ data: rows });
    const erasedId = `z-${tag}`;
    await db.booking.create({ data: { ...rows[0]!, id: erasedId, manageTokenHash: `manage-${erasedId}`, icsUid: `${erasedId}@candle`, anonymisedAt: now } });
    await db.outboxEmail.createMany({
      data: [...busy, erasedId].map((bookingId) => ({ to: mentor.user.email, subject: "Cancelled", text: "Cancelled", html: "", bookingId, sentAt: now })),
    });
    await eraseOldEmails(new Date(now.getTime() + 60_000));
    expect(await db.outboxEmail.count({ where: { bookingId: erasedId, erasedAt: null } })).toBe(0);
  });
});
