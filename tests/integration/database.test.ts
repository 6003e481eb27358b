import { afterAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/lib/db/connect";
import { resolveDatabaseTarget } from "@/lib/db/provider";
import { hashSecret, newSecret } from "@/lib/security/secrets";
import { staleParts } from "../../scripts/db-migration";

const db = createDatabaseClient(resolveDatabaseTarget(process.env.DATABASE_URL));
afterAll(() => db.$disconnect());

async function makeMentor() {
  const tag = newSecret().slice(0, 10).toLowerCase();
  const user = await db.user.create({ data: { email: `mentor-${tag}@example.org` } });
  return db.mentorProfile.create({
    data: { userId: user.id, slug: `mentor-${tag}`, displayName: "Test Mentor", headline: "h", bio: "b", timeZone: "Europe/London", country: "GB" },
  });
}

function booking(mentorId: string, startsAt: Date, status: "pending" | "confirmed" | "cancelled_by_founder" | "expired") {
  return {
    mentorId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    status,
    founderName: "Founder",
    founderEmail: "founder@example.com",
    founderCountry: "GB",
    coopStage: "idea" as const,
    message: "Hello",
    consentAt: new Date(),
    manageTokenHash: hashSecret(newSecret()),
    icsUid: `${newSecret()}@candle`,
  };
}

describe("the database", () => {
  it("has schemas and migrations that match prisma/schema.prisma", () => {
    expect(staleParts()).toEqual([]);
  });

  it("refuses a second active booking of a mentor at the same start", async () => {
    const mentor = await makeMentor();
    const startsAt = new Date("2031-05-01T09:00:00Z");
    await db.booking.create({ data: booking(mentor.id, startsAt, "confirmed") });
    await expect(db.booking.create({ data: booking(mentor.id, startsAt, "pending") })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.booking.create({ data: booking(mentor.id, startsAt, "confirmed") })).rejects.toMatchObject({ code: "P2002" });
    expect(await db.booking.count({ where: { mentorId: mentor.id } })).toBe(1);
  });

  it("lets a slot be booked again once the earlier booking is cancelled or expired", async () => {
    const mentor = await makeMentor();
    const startsAt = new Date("2031-05-02T09:00:00Z");
    await db.booking.create({ data: booking(mentor.id, startsAt, "cancelled_by_founder") });
    await db.booking.create({ data: booking(mentor.id, startsAt, "expired") });
    const first = await db.booking.create({ data: booking(mentor.id, startsAt, "pending") });
    await db.booking.update({ where: { id: first.id }, data: { status: "expired" } });
    await db.booking.create({ data: booking(mentor.id, startsAt, "confirmed") });
    expect(await db.booking.count({ where: { mentorId: mentor.id, startsAt } })).toBe(4);
  });

  it("does not let a cancelled booking come back to life on top of a newer one", async () => {
    const mentor = await makeMentor();
    const startsAt = new Date("2031-05-03T09:00:00Z");
    const old = await db.booking.create({ data: booking(mentor.id, startsAt, "cancelled_by_founder") });
    await db.booking.create({ data: booking(mentor.id, startsAt, "confirmed") });
    await expect(db.booking.update({ where: { id: old.id }, data: { status: "confirmed" } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("keeps different mentors and different starts independent", async () => {
    const [one, two] = [await makeMentor(), await makeMentor()];
    const startsAt = new Date("2031-05-04T09:00:00Z");
    await db.booking.create({ data: booking(one.id, startsAt, "confirmed") });
    await db.booking.create({ data: booking(two.id, startsAt, "confirmed") });
    await db.booking.create({ data: booking(one.id, new Date(startsAt.getTime() + 3_600_000), "confirmed") });
    expect(await db.booking.count({ where: { mentorId: { in: [one.id, two.id] } } })).toBe(3);
  });
});
