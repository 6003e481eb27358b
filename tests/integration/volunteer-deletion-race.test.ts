import { afterAll, describe, expect, it } from "vitest";
import { holdSlot } from "@/lib/bookings/mutations";
import { db } from "@/lib/db/client";
import { deleteVolunteerAccount } from "@/lib/volunteers/mutations";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

const now = new Date("2036-08-03T09:00:00Z");
const ROUNDS = 30;

afterAll(async () => {
  await db.$disconnect();
});

describe("deleting a volunteer account while a founder books", () => {
  it("never leaves a session to come with the retired volunteer", async () => {
    const topicId = (await createTopic()).id;
    const mentors = [];
    for (let round = 0; round < ROUNDS; round++) {
      const mentor = await createMentor({ hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });
      await db.mentorTopic.create({ data: { mentorId: mentor.id, topicId } });
      mentors.push(mentor);
    }
    for (const mentor of mentors) {
      const tag = uniqueTag();
      await Promise.allSettled([
        holdSlot(
          {
            name: "Ana Founder",
            email: `founder-${tag}@example.com`,
            country: "PT",
            topics: [topicId],
            stage: "idea",
            message: "Where do we start?",
            consent: "yes",
            mentorId: mentor.id,
            startsAt: new Date("2036-08-05T10:00:00Z"),
            timeZone: "Europe/Lisbon",
            hold: true,
          },
          now,
        ),
        deleteVolunteerAccount(mentor.userId, now),
      ]);
    }
    const left = await db.booking.count({
      where: { mentorId: { in: mentors.map((mentor) => mentor.id) }, startsAt: { gt: now }, status: { in: ["pending", "requested", "confirmed"] } },
    });
    expect(await db.mentorProfile.count({ where: { id: { in: mentors.map((mentor) => mentor.id) }, status: "retired" } })).toBe(ROUNDS);
    expect(left).toBe(0);
  });
});
