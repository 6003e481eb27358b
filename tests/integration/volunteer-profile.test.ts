import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMentorSchedules } from "@/lib/availability/data";
import { expandAvailability } from "@/lib/availability/slots";
import { db } from "@/lib/db/client";
import { findOwnProfile, searchMentors } from "@/lib/mentors/data";
import { updateProfile } from "@/lib/mentors/mutations";
import { profileSchema, type ProfileInput } from "@/lib/mentors/profile-schema";
import { mentorSearchText } from "@/lib/mentors/search-text";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

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
        errors: { topics: "Please choose from the topics listed." },
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
