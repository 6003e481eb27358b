import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addTopicAction, moveTopicAction, renameTopicAction, setTopicArchivedAction } from "@/lib/topics/actions";
import { changeVolunteerStatusAction, inviteVolunteerAction } from "@/lib/volunteers/actions";
import { createMentor, createOrganiser, createPendingMentor, createTopic, uniqueTag } from "../support/factories";

// The real requireOrganiser redirects or answers "not found" by throwing; here it
// throws a marker for anyone who is not the organiser, so each action can be seen
// to ask before it touches anything.
const who = vi.hoisted(() => ({ viewer: null as { id: string; email: string; role: "organiser" } | null }));
vi.mock("@/lib/auth/session", () => ({
  requireOrganiser: async () => {
    if (!who.viewer) throw new Error("NOT_AN_ORGANISER");
    return who.viewer;
  },
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => import("../support/next-intl").then((m) => m.nextIntlServer));
vi.mock("next/server", () => ({ after: () => undefined }));

let organiser: { id: string; email: string };

beforeAll(async () => {
  organiser = await createOrganiser();
});
beforeEach(() => {
  who.viewer = null;
});
afterAll(() => db.$disconnect());

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe("organiser actions check who is asking", () => {
  it("refuse everyone but an organiser before changing anything", async () => {
    const mentor = await createPendingMentor();
    const topic = await createTopic();
    const email = `nobody-${uniqueTag()}@example.net`;
    const auditBefore = await db.auditLog.count();

    await expect(changeVolunteerStatusAction(form({ mentorId: mentor.id, change: "approve" }))).rejects.toThrow("NOT_AN_ORGANISER");
    await expect(inviteVolunteerAction({}, form({ email }))).rejects.toThrow("NOT_AN_ORGANISER");
    await expect(addTopicAction({}, form({ name: `Sneaky ${uniqueTag()}` }))).rejects.toThrow("NOT_AN_ORGANISER");
    await expect(renameTopicAction({}, form({ topicId: topic.id, name: `Renamed ${uniqueTag()}` }))).rejects.toThrow("NOT_AN_ORGANISER");
    await expect(moveTopicAction(form({ topicId: topic.id, direction: "up" }))).rejects.toThrow("NOT_AN_ORGANISER");
    await expect(setTopicArchivedAction(form({ topicId: topic.id, archived: "true" }))).rejects.toThrow("NOT_AN_ORGANISER");

    expect((await db.mentorProfile.findUniqueOrThrow({ where: { id: mentor.id } })).status).toBe("pending");
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({ name: topic.name, archived: false });
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("let an organiser act, and report the outcome", async () => {
    who.viewer = { ...organiser, role: "organiser" };
    const mentor = await createMentor();
    await expect(changeVolunteerStatusAction(form({ mentorId: mentor.id, change: "pause" }))).rejects.toThrow(
      `REDIRECT /organiser/volunteers?done=pause&mentor=${mentor.id}&cancelled=0#notice`,
    );
    await expect(changeVolunteerStatusAction(form({ mentorId: mentor.id, change: "pause" }))).rejects.toThrow(
      `REDIRECT /organiser/volunteers?problem=wrong-status&mentor=${mentor.id}#notice`,
    );
    await expect(changeVolunteerStatusAction(form({ mentorId: mentor.id, change: "explode" }))).rejects.toThrow(
      "REDIRECT /organiser/volunteers?problem=not-found#notice",
    );

    expect(await inviteVolunteerAction({}, form({ email: "not an address" }))).toMatchObject({
      errors: { email: "Please enter an email address like name@example.org." },
    });
    const email = `Someone-${uniqueTag()}@Example.net`;
    expect(await inviteVolunteerAction({}, form({ email }))).toEqual({
      saved: true,
      message: `Invitation sent to ${email.toLowerCase()}. They will find a link to the application form in it.`,
    });

    const name = `Housing ${uniqueTag()}`;
    expect(await addTopicAction({}, form({ name }))).toMatchObject({ saved: true });
    expect(await addTopicAction({}, form({ name: name.toUpperCase() }))).toMatchObject({ errors: { name: `There is already a topic called “${name}”.` } });
    expect(await addTopicAction({}, form({ name: "" }))).toMatchObject({ errors: { name: "Please enter a name of at least 2 characters." } });
  });
});
