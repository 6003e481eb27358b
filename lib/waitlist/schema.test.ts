import { describe, expect, it } from "vitest";
import { waitlistFormSubject, waitlistSignUpSchema } from "./schema";

const parse = (fields: Record<string, string | undefined>) => waitlistSignUpSchema.safeParse({ email: "Ada@Example.org ", ...fields });

describe("the waitlist form's fields", () => {
  it("wait for one mentor, or for a search's topic and/or language, never both and never nothing", () => {
    expect(parse({ mentor: "rosa" }).data).toMatchObject({ email: "ada@example.org", mentor: "rosa" });
    expect(parse({ topic: "governance" }).success).toBe(true);
    expect(parse({ language: "pt-BR" }).success).toBe(true);
    expect(parse({ topic: "governance", language: "es" }).success).toBe(true);
    expect(parse({}).success).toBe(false);
    expect(parse({ topic: " ", language: "" }).success).toBe(false);
    expect(parse({ mentor: "rosa", topic: "governance" }).success).toBe(false);
    expect(parse({ language: "<script>" }).success).toBe(false);
  });

  it("keep the zone only when it is a real one, in its canonical spelling", () => {
    expect(parse({ mentor: "rosa", tz: "europe/london" }).data?.tz).toBe("Europe/London");
    expect(parse({ mentor: "rosa", tz: "UTC+5" }).data?.tz).toBeUndefined();
  });

  it("refuse what is not an email address", () => {
    const result = parse({ mentor: "rosa", email: "not an address" });
    expect(result.error?.issues[0]?.path).toEqual(["email"]);
  });

  it("bind the form token to what the form waits for", () => {
    expect(waitlistFormSubject({ mentorId: "m1" })).not.toBe(waitlistFormSubject({ mentorId: "m2" }));
    expect(waitlistFormSubject({ topic: "governance" })).not.toBe(waitlistFormSubject({ topic: "governance", language: "es" }));
  });
});
