import { afterAll, describe, expect, it } from "vitest";
import { refreshNextFreeSlots } from "@/lib/availability/mutations";
import { db } from "@/lib/db/client";
import type { QueryEvents } from "@/lib/db/connect";
import { searchMentors } from "@/lib/mentors/data";
import { createMentor, createTopic, uniqueTag } from "../support/factories";

afterAll(() => db.$disconnect());

let counting = false;
let queries = 0;
(db as unknown as QueryEvents).$on("query", () => {
  if (counting) queries++;
});

async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  queries = 0;
  counting = true;
  try {
    return { result: await work(), queries };
  } finally {
    counting = false;
  }
}

describe("the mentor directory", () => {
  it("runs the same few queries for 2 mentors as for 30 (no query per mentor)", async () => {
    const tag = uniqueTag();
    const topic = await createTopic();
    const mentors = [];
    for (let n = 0; n < 30; n++) {
      const mentor = await createMentor();
      await db.mentorProfile.update({
        where: { id: mentor.id },
        data: {
          searchText: `${tag} mentor ${n}`,
          topics: { create: { topicId: topic.id } },
          languages: { create: [{ language: "en" }, { language: "es" }] },
        },
      });
      mentors.push(mentor);
    }
    const now = new Date();
    const few = await countQueries(() => searchMentors({ q: tag, topic: topic.slug }, now, 1, 2));
    const many = await countQueries(() => searchMentors({ q: tag, topic: topic.slug }, now, 1, 30));
    expect(few.result.mentors).toHaveLength(2);
    expect(many.result.mentors).toHaveLength(30);
    expect(many.result.total).toBe(30);
    expect(many.result.mentors.every((mentor) => mentor.topics.length === 1 && mentor.languages.join() === "en,es")).toBe(true);
    expect(many.queries).toBe(few.queries);
    // The list, its topics, languages and texts in the reader's language, and the total.
    expect(many.queries).toBeLessThanOrEqual(6);
    const fewInSpanish = await countQueries(() => searchMentors({ q: tag, topic: topic.slug }, now, 1, 2, "es"));
    const manyInSpanish = await countQueries(() => searchMentors({ q: tag, topic: topic.slug }, now, 1, 30, "es"));
    expect(manyInSpanish.result.mentors).toHaveLength(30);
    expect(manyInSpanish.queries).toBe(fewInSpanish.queries);
    expect(mentors).toHaveLength(30);
  });

  it("filters by text, topic, language, country and free time", async () => {
    const tag = uniqueTag();
    const [finance, governance] = [await createTopic(), await createTopic()];
    const tokyo = await createMentor({ timeZone: "Asia/Tokyo" });
    const quiet = await createMentor({ hours: [] });
    await db.mentorProfile.update({
      where: { id: tokyo.id },
      data: { country: "JP", searchText: `${tag} kumo works`, topics: { create: { topicId: finance.id } }, languages: { create: { language: "ja" } } },
    });
    await db.mentorProfile.update({
      where: { id: quiet.id },
      data: { country: "AR", searchText: `${tag} cooperativa`, topics: { create: { topicId: governance.id } }, languages: { create: { language: "es" } } },
    });
    const now = new Date();
    await refreshNextFreeSlots([tokyo.id, quiet.id], now);
    const names = async (filters: Parameters<typeof searchMentors>[0]) =>
      (await searchMentors({ q: tag, ...filters }, now, 1, 10)).mentors.map((mentor) => mentor.id).sort();

    expect(await names({})).toEqual([tokyo.id, quiet.id].sort());
    expect(await names({ q: `${tag} kumo` })).toEqual([tokyo.id]);
    expect(await names({ q: `${tag.toUpperCase()} KUMO` })).toEqual([tokyo.id]);
    expect(await names({ topic: governance.slug })).toEqual([quiet.id]);
    expect(await names({ language: "ja" })).toEqual([tokyo.id]);
    expect(await names({ country: "AR" })).toEqual([quiet.id]);
    expect(await names({ within: 7 })).toEqual([tokyo.id]);
    expect((await db.mentorProfile.findUniqueOrThrow({ where: { id: quiet.id } })).nextFreeAt).toBeNull();
  });
});
