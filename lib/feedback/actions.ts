"use server";

import { withinLinkLimits } from "../antibot/limits";
import type { Route } from "next";
import { cookies } from "next/headers";
import { redirect as navigate } from "next/navigation";
import { z } from "zod";
import { findBookingIdByManageToken } from "../bookings/data";
import { isOutcomeKey, isWellFormedToken } from "../bookings/links";
import { config } from "../config";
import { fieldErrors, formValues } from "../forms";
import { formAction, stateAction } from "../safe-action";
import { bookingIdSchema } from "../sessions/schema";
import { findFeedbackSession } from "./data";
import { markOutcomeFromLink, saveFeedback } from "./mutations";
import { prefillCookieValue, PREFILL_COOKIE, PREFILL_MAX_AGE_SECONDS } from "./prefill";
import { feedbackSchema, outcomeMarkSchema, readFeedbackForm, type FeedbackFormState } from "./schema";

function redirect(path: string): never {
  return navigate(path as Route);
}

const feedbackPath = (token: string, done?: string) => `/bookings/manage/${token}/feedback${done ? `?done=${done}` : ""}`;

export const submitFeedback = stateAction(async (_previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> => {
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/mentors");
  const found = await findBookingIdByManageToken(token);
  if (!found) redirect(`/bookings/manage/${token}?done=not-found`);
  const parsed = feedbackSchema.safeParse(readFeedbackForm(form));
  if (!parsed.success) return { message: "Please check the answers marked below.", errors: fieldErrors(parsed.error), values: formValues(form) };
  if (!(await withinLinkLimits("booking", token)))
    return { message: "Too many tries from here for now. Please try again in a little while.", values: formValues(form) };
  const result = await saveFeedback(found.id, parsed.data);
  if (result === "not-yet") return { message: "You can tell us how it went once the session is over.", values: formValues(form) };
  if (result === "not-held") return { message: "This session did not take place, so there is nothing to rate." };
  redirect(feedbackPath(token, result === "saved" ? "thanks" : "already"));
});

const followUpSchema = z.discriminatedUnion("with", [
  z.object({ with: z.literal("same"), start: z.iso.datetime({ offset: true }) }),
  z.object({
    with: z.literal("other"),
    topic: z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/)
      .optional(),
  }),
]);

/**
 * "Book a follow-up" and "meet someone else": the founder's own click leaves a
 * short-lived cookie so the next booking form is filled in with their details,
 * then takes them to that form or to the directory.
 */
export const startFollowUp = formAction(async (form: FormData) => {
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/mentors");
  const session = await findFeedbackSession(token);
  if (!session) redirect(`/bookings/manage/${token}?done=not-found`);
  const choice = followUpSchema.safeParse({ with: form.get("with"), start: form.get("start") ?? undefined, topic: form.get("topic") || undefined });
  if (!choice.success) redirect(feedbackPath(token, "choose"));
  (await cookies()).set(PREFILL_COOKIE, prefillCookieValue(config.secret, session.id, new Date()), {
    path: "/",
    maxAge: PREFILL_MAX_AGE_SECONDS,
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.startsWith("https:"),
  });
  if (choice.data.with === "same") {
    const query = new URLSearchParams({ start: new Date(choice.data.start).toISOString(), tz: session.founderTimeZone });
    redirect(`/mentors/${session.mentor.slug}/book?${query}`);
  }
  redirect(choice.data.topic ? `/mentors?topic=${choice.data.topic}` : "/mentors");
});

export const markOutcomeFromEmail = formAction(async (form: FormData) => {
  const bookingId = bookingIdSchema.safeParse(form.get("bookingId"));
  const key = form.get("key");
  if (!bookingId.success || typeof key !== "string" || !isOutcomeKey(config.secret, bookingId.data, key)) redirect("/");
  const back: (done: string) => never = (done) => redirect(`/sessions/${bookingId.data}/outcome/${key}?done=${done}`);
  const mark = outcomeMarkSchema.safeParse(form.get("mark"));
  if (!mark.success) back("choose");
  if (!(await withinLinkLimits("booking", key))) back("busy");
  back((await markOutcomeFromLink(bookingId.data, mark.data)) ? mark.data : "unchanged");
});
