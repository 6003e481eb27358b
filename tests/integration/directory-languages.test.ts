import { afterAll, describe, expect, it } from "vitest";
import { refreshNextFreeSlots } from "@/lib/availability/mutations";
import { db } from "@/lib/db/client";
import { findPublicMentor, searchMentors } from "@/lib/mentors/data";
import { matchFreeInWindow, searchMentorsInWindow } from "@/lib/mentors/directory-window";
import { findMentorWithSlots } from "@/lib/mentors/loaders";
import { createMentor, uniqueTag } from "../support/factories";

afterAll(() => db.$disconnect());

/** Mentors named so that alphabetical order is a, b, c, d, e; each speaking the languages given. */
async function mentorsSpeaking(tag: string, languages: string[][]) {
  const mentors = [];
  for (const [n, spoken] of languages.entries()) {
    const mentor = await createMentor();
    await db.mentorProfile.update({
      where: { id: mentor.id },
      data: {
        displayName: `${"abcde"[n]} ${tag}`,
        searchText: `${tag} mentor`,
        languages: { create: spoken.map((language) => ({ language })) },
      },
    });
    mentors.push(mentor);
  }
  await refreshNextFreeSlots(
    mentors.map((mentor) => mentor.id),
    new Date(),
  );
  return mentors.map((mentor) => mentor.id);
}

describe("the directory in the founder's language", () => {
  it("lists mentors who speak it (or a variety of it) first, each group in the usual order; English keeps the usual order", async () => {
    const tag = uniqueTag();
    const [a, b, c, d, e] = await mentorsSpeaking(tag, [["en"], ["es-AR"], ["en", "ja"], ["es", "en"], ["esu"]]);
    const now = new Date();
    const ids = async (locale: "en" | "es" | "ja", page = 1, pageSize = 10) =>
      (await searchMentors({ q: tag }, now, page, pageSize, locale)).mentors.map((mentor) => mentor.id);

    expect(await ids("en")).toEqual([a, b, c, d, e]);
    expect(await ids("es")).toEqual([b, d, a, c, e]);
    expect(await ids("ja")).toEqual([c, a, b, d, e]);
    // Pages run on across the two groups without gaps or repeats.
    expect([...(await ids("es", 1, 2)), ...(await ids("es", 2, 2)), ...(await ids("es", 3, 2))]).toEqual([b, d, a, c, e]);
    expect((await searchMentors({ q: tag }, now, 1, 2, "es")).total).toBe(5);
    // The language filter still narrows the list.
    expect((await searchMentors({ q: tag, language: "en" }, now, 1, 10, "es")).mentors.map((mentor) => mentor.id)).toEqual([d, a, c]);
  });

  it("keeps that order for a founder with a daytime window", async () => {
    const tag = uniqueTag();
    const [a, b, c] = await mentorsSpeaking(tag, [["en"], ["en"], ["es"]]);
    const now = new Date();
    const viewer = { zone: "Europe/London", window: { startHour: 0, endHour: 24 }, locale: "es" as const };
    expect((await searchMentorsInWindow({ q: tag }, viewer, now, 1, 10)).mentors.map((mentor) => mentor.id)).toEqual([c, a, b]);
    expect((await matchFreeInWindow({ q: tag, within: 30 }, viewer, now)).matches.map((match) => match.id)).toEqual([c, a, b]);
  });

  it("shows a mentor's headline and bio in the founder's language when they wrote them in it, else their main ones", async () => {
    const tag = uniqueTag();
    const mentor = await createMentor();
    await db.mentorProfile.update({
      where: { id: mentor.id },
      data: {
        headline: "Helps co-ops with money",
        bio: "Twenty years in a bakery co-op.",
        searchText: `${tag} mentor`,
        texts: { create: { locale: "es", headline: "Ayuda con las finanzas", bio: "Veinte años en una panadería cooperativa." } },
      },
    });

    const spanish = await findPublicMentor(mentor.slug, "es");
    expect(spanish).toMatchObject({ headline: "Ayuda con las finanzas", bio: "Veinte años en una panadería cooperativa." });
    expect(await findPublicMentor(mentor.slug, "ja")).toMatchObject({ headline: "Helps co-ops with money", bio: "Twenty years in a bakery co-op." });
    expect(await findPublicMentor(mentor.slug, "en")).toMatchObject({ headline: "Helps co-ops with money" });
    expect((await findMentorWithSlots(mentor.slug, new Date(), "es"))?.mentor.headline).toBe("Ayuda con las finanzas");

    const card = async (locale: "en" | "es" | "ja") => (await searchMentors({ q: tag }, new Date(), 1, 10, locale)).mentors[0]?.headline;
    expect(await card("es")).toBe("Ayuda con las finanzas");
    expect(await card("ja")).toBe("Helps co-ops with money");
    expect(await card("en")).toBe("Helps co-ops with money");
  });
});
