import { z } from "zod";
import type { FormState } from "../forms";
import { NEXT_STEPS } from "../format/feedback";

export const COMMENT_MAX = 1000;

/** What a founder says about a session; its messages are keys of "feedback.errors". */
export const feedbackSchema = z.object({
  usefulness: z.coerce.number({ error: "usefulness" }).int("usefulness").min(1, "usefulness").max(5, "usefulness"),
  nextStep: z.enum(NEXT_STEPS, { error: "nextStep" }),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX, "commentTooLong")
    .transform((value) => value || null),
  quoteConsent: z
    .union([z.literal("yes"), z.null()])
    .optional()
    .transform((value) => value === "yes"),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;
export type FeedbackField = keyof FeedbackInput;
export type FeedbackFormState = FormState<FeedbackField>;

export function readFeedbackForm(form: FormData) {
  return {
    usefulness: form.get("usefulness") ?? undefined,
    nextStep: form.get("nextStep") ?? undefined,
    comment: form.get("comment") ?? "",
    quoteConsent: form.get("quoteConsent"),
  };
}

export const outcomeMarkSchema = z.enum(["held", "no_show"]);
