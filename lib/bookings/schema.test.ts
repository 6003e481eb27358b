import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrors } from "../forms";
import en from "../i18n/messages/en.json";
import es from "../i18n/messages/es.json";
import { bookingRequestSchema, slotChoiceSchema } from "./schema";

// The schema's messages are keys of "booking.errors"; these read them as a founder does.
const translator = (messages: typeof en, locale: "en" | "es") => {
  const t = createTranslator({ locale, messages, namespace: "booking.errors" });
  return (key: string, values: Record<string, string | number>) => (t.has(key as never) ? t(key as never, values as never) : key);
};
const inEnglish = (error: z.ZodError | undefined) => (error ? fieldErrors(error, translator(en, "en")) : undefined);

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
    // Each wrong field gives one issue, read as the founder reads it.
    const error = (typed: string) => {
      const failed = bookingRequestSchema.safeParse({ ...valid, coFounders: typed }).error;
      return failed && { issues: failed.issues.map((issue) => issue.path[0]), ...inEnglish(failed) };
    };
    expect(error("bo@example.org, not-an-address")).toEqual({
      issues: ["coFounders"],
      coFounders: "“not-an-address” is not an email address. Separate addresses with commas.",
    });
    expect(error("a@x.org b@x.org c@x.org d@x.org e@x.org")).toEqual({ issues: ["coFounders"], coFounders: "Please add up to 4 co-founders." });
    expect(error(`${"x".repeat(250)}@example.org`)?.issues).toEqual(["coFounders"]);
    // A megabyte of addresses is refused by its length, before it is split.
    expect(error("a@x.org,".repeat(130_000))).toEqual({ issues: ["coFounders"], coFounders: "That is too long for 4 email addresses." });
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
    const fields = inEnglish(result.error);
    expect(fields).toMatchObject({
      email: "Please enter an email address like name@example.org.",
      country: "Please choose your country.",
      topics: "Please choose at least one topic.",
      stage: "Please tell us where your co-op is.",
      message: "Please keep what you would like to talk about under 1000 characters.",
      consent: "Please agree so that we can pass your details to your mentor.",
    });
    expect(inEnglish(bookingRequestSchema.safeParse({ ...valid, topics: ["a", "b", "c", "d"] }).error)).toEqual({
      topics: "Please choose up to three topics.",
    });
  });

  it("has its messages in Spanish too, with the same figures", () => {
    const result = bookingRequestSchema.safeParse({ ...valid, name: "x".repeat(101), coFounders: "bo@example.org, nope" });
    expect(fieldErrors(result.error!, translator(es as typeof en, "es"))).toEqual({
      name: "Tu nombre debe tener menos de 100 caracteres.",
      coFounders: "«nope» no es una dirección de correo. Separa las direcciones con comas.",
    });
  });
});

describe("slotChoiceSchema", () => {
  it("takes an exact instant and a real zone", () => {
    expect(slotChoiceSchema.parse({ start: "2026-12-01T09:00:00.000Z", tz: "Asia/Tokyo" }).start.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(slotChoiceSchema.safeParse({ start: "tomorrow", tz: "Asia/Tokyo" }).success).toBe(false);
    expect(slotChoiceSchema.safeParse({ start: "2026-12-01T09:00:00.000Z", tz: "Moon/Base" }).success).toBe(false);
  });
});
