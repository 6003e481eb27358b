import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyAsVolunteer } from "@/lib/applications/mutations";
import { db } from "@/lib/db/client";
import type { ApplicationInput } from "@/lib/mentors/profile-schema";
import { createTopic, uniqueTag } from "../support/factories";

let topicId: string;
beforeAll(async () => {
  topicId = (await createTopic()).id;
});
afterAll(() => db.$disconnect());

const application = (overrides: Partial<ApplicationInput> = {}): ApplicationInput => ({
  email: `applicant-${uniqueTag()}@example.org`,
  displayName: `Applicant ${uniqueTag()}`,
  pronouns: null,
  headline: "Ten years in a co-op",
  bio: "I have helped run a worker co-op for ten years.",
  timeZone: "Europe/Madrid",
  country: "ES",
  languages: ["es"],
  topics: [topicId],
  coopName: null,
  coopUrl: null,
  meetingUrl: null,
  application: "I would like to pass it on.",
  ...overrides,
});

describe("volunteer applications", () => {
  it("create a pending profile and email a sign-in link", async () => {
    const input = application();
    expect(await applyAsVolunteer(input)).toEqual({ created: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email }, include: { mentor: true } });
    expect(user.mentor).toMatchObject({ status: "pending", displayName: input.displayName });
    expect(await db.outboxEmail.count({ where: { to: input.email, text: { contains: "/signin/verify?" } } })).toBe(1);
  });

  it("never turn an organiser's account into a volunteer's", async () => {
    const email = `organiser-${uniqueTag()}@example.org`;
    await db.user.create({ data: { email, name: "Organiser", role: "organiser" } });
    expect(await applyAsVolunteer(application({ email }))).toEqual({ created: false });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { mentor: true } });
    expect(user).toMatchObject({ role: "organiser", name: "Organiser", mentor: null });
  });

  it("give two applicants with the same name their own addresses, even at the same moment", async () => {
    const name = `Sam ${uniqueTag()}`;
    const results = await Promise.all([applyAsVolunteer(application({ displayName: name })), applyAsVolunteer(application({ displayName: name }))]);
    expect(results).toEqual([{ created: true }, { created: true }]);
    const slugs = (await db.mentorProfile.findMany({ where: { displayName: name }, select: { slug: true } })).map((row) => row.slug);
    expect(new Set(slugs).size).toBe(2);
  });

  it("make one profile when the same application is sent twice at once", async () => {
    const input = application();
    const results = await Promise.all([applyAsVolunteer(input), applyAsVolunteer(input)]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await db.mentorProfile.count({ where: { user: { email: input.email } } })).toBe(1);
  });
});
