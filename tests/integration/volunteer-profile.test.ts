import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { db } from "@/lib/db/client";
import { findOwnProfile, searchMentors } from "@/lib/mentors/data";
import { updateProfile } from "@/lib/mentors/mutations";
import { profileLanguageSchema, profileSchema, type ProfileInput } from "@/lib/mentors/profile-schema";
import { mentorSearchText } from "@/lib/mentors/search-text";
import { createMentor, createTopic, uniqueTag } from "../support/factories";
import { newRequest, request } from "../support/next-request";

vi.mock("next/cache", () => import("../support/next-request").then((m) => m.nextCache));

let topics: { id: string; slug: string }[];
beforeAll(async () => {
  topics = [await createTopic(), await createTopic(), await createTopic()];
});
afterAll(() => db.$disconnect());

function input(overrides: Record<string, unknown> = {}): ProfileInput {
  return profileSchema.parse({
    displayName: "Ada Lovelace",
    pronouns: "she/her",
    headline: "Helped start a tech co-op",
    bio: "Ten years in a worker co-op that writes software for libraries.",
    timeZone: "Europe/London",
    country: "gb",
    languages: ["en"],
    topics: [topics[0]!.id],
    coopName: "",
    coopUrl: "",
    meetingUrl: "https://meet.example.coop/ada",
    ...overrides,
  });
}

const topicIds = async (mentorId: string) => (await db.mentorTopic.findMany({ where: { mentorId } })).map((row) => row.topicId).sort();
const languages = async (mentorId: string) => (await db.mentorLanguage.findMany({ where: { mentorId } })).map((row) => row.language).sort();

describe("updateProfile", () => {
  it("saves the fields and replaces topics, languages and the search text", async () => {
    const mentor = await createMentor();
    const tag = uniqueTag();
    const first = input({ displayName: `Ada ${tag}`, topics: [topics[0]!.id, topics[1]!.id], languages: ["en", "pt-br"] });
    expect(await updateProfile(mentor.id, first)).toEqual({ ok: true });
    expect(await topicIds(mentor.id)).toEqual([topics[0]!.id, topics[1]!.id].sort());
    expect(await languages(mentor.id)).toEqual(["en", "pt-BR"]);

    const second = input({
      displayName: `Grace ${tag}`,
      coopName: `Engines ${tag}`,
      coopUrl: "https://engines.example.coop",
      pronouns: "",
      topics: [topics[2]!.id],
      languages: ["es"],
    });
    expect(await updateProfile(mentor.id, second)).toEqual({ ok: true });
    expect(await topicIds(mentor.id)).toEqual([topics[2]!.id]);
    expect(await languages(mentor.id)).toEqual(["es"]);

    const saved = await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(saved).toMatchObject({
      slug: mentor.slug,
      status: "approved",
      displayName: `Grace ${tag}`,
      pronouns: null,
      coopName: `Engines ${tag}`,
      coopUrl: "https://engines.example.coop",
      country: "GB",
      meetingUrl: "https://meet.example.coop/ada",
      searchText: mentorSearchText(second),
    });
    expect(saved.searchText).toContain(`engines ${tag}`);
    expect(saved.searchText).not.toContain("ada");

    const found = await searchMentors({ q: `Grace ${tag}` }, new Date(), 1, 24);
    expect(found.mentors.map((row) => row.id)).toEqual([mentor.id]);
    expect((await searchMentors({ q: `Ada ${tag}` }, new Date(), 1, 24)).total).toBe(0);

    expect(await findOwnProfile(mentor.id)).toMatchObject({ topicIds: [topics[2]!.id], languages: ["es"], bio: second.bio, status: "approved" });
  });

  it("writes an audit entry naming the volunteer and what changed", async () => {
    const mentor = await createMentor();
    await updateProfile(mentor.id, input());
    await updateProfile(mentor.id, input({ headline: "Now helping bakeries convert", languages: ["en", "fr"] }));
    const entries = await db.auditLog.findMany({
      where: { targetType: "mentor", targetId: mentor.id, action: "profile.updated" },
      orderBy: { createdAt: "asc" },
    });
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ actorId: mentor.userId, actorLabel: `volunteer ${mentor.user.email}` });
    expect(JSON.parse(entries[1]!.details!)).toEqual({ changed: ["headline", "languages"] });
  });

  it("refuses topics that are unknown or archived and changes nothing", async () => {
    const mentor = await createMentor();
    await updateProfile(mentor.id, input({ topics: [topics[0]!.id] }));
    const archived = await createTopic();
    await db.topic.update({ where: { id: archived.id }, data: { archived: true } });

    for (const bad of ["no-such-topic", archived.id]) {
      expect(await updateProfile(mentor.id, input({ displayName: "Someone Else", topics: [topics[1]!.id, bad] }))).toEqual({
        ok: false,
        errors: { topics: "topicsUnknown" },
      });
    }
    expect(await topicIds(mentor.id)).toEqual([topics[0]!.id]);
    expect((await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).displayName).toBe("Ada Lovelace");
  });

  it("moves the cached next free slot when the time zone changes", async () => {
    const mentor = await createMentor({ timeZone: "Europe/London", hours: [[1, "09:00", "10:00"]] });
    const now = new Date("2027-01-04T00:00:00Z");
    await updateProfile(mentor.id, input({ timeZone: "Asia/Tokyo" }), now);
    const [schedule] = await loadMentorSchedules([mentor.id], now);
    const next = expandAvailability(schedule!.settings, schedule!.busy, now)[0]!;
    expect(next.startsAt.toISOString()).toBe("2027-01-04T00:00:00.000Z");
    expect((await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).nextFreeAt).toEqual(next.startsAt);
  });
});

describe("the profile in other languages", () => {
  beforeEach(() => newRequest());
  const texts = async (mentorId: string) =>
    (await db.mentorProfileText.findMany({ where: { mentorId }, orderBy: { locale: "asc" } })).map(({ locale, headline, bio }) => ({ locale, headline, bio }));
  const spanish = { locale: "es" as const, headline: "Ayudé a fundar una cooperativa", bio: "Diez años en una cooperativa de trabajo que hace software." };

  it("saves the volunteer's language and a headline and bio per other language with the profile, and clears a pair left empty", async () => {
    const mentor = await createMentor();
    const japanese = {
      locale: "ja" as const,
      headline: "技術系の協同組合を立ち上げました",
      bio: "図書館向けのソフトウェアを作る労働者協同組合で十年働いてきました。",
    };
    expect(await updateProfile(mentor.id, input(), undefined, { locale: "es", texts: [spanish, japanese] })).toEqual({ ok: true });
    expect(await texts(mentor.id)).toEqual([spanish, japanese]);
    expect((await db.user.findUniqueOrThrow({ where: { id: mentor.userId } })).locale).toBe("es");

    await updateProfile(mentor.id, input(), undefined, { texts: [{ locale: "ja", headline: "", bio: "" }] });
    expect(await texts(mentor.id)).toEqual([spanish]);
    // Saving without the language leaves it as chosen.
    expect((await db.user.findUniqueOrThrow({ where: { id: mentor.userId } })).locale).toBe("es");

    const entries = await db.auditLog.findMany({ where: { targetId: mentor.id, action: "profile.updated" }, orderBy: { createdAt: "asc" } });
    expect(JSON.parse(entries[0]!.details!).changed).toEqual(expect.arrayContaining(["locale", "texts.es", "texts.ja"]));
    expect(JSON.parse(entries[1]!.details!).changed).toEqual(["texts.ja"]);
  });

  it("invalidates the mentor's cached pages when only a translation changes", async () => {
    const mentor = await createMentor();
    await updateProfile(mentor.id, input());
    request.invalidated = [];
    await updateProfile(mentor.id, input(), undefined, { texts: [spanish] });
    expect(request.invalidated).toContain(`tag:mentor:${mentor.slug}`);
  });

  it("changes no translation when the profile is refused", async () => {
    const mentor = await createMentor();
    await updateProfile(mentor.id, input(), undefined, { texts: [spanish] });
    const refused = await updateProfile(mentor.id, input({ topics: ["no-such-topic"] }), undefined, {
      locale: "ja",
      texts: [{ locale: "es", headline: "", bio: "" }],
    });
    expect(refused.ok).toBe(false);
    expect(await texts(mentor.id)).toEqual([spanish]);
    expect((await db.user.findUniqueOrThrow({ where: { id: mentor.userId } })).locale).toBe("en");
  });

  it("holds a translation to the main fields' lengths, and takes an empty pair as none", () => {
    const result = profileLanguageSchema.safeParse({ locale: "es", "headline.es": "Corto", "bio.es": "", "headline.ja": "", "bio.ja": "" });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]))).toEqual({
      "headline.es": "headlineTooShort",
      "bio.es": "bioMissing",
    });
    const long = profileLanguageSchema.safeParse({ "headline.ja": "あ".repeat(121), "bio.ja": "い".repeat(40) });
    expect(long.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["headline.ja", "headlineTooLong"]]);
    expect(profileLanguageSchema.parse({ "headline.ja": " ", "bio.ja": "" })).toEqual({ locale: undefined, texts: [{ locale: "ja", headline: "", bio: "" }] });
    expect(profileLanguageSchema.safeParse({ locale: "xx" }).success).toBe(false);
  });
});
