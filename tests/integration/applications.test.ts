import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applyToVolunteer } from "@/lib/applications/actions";
import { applyAsVolunteer } from "@/lib/applications/mutations";
import { db } from "@/lib/db/client";
import type { ApplicationInput } from "@/lib/mentors/profile-schema";
import { createTopic, uniqueTag } from "../support/factories";
import { newRequest, outcome } from "../support/next-request";

vi.mock("next/headers", () => import("../support/next-request").then((m) => m.nextHeaders));
vi.mock("next/navigation", () => import("../support/next-request").then((m) => m.nextNavigation));
vi.mock("next/cache", () => import("../support/next-request").then((m) => m.nextCache));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), ...(await import("../support/next-request")).nextServer }));
vi.mock("next-intl/server", () => import("../support/next-intl").then((m) => m.nextIntlServer));

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

describe("the application's language", () => {
  function form(input: ApplicationInput) {
    const data = new FormData();
    for (const [name, value] of Object.entries(input)) {
      for (const one of Array.isArray(value) ? value : [value]) if (one !== null) data.append(name, String(one));
    }
    return data;
  }

  it("is the account's language: the page's, saved when the account is made", async () => {
    const input = application();
    newRequest(`198.51.100.${Math.floor(Math.random() * 200) + 1}`, { locale: "es" });
    expect(await outcome(applyToVolunteer({}, form(input)))).toEqual({ redirect: "/join/thanks" });
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).locale).toBe("es");
  });

  it("explains a refused field in the page's words", async () => {
    newRequest("198.51.100.250");
    const result = await outcome(applyToVolunteer({}, form(application({ headline: "Short" }))));
    expect(result).toMatchObject({
      state: { message: "Please correct the fields marked below.", errors: { headline: "Please write at least 10 characters for a headline." } },
    });
  });

  it("is English when the mutation is not told", async () => {
    const input = application();
    await applyAsVolunteer(input);
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).locale).toBe("en");
    await applyAsVolunteer({ ...application({ email: `ja-${input.email}` }), locale: "ja" });
    expect((await db.user.findUniqueOrThrow({ where: { email: `ja-${input.email}` } })).locale).toBe("ja");
  });
});
