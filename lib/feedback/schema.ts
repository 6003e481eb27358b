import { z } from "zod";
import type { FormState } from "../forms";
import { NEXT_STEPS } from "../format/feedback";

export const COMMENT_MAX = 1000;

/** What a founder says about a session; one schema for the server and the form's messages. */
export const feedbackSchema = z.object({
  usefulness: z.coerce
    .number({ error: "Please choose how useful the session was." })
    .int("Please choose how useful the session was.")
    .min(1, "Please choose how useful the session was.")
    .max(5, "Please choose how useful the session was."),
  nextStep: z.enum(NEXT_STEPS, { error: "Please tell us what happens next." }),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX, `Please keep your words under ${COMMENT_MAX} characters.`)
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
