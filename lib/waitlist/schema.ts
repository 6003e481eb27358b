import { z } from "zod";
import { canonicalTimeZone } from "../format/zones";

const DAY_MS = 86_400_000;

/** How long a confirmation link works; an unconfirmed entry is gone after it. */
export const CONFIRM_WINDOW_MS = 7 * DAY_MS;
/** How long a confirmed entry waits for free time before it lapses (the 30 days). */
export const WAIT_MS = 30 * DAY_MS;
/** A second sign-up within this time of the last confirmation email sends none (the first link still works). */
export const RESEND_AFTER_MS = 60 * 60_000;
/** Ended entries (lapsed, or told of a slot) are kept this long, so a founder is not told of the same slot again. */
export const KEEP_ENDED_MS = 30 * DAY_MS;

const optionalText = z
  .string()
  .trim()
  .max(80)
  .transform((value) => value || undefined)
  .optional();

/**
 * The waitlist form: an email, and what the founder waits for (hidden fields
 * from the page it was shown on). A search entry must name a topic or a
 * language: one naming neither would be told of every mentor's free time.
 */
export const waitlistSignUpSchema = z
  .object({
    // Messages are keys of "waitlist.errors".
    email: z.string({ error: "emailMissing" }).trim().toLowerCase().max(254, "emailTooLong").pipe(z.email("emailInvalid")),
    mentor: optionalText,
    topic: optionalText,
    language: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
        .optional(),
    ),
    tz: z
      .string()
      .optional()
      .transform((zone) => canonicalTimeZone(zone) ?? undefined),
  })
  .refine((form) => (form.mentor ? !form.topic && !form.language : Boolean(form.topic || form.language)), { path: ["mentor"] });

export type WaitlistSignUp = z.infer<typeof waitlistSignUpSchema>;

export function readWaitlistForm(form: FormData) {
  const one = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return { email: one("email") ?? "", mentor: one("mentor"), topic: one("topic"), language: one("language"), tz: one("tz") };
}

/** The form token is bound to what the form waits for, so one page's token cannot sign a sign-up for another. */
export function waitlistFormSubject(target: { mentorId?: string; topic?: string; language?: string }): string {
  return target.mentorId ? `waitlist:mentor:${target.mentorId}` : `waitlist:search:${target.topic ?? ""}:${target.language ?? ""}`;
}
