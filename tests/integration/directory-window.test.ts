import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshNextFreeSlots } from "@/lib/availability/mutations";
import { db } from "@/lib/db/client";
import type { QueryEvents } from "@/lib/db/connect";
import { daytimeWindow, type DaytimeWindow } from "@/lib/format/daytime-window";
import { searchMentors } from "@/lib/mentors/data";
import { matchFreeInWindow, searchMentorsInWindow } from "@/lib/mentors/directory-window";
import { createMentor, uniqueTag } from "../support/factories";

afterAll(() => db.$disconnect());

let queries = 0;
(db as unknown as QueryEvents).$on("query", () => queries++);

// A Wednesday a few days before London springs forward (28 March 2027) and
// Auckland falls back (4 April 2027): London is 13 hours behind Auckland, then
// 12, then 11. The founder is in Auckland; every mentor is in London.
const now = new Date("2027-03-24T00:00:00Z");
const auckland = "Pacific/Auckland";
const daytime = daytimeWindow(8, 21)!;
const overnight = daytimeWindow(21, 8)!;

const tag = uniqueTag();
const ids: Record<string, string> = {};
const names = (found: { id: string }[]) => found.map(({ id }) => Object.keys(ids).find((name) => ids[name] === id) ?? id);
const viewer = (window: DaytimeWindow) => ({ zone: auckland, window });
const nextFree = (found: { id: string; nextFreeAt: Date | null }[]) =>
  Object.fromEntries(found.map((mentor) => [names([mentor])[0], mentor.nextFreeAt?.toISOString() ?? null]));

beforeAll(async () => {
  // London hours every day, and what they are in Auckland:
  const mentors = {
    // 20:00 is 09:00 the next morning: in the window from the start.
    evening: ["20:00", "21:00"],
    // 12:00–14:00 is 01:00–03:00 (00:00–02:00, 23:00–01:00): never in a daytime window.
    lunch: ["12:00", "14:00"],
    // 08:00 is 21:00 until London's clocks change, then 20:00.
    breakfast: ["08:00", "09:00"],
    // 09:00 is 22:00, then 21:00, and 20:00 only once Auckland's clocks change too.
    morning: ["09:00", "10:00"],
  } as const;
  for (const [name, [from, to]] of Object.entries(mentors)) {
    const mentor = await createMentor({ timeZone: "Europe/London", hours: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, from, to]) });
    await db.mentorProfile.update({ where: { id: mentor.id }, data: { displayName: `${name} ${tag}`, searchText: `${tag} ${name}` } });
    ids[name] = mentor.id;
  }
  await refreshNextFreeSlots(Object.values(ids), now);
});

describe("the directory for a founder with a daytime window", () => {
  it("lists the same mentors without 'free within', each with their first free time in the window (DST in both zones)", async () => {
    const { mentors, total } = await searchMentorsInWindow({ q: tag }, viewer(daytime), now, 1, 10);
    expect(total).toBe(4);
    expect(names(mentors)).toEqual(["breakfast", "evening", "lunch", "morning"]);
    expect(nextFree(mentors)).toEqual({
      breakfast: "2027-03-28T07:00:00.000Z",
      evening: "2027-03-24T20:00:00.000Z",
      lunch: null,
      morning: "2027-04-04T08:00:00.000Z",
    });
    // Without the window every card shows each mentor's first slot of all.
    const plain = await searchMentors({ q: tag }, now, 1, 10);
    expect(nextFree(plain.mentors)).toEqual({
      breakfast: "2027-03-24T08:00:00.000Z",
      evening: "2027-03-24T20:00:00.000Z",
      lunch: "2027-03-24T12:00:00.000Z",
      morning: "2027-03-24T09:00:00.000Z",
    });
  });

  it("filters 'free within' by the first free time in the window, and says how many the window hid", async () => {
    expect((await searchMentors({ q: tag, within: 7 }, now, 1, 10)).total).toBe(4);
    const week = await searchMentorsInWindow({ q: tag, within: 7 }, viewer(daytime), now, 1, 10);
    expect(names(week.mentors)).toEqual(["breakfast", "evening"]);
    expect(week.total).toBe(2);
    expect(week.hiddenByWindow).toBe(2);

    const fortnight = await searchMentorsInWindow({ q: tag, within: 14 }, viewer(daytime), now, 1, 10);
    expect(names(fortnight.mentors)).toEqual(["breakfast", "evening", "morning"]);
    expect(nextFree(fortnight.mentors).morning).toBe("2027-04-04T08:00:00.000Z");
    expect(fortnight.hiddenByWindow).toBe(1);
  });

  it("pages through the mentors free in the window, counting them all", async () => {
    const first = await searchMentorsInWindow({ q: tag, within: 14 }, viewer(daytime), now, 1, 2);
    const second = await searchMentorsInWindow({ q: tag, within: 14 }, viewer(daytime), now, 2, 2);
    expect([first.total, second.total]).toEqual([3, 3]);
    expect(names(first.mentors)).toEqual(["breakfast", "evening"]);
    expect(names(second.mentors)).toEqual(["morning"]);
  });

  it("takes an overnight window as the evening and the next morning in the founder's zone", async () => {
    const { matches } = await matchFreeInWindow({ q: tag, within: 30 }, viewer(overnight), now);
    expect(nextFree(matches)).toEqual({
      // 20:00 in London reaches 07:00 in Auckland once both clocks have changed.
      evening: "2027-04-03T19:00:00.000Z",
      // 12:00 in London is 01:00 in Auckland.
      lunch: "2027-03-24T12:00:00.000Z",
      // 08:00 is 21:00 in Auckland: a slot starting as the night begins.
      breakfast: "2027-03-24T08:00:00.000Z",
      // 09:00 is 22:00.
      morning: "2027-03-24T09:00:00.000Z",
    });
  });

  it("expands at most so many schedules a request; those past the cap keep their cached first free time and are counted", async () => {
    const capped = await matchFreeInWindow({ q: tag, within: 7 }, viewer(daytime), now, { maxExpanded: 1 });
    // "evening" needed no expansion, "breakfast" was expanded, "lunch" and "morning" were not.
    expect(nextFree(capped.matches)).toEqual({
      breakfast: "2027-03-28T07:00:00.000Z",
      evening: "2027-03-24T20:00:00.000Z",
      lunch: "2027-03-24T12:00:00.000Z",
      morning: "2027-03-24T09:00:00.000Z",
    });
    expect(capped).toMatchObject({ hiddenByWindow: 0, unchecked: 2 });
    const page = await searchMentorsInWindow({ q: tag, within: 7 }, viewer(daytime), now, 1, 10, (withDays) =>
      matchFreeInWindow(withDays, viewer(daytime), now, { maxExpanded: 1 }),
    );
    expect(page).toMatchObject({ total: 4, unchecked: 2 });
    expect((await matchFreeInWindow({ q: tag, within: 7 }, viewer(daytime), now)).unchecked).toBe(0);
  });

  it("asks for no schedule of a mentor whose cached next free time is already in the window, nor one per mentor", async () => {
    const countQueries = async (work: () => Promise<unknown>) => {
      const before = queries;
      await work();
      return queries - before;
    };
    // Only "evening": no schedule to load, just the list.
    const shortcut = await countQueries(() => matchFreeInWindow({ q: `${tag} evening`, within: 7 }, viewer(daytime), now));
    // The three others' schedules in one batch, as for one of them.
    const batch = await countQueries(() => matchFreeInWindow({ q: tag, within: 7 }, viewer(daytime), now));
    const single = await countQueries(() => matchFreeInWindow({ q: `${tag} lunch`, within: 7 }, viewer(daytime), now));
    expect(shortcut).toBe(1);
    expect(batch).toBe(single);
    expect(batch).toBeGreaterThan(shortcut);
  });
});
