import { describe, expect, it } from "vitest";
import { applicationSchema, profileSchema, slugify } from "./profile-schema";

const valid = {
  displayName: "Ada Lovelace",
  pronouns: "",
  headline: "Helped start a tech co-op",
  bio: "I have been a member of a worker co-op for ten years.",
  timeZone: "Europe/London",
  country: "gb",
  languages: ["en", "pt-br", "en"],
  topics: ["t1"],
  coopName: "Analytical Engines Co-op",
  coopUrl: "https://engines.example.coop",
  meetingUrl: "",
};

describe("profileSchema", () => {
  it("normalises what volunteers type", () => {
    expect(profileSchema.parse(valid)).toMatchObject({ pronouns: null, country: "GB", languages: ["en", "pt-BR"], meetingUrl: null });
  });

  it("explains each problem on its field", () => {
    const result = profileSchema.safeParse({ ...valid, headline: "short", coopUrl: "javascript:alert(1)", timeZone: "Mars/Base", languages: [] });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(fields).toMatchObject({
      headline: "headlineTooShort",
      coopUrl: "coopUrlNotHttps",
      timeZone: "timeZoneMissing",
      languages: "languagesMissing",
    });
  });

  it("asks applicants for an email and their reasons", () => {
    expect(applicationSchema.safeParse(valid).success).toBe(false);
    expect(applicationSchema.parse({ ...valid, email: " Ada@Example.org ", application: "I want to pass on what I learned." }).email).toBe("ada@example.org");
  });
});

describe("slugify", () => {
  it("makes readable, safe slugs", () => {
    expect(slugify("Lucía Ferreyra")).toBe("lucia-ferreyra");
    expect(slugify('  Tainá  "Tai" Reis ')).toBe("taina-tai-reis");
    expect(slugify("山田")).toBe("volunteer");
  });
});

describe("links in a profile", () => {
  it("are stored as a URL parser writes them, whatever the case of scheme and host", () => {
    const parsed = profileSchema.parse({ ...valid, meetingUrl: "HTTPS://MEET.Example.COOP/Room-4", coopUrl: "https://engines.example.coop/café" });
    expect(parsed.meetingUrl).toBe("https://meet.example.coop/Room-4");
    expect(parsed.coopUrl).toBe("https://engines.example.coop/caf%C3%A9");
  });

  it("are refused, not thrown on, when they cannot be parsed", () => {
    const result = profileSchema.safeParse({ ...valid, meetingUrl: "https://[not-a-host/" });
    expect(result.success).toBe(false);
  });
});
