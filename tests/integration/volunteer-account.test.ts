import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmBooking, holdSlot } from "@/lib/bookings/mutations";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { pseudonymOf } from "@/lib/security/pseudonym";
import { collectVolunteerData } from "@/lib/volunteers/data";
import { deleteVolunteerAccount } from "@/lib/volunteers/mutations";
import { createBookingWith, createMentor, createOrganiser, createTopic, uniqueTag } from "../support/factories";

const now = new Date("2036-06-01T09:00:00Z");
let topicId: string;

beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(async () => {
  await db.$disconnect();
});

async function volunteerWithSessions() {
  const mentor = await createMentor({ hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, "00:00", "24:00"]) });
  await db.mentorTopic.create({ data: { mentorId: mentor.id, topicId } });
  await db.mentorLanguage.create({ data: { mentorId: mentor.id, language: "pt" } });
  const founderEmail = `founder-${uniqueTag()}@example.com`;
  const held = await holdSlot(
    {
      name: "Ana Founder",
      email: founderEmail,
      country: "PT",
      topics: [topicId],
      stage: "idea",
      message: "Where do we start?",
      consent: "yes",
      mentorId: mentor.id,
      startsAt: new Date("2036-06-10T10:00:00Z"),
      timeZone: "Europe/Lisbon",
      hold: true,
    },
    now,
  );
  if (!held.ok) throw new Error(held.reason);
  const request = await db.outboxEmail.findFirstOrThrow({ where: { to: founderEmail } });
  expect((await confirmBooking(/\/bookings\/confirm\/([A-Za-z0-9_-]{43})/.exec(request.text)![1]!, now)).ok).toBe(true);
  const past = await createBookingWith(mentor.id, { startsAt: new Date("2036-05-01T10:00:00Z"), status: "held", topicIds: [topicId] });
  await db.auditLog.create({
    data: { actorId: mentor.userId, actorLabel: `volunteer ${mentor.user.email}`, action: "profile.updated", targetType: "mentor", targetId: mentor.id },
  });
  await db.auditLog.create({
    data: { actorLabel: `applicant ${mentor.user.email}`, action: "volunteer.applied", targetType: "mentor", targetId: mentor.slug },
  });
  await db.session.create({ data: { sessionToken: `s-${uniqueTag()}`, userId: mentor.userId, expires: new Date("2037-01-01T00:00:00Z") } });
  await db.outboxEmail.updateMany({ where: { sentAt: null, to: mentor.user.email }, data: { sentAt: now } });
  return { mentor, founderEmail, upcoming: held.bookingId, past: past.id };
}

describe("a volunteer's own account", () => {
  it("exports their account, profile, hours and sessions, without the founders' details", async () => {
    const { mentor } = await volunteerWithSessions();
    const data = await collectVolunteerData(mentor.userId);
    expect(data).toMatchObject({
      account: { email: mentor.user.email, role: "volunteer" },
      profile: { slug: mentor.slug, displayName: mentor.displayName, bio: "Bio", topics: [expect.any(String)], languages: ["pt"] },
    });
    expect(data!.profile!.weeklyRules).toHaveLength(7);
    expect(data!.sessions).toHaveLength(2);
    expect(JSON.stringify(data)).not.toContain("Ana Founder");
  });

  it("deletes it: sessions to come are cancelled and the founder told, and no row names the volunteer any more", async () => {
    const { mentor, founderEmail, upcoming, past } = await volunteerWithSessions();
    expect(await deleteVolunteerAccount(mentor.userId, now)).toEqual({ ok: true, cancelled: 1 });

    expect((await db.booking.findUniqueOrThrow({ where: { id: upcoming } })).status).toBe("cancelled_by_mentor");
    const told = await db.outboxEmail.findFirstOrThrow({ where: { to: founderEmail, subject: { startsWith: "Cancelled" } } });
    expect(told.text).toContain(`${config.publicUrl}/mentors`);
    // Past sessions still count.
    expect((await db.booking.findUniqueOrThrow({ where: { id: past } })).status).toBe("held");

    const pseudonym = pseudonymOf(mentor.user.email, config.secret);
    const profile = await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id }, include: { weeklyRules: true, topics: true, languages: true } });
    expect(profile).toMatchObject({ status: "retired", displayName: `Former volunteer ${pseudonym.slice(0, 6)}`, bio: "", headline: "", meetingUrl: null });
    expect([profile.weeklyRules, profile.topics, profile.languages]).toEqual([[], [], []]);

    const address = mentor.user.email;
    const traces = await Promise.all([
      db.user.count({ where: { email: address } }),
      db.session.count({ where: { userId: mentor.userId } }),
      db.outboxEmail.count({ where: { OR: [{ to: address }, { text: { contains: address } }] } }),
      db.auditLog.count({ where: { actorLabel: { contains: address } } }),
      db.mentorProfile.count({ where: { OR: [{ displayName: mentor.displayName }, { slug: mentor.slug }] } }),
    ]);
    expect(traces).toEqual([0, 0, 0, 0, 0]);
    const history = await db.auditLog.findMany({
      where: { OR: [{ actorId: mentor.userId }, { targetType: "mentor", targetId: { in: [mentor.slug, mentor.id] } }] },
    });
    expect(history.length).toBeGreaterThanOrEqual(3);
    for (const row of history) expect(row.actorLabel).toBe(`volunteer ${pseudonym}`);
    expect(history.map((row) => row.action)).toContain("volunteer.deleted_account");
  });

  it("leaves organisers' accounts alone", async () => {
    const organiser = await createOrganiser();
    expect(await deleteVolunteerAccount(organiser.id, now)).toEqual({ ok: false, reason: "organiser" });
    expect((await db.user.findUniqueOrThrow({ where: { id: organiser.id } })).email).toBe(organiser.email);
  });
});
