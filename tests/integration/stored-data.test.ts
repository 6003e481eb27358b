import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { cancelBooking, confirmBooking, holdSlot, moveBooking } from "@/lib/bookings/mutations";
import { db } from "@/lib/db/client";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

let topicId: string;
beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(() => db.$disconnect());

async function freeSlots(mentorId: string, now: Date) {
  const [schedule] = await loadMentorSchedules([mentorId], now);
  return expandAvailability(schedule!.settings, schedule!.busy, now);
}

// Rows saved before a check tightened, or that only a library refuses, must not break a flow.
describe("a mentor whose stored meeting link ics refuses", () => {
  it("can still be booked, confirmed, moved and cancelled, with invites for both people", async () => {
    const mentor = await createMentor();
    await db.mentorProfile.update({ where: { id: mentor.id }, data: { meetingUrl: "HTTPS://MEET.EXAMPLE.COOP/Room-4" } });
    const now = new Date();
    const [first, second] = await freeSlots(mentor.id, now);
    const email = `founder-${uniqueTag()}@example.com`;
    const held = await holdSlot(
      {
        name: "Ada",
        email,
        country: "GB",
        topics: [topicId],
        stage: "idea",
        message: "Hello",
        consent: "yes",
        mentorId: mentor.id,
        startsAt: first!.startsAt,
        timeZone: "UTC",
      },
      now,
    );
    if (!held.ok) throw new Error(held.reason);
    const request = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    const token = /\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(request.text)![1]!;

    expect(await confirmBooking(token, now)).toMatchObject({ ok: true });
    expect(await moveBooking(held.bookingId, second!.startsAt, now)).toEqual({ ok: true });
    expect(await cancelBooking(held.bookingId, { role: "founder", actorLabel: "founder" }, null, now)).toEqual({ ok: true });

    const invites = await db.outboxEmail.findMany({ where: { to: { in: [email, mentor.user.email] }, ics: { not: null } } });
    expect(invites.map((mail) => mail.icsMethod).sort()).toEqual(["CANCEL", "CANCEL", "REQUEST", "REQUEST", "REQUEST", "REQUEST"]);
    for (const invite of invites) expect(invite.ics).toContain("LOCATION:HTTPS://MEET.EXAMPLE.COOP/Room-4");
  });
});
