import { describe, expect, it } from "vitest";
import { bookingRequestSchema, slotChoiceSchema } from "./schema";

const valid = {
  name: " Ada ",
  email: " Ada@Example.org ",
  country: "ng",
  topics: ["t1", "t1", "t2"],
  stage: "idea",
  message: "How do we start?",
  consent: "yes",
};

describe("bookingRequestSchema", () => {
  it("normalises input and counts a repeated topic once", () => {
    expect(bookingRequestSchema.parse(valid)).toEqual({ ...valid, name: "Ada", email: "ada@example.org", coFounders: [], country: "NG", topics: ["t1", "t2"] });
  });

  it("reads up to four co-founders however they are separated, once each, leaving out the founder's own address", () => {
    const coFounders = (typed: string) => bookingRequestSchema.parse({ ...valid, coFounders: typed }).coFounders;
    expect(coFounders("")).toEqual([]);
    expect(coFounders(" Bo@Example.org, cy@example.org;\ndee@example.org  bo@example.org ")).toEqual(["bo@example.org", "cy@example.org", "dee@example.org"]);
    expect(coFounders("ada@example.org, bo@example.org, ada+cofounder@example.org")).toEqual(["bo@example.org"]);
    // One mailbox is one co-founder, however it is spelt.
    expect(coFounders("bo+1@example.org bo+2@example.org BO@example.org")).toEqual(["bo+1@example.org"]);
    const error = (typed: string) =>
      bookingRequestSchema.safeParse({ ...valid, coFounders: typed }).error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(error("bo@example.org, not-an-address")).toEqual([["coFounders", "“not-an-address” is not an email address. Separate addresses with commas."]]);
    expect(error("a@x.org b@x.org c@x.org d@x.org e@x.org")).toEqual([["coFounders", "Please add up to 4 co-founders."]]);
    expect(error(`${"x".repeat(250)}@example.org`)?.[0]?.[0]).toBe("coFounders");
    // A megabyte of addresses is refused by its length, before it is split.
    expect(error("a@x.org,".repeat(130_000))).toEqual([["coFounders", "That is too long for 4 email addresses."]]);
  });

  it("gives a message for each field that is wrong", () => {
    const result = bookingRequestSchema.safeParse({
      ...valid,
      email: "nope",
      country: "XX",
      topics: [],
      stage: "unknown",
      message: "x".repeat(1001),
      consent: null,
    });
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(fields).toMatchObject({
      email: "Please enter an email address like name@example.org.",
      country: "Please choose your country.",
      topics: "Please choose at least one topic.",
      stage: "Please tell us where your co-op is.",
      message: "Please keep what you would like to talk about under 1000 characters.",
      consent: "Please agree so that we can pass your details to your mentor.",
    });
    expect(bookingRequestSchema.safeParse({ ...valid, topics: ["a", "b", "c", "d"] }).error?.issues[0]?.message).toBe("Please choose up to three topics.");
  });
});

describe("slotChoiceSchema", () => {
  it("takes an exact instant and a real zone", () => {
    expect(slotChoiceSchema.parse({ start: "2026-12-01T09:00:00.000Z", tz: "Asia/Tokyo" }).start.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(slotChoiceSchema.safeParse({ start: "tomorrow", tz: "Asia/Tokyo" }).success).toBe(false);
    expect(slotChoiceSchema.safeParse({ start: "2026-12-01T09:00:00.000Z", tz: "Moon/Base" }).success).toBe(false);
  });
});
