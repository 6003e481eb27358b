import { describe, expect, it } from "vitest";
import type { DirectoryMentor } from "./data";
import { previewCard, profileFormValues, readFormValues } from "./profile-preview";

const saved: DirectoryMentor = {
  id: "m1",
  slug: "ada",
  displayName: "Ada",
  pronouns: null,
  headline: "Helped start a tech co-op",
  timeZone: "Europe/London",
  country: "GB",
  coopName: null,
  coopUrl: null,
  nextFreeAt: new Date("2027-01-01T09:00:00Z"),
  topics: [{ slug: "legal", name: "Legal" }],
  languages: ["en"],
};
const topics = [
  { id: "t1", slug: "legal", name: "Legal" },
  { id: "t2", slug: "finance", name: "Finance" },
  { id: "t3", slug: "culture", name: "Culture" },
];

describe("previewCard", () => {
  it("shows what is typed, topics in the organisers' order", () => {
    const card = previewCard(
      saved,
      { displayName: " Ada L. ", pronouns: "she/her", headline: "New line", coopName: "Engines", country: "PT", topics: ["t3", "t1"], languages: ["pt", "en"] },
      topics,
    );
    expect(card).toMatchObject({
      slug: "ada",
      displayName: "Ada L.",
      pronouns: "she/her",
      headline: "New line",
      coopName: "Engines",
      country: "PT",
      languages: ["en", "pt"],
      topics: [
        { slug: "legal", name: "Legal" },
        { slug: "culture", name: "Culture" },
      ],
      nextFreeAt: saved.nextFreeAt,
    });
  });

  it("stands in for cleared fields and accepts single values", () => {
    const card = previewCard(saved, { displayName: "", headline: "  ", pronouns: "", topics: "t2", languages: "es" }, topics);
    expect(card).toMatchObject({
      displayName: "Your name",
      headline: "Your headline",
      pronouns: null,
      topics: [{ slug: "finance", name: "Finance" }],
      languages: ["es"],
      country: "GB",
    });
  });

  it("round-trips a saved profile through the form's values", () => {
    const values = profileFormValues({ ...saved, bio: "Bio", meetingUrl: null, topicIds: ["t1"] });
    expect(values).toMatchObject({ pronouns: "", topics: ["t1"], languages: ["en"], meetingUrl: "" });
    expect(previewCard(saved, values, topics)).toEqual({ ...saved });
  });
});

describe("readFormValues", () => {
  it("keeps lists for topics and languages, even with one choice", () => {
    const form = new FormData();
    form.append("displayName", "Ada");
    form.append("topics", "t1");
    form.append("languages", "en");
    form.append("languages", "pt");
    expect(readFormValues(form)).toEqual({ displayName: "Ada", topics: ["t1"], languages: ["en", "pt"] });
  });
});
