import { describe, expect, it } from "vitest";
import { entryMatchesMentor, waitingFor } from "./matching";

const mentor = { id: "m1", topicIds: ["governance", "finance"], languages: ["en", "es"] };
const entry = (fields: Partial<{ mentorId: string; topicId: string; language: string }>) => ({
  mentorId: fields.mentorId ?? null,
  topicId: fields.topicId ?? null,
  language: fields.language ?? null,
});

describe("which waiting founders a mentor's free time goes to", () => {
  it("a mentor-page entry waits for that mentor alone", () => {
    expect(entryMatchesMentor(entry({ mentorId: "m1" }), mentor)).toBe(true);
    expect(entryMatchesMentor(entry({ mentorId: "m2" }), mentor)).toBe(false);
  });

  it("a search entry needs the topic and the language it named", () => {
    expect(entryMatchesMentor(entry({ topicId: "governance" }), mentor)).toBe(true);
    expect(entryMatchesMentor(entry({ language: "es" }), mentor)).toBe(true);
    expect(entryMatchesMentor(entry({ topicId: "governance", language: "es" }), mentor)).toBe(true);
    expect(entryMatchesMentor(entry({ topicId: "governance", language: "ja" }), mentor)).toBe(false);
    expect(entryMatchesMentor(entry({ topicId: "legal", language: "es" }), mentor)).toBe(false);
    expect(entryMatchesMentor(entry({}), mentor)).toBe(false);
  });

  it("first signed up is first, whatever order they were read in", () => {
    const at = (iso: string) => new Date(iso);
    const entries = [
      { id: "c", ...entry({ mentorId: "m1" }), createdAt: at("2031-01-03T00:00:00Z") },
      { id: "x", ...entry({ mentorId: "m2" }), createdAt: at("2031-01-01T00:00:00Z") },
      { id: "b", ...entry({ topicId: "finance" }), createdAt: at("2031-01-02T00:00:00Z") },
      { id: "a", ...entry({ language: "en" }), createdAt: at("2031-01-02T00:00:00Z") },
    ];
    expect(waitingFor(mentor, entries).map((row) => row.id)).toEqual(["a", "b", "c"]);
  });
});
