import { describe, expect, it } from "vitest";
import { calDavSchema, feedSchema } from "./schema";

describe("calendar forms", () => {
  it("accepts an https or webcal address, rewriting webcal", () => {
    expect(feedSchema(false).parse({ label: " Work ", url: "webcal://cal.example.org/k.ics" })).toEqual({
      label: "Work",
      url: "https://cal.example.org/k.ics",
    });
  });

  it("refuses plain http unless private hosts are allowed, and addresses with credentials in them", () => {
    expect(feedSchema(false).safeParse({ label: "Work", url: "http://cal.example.org/k.ics" }).success).toBe(false);
    expect(feedSchema(true).safeParse({ label: "Work", url: "http://cal.example.org/k.ics" }).success).toBe(true);
    expect(feedSchema(false).safeParse({ label: "Work", url: "https://me:pw@cal.example.org/k.ics" }).success).toBe(false);
    expect(feedSchema(false).safeParse({ label: "Work", url: "file:///etc/passwd" }).success).toBe(false);
  });

  it("needs a name, a server, a user and an app password for CalDAV", () => {
    const result = calDavSchema(false).safeParse({ label: "", server: "", user: "", password: "" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(["label", "password", "server", "user"]);
  });
});
