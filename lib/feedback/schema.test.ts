import { describe, expect, it } from "vitest";
import { feedbackSchema, readFeedbackForm } from "./schema";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return readFeedbackForm(data);
};

describe("feedbackSchema", () => {
  it("reads a full answer, and an empty comment as none", () => {
    expect(feedbackSchema.parse(form({ usefulness: "4", nextStep: "incorporating", comment: "  Thank you!  ", quoteConsent: "yes" }))).toEqual({
      usefulness: 4,
      nextStep: "incorporating",
      comment: "Thank you!",
      quoteConsent: true,
    });
    expect(feedbackSchema.parse(form({ usefulness: "1", nextStep: "decided_not", comment: "   " }))).toEqual({
      usefulness: 1,
      nextStep: "decided_not",
      comment: null,
      quoteConsent: false,
    });
  });

  it("says what is missing or out of range, field by field", () => {
    for (const usefulness of ["0", "6", "2.5", "x", ""]) {
      const result = feedbackSchema.safeParse(form({ usefulness, nextStep: "still_exploring" }));
      expect(result.success, usefulness).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["usefulness"]);
    }
    const noStep = feedbackSchema.safeParse(form({ usefulness: "3" }));
    expect(noStep.error?.issues.map((issue) => issue.message)).toEqual(["nextStep"]);
    expect(feedbackSchema.safeParse(form({ usefulness: "3", nextStep: "sell_out" })).success).toBe(false);
    expect(feedbackSchema.safeParse(form({ usefulness: "3", nextStep: "another_session", comment: "x".repeat(1001) })).success).toBe(false);
    expect(feedbackSchema.safeParse(form({ usefulness: "3", nextStep: "another_session", quoteConsent: "sure" })).success).toBe(false);
  });
});
