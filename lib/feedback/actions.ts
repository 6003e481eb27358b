"use server";

import { withinLinkLimits } from "../antibot/limits";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { findBookingIdByManageToken } from "../bookings/data";
import { isOutcomeKey, isWellFormedToken } from "../bookings/links";
import { config } from "../config";
import { fieldErrors, formValues } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { redirectInLanguage as redirect } from "../i18n/navigation";
import { formAction, stateAction } from "../safe-action";
import { bookingIdSchema } from "../sessions/schema";
import { findFeedbackSession } from "./data";
import { markOutcomeFromLink, saveFeedback } from "./mutations";
import { prefillCookieValue, PREFILL_COOKIE, PREFILL_MAX_AGE_SECONDS } from "./prefill";
import { feedbackSchema, outcomeMarkSchema, readFeedbackForm, type FeedbackFormState } from "./schema";

/** One of our pages, in the language the founder (or volunteer) is reading. */
const feedbackPath = (token: string, done?: string) => `/bookings/manage/${token}/feedback${done ? `?done=${done}` : ""}`;

export const submitFeedback = stateAction(async (_previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> => {
  const locale = await getLocale();
  const t = await getTranslations("feedback.actions");
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/mentors", locale);
  const found = await findBookingIdByManageToken(token);
  if (!found) redirect(`/bookings/manage/${token}?done=not-found`, locale);
  const parsed = feedbackSchema.safeParse(readFeedbackForm(form));
  if (!parsed.success) return { message: t("check"), errors: fieldErrors(parsed.error, await errorTranslator("feedback.errors")), values: formValues(form) };
  if (!(await withinLinkLimits("booking", token))) return { message: t("busy"), values: formValues(form) };
  const result = await saveFeedback(found.id, parsed.data);
  if (result === "not-yet") return { message: t("notYet"), values: formValues(form) };
  if (result === "not-held") return { message: t("notHeld") };
  redirect(feedbackPath(token, result === "saved" ? "thanks" : "already"), locale);
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
  const locale = await getLocale();
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/mentors", locale);
  const session = await findFeedbackSession(token);
  if (!session) redirect(`/bookings/manage/${token}?done=not-found`, locale);
  const choice = followUpSchema.safeParse({ with: form.get("with"), start: form.get("start") ?? undefined, topic: form.get("topic") || undefined });
  if (!choice.success) redirect(feedbackPath(token, "choose"), locale);
  (await cookies()).set(PREFILL_COOKIE, prefillCookieValue(config.secret, session.id, new Date()), {
    path: "/",
    maxAge: PREFILL_MAX_AGE_SECONDS,
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.startsWith("https:"),
  });
  if (choice.data.with === "same") {
    const query = new URLSearchParams({ start: new Date(choice.data.start).toISOString(), tz: session.founderTimeZone });
    redirect(`/mentors/${session.mentor.slug}/book?${query}`, locale);
  }
  redirect(choice.data.topic ? `/mentors?topic=${choice.data.topic}` : "/mentors", locale);
});

export const markOutcomeFromEmail = formAction(async (form: FormData) => {
  const locale = await getLocale();
  const bookingId = bookingIdSchema.safeParse(form.get("bookingId"));
  const key = form.get("key");
  if (!bookingId.success || typeof key !== "string" || !isOutcomeKey(config.secret, bookingId.data, key)) redirect("/", locale);
  const back: (done: string) => never = (done) => redirect(`/sessions/${bookingId.data}/outcome/${key}?done=${done}`, locale);
  const mark = outcomeMarkSchema.safeParse(form.get("mark"));
  if (!mark.success) back("choose");
  if (!(await withinLinkLimits("booking", key))) back("busy");
  back((await markOutcomeFromLink(bookingId.data, mark.data)) ? mark.data : "unchanged");
});
