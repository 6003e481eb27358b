"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { after } from "next/server";
import { checkFormToken, type FormTokenAge } from "../antibot/form-token";
import { HONEYPOT_FIELD, isHoneypotTripped } from "../antibot/honeypot";
import { consumeLimits, emailFormLimits, withinLinkLimits } from "../antibot/limits";
import { mailboxOf } from "../antibot/rate-limit";
import { isWellFormedToken } from "../bookings/links";
import { config } from "../config";
import { flushOutbox } from "../email/sender";
import { fieldErrors, formValues, type FormState } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { redirectInLanguage as redirect } from "../i18n/navigation";
import { findBookableMentor } from "../mentors/data";
import { loadActiveTopics } from "../mentors/loaders";
import { formAction, stateAction } from "../safe-action";
import { waitlistFormToken } from "./loaders";
import { confirmWaitlistEntry, signUpForWaitlist, unsubscribeFromWaitlists, type WaitlistTarget } from "./mutations";
import { readWaitlistForm, waitlistFormSubject, waitlistSignUpSchema } from "./schema";

export type WaitlistFormState = FormState<"email"> & {
  /** A fresh token when the page's own had lapsed (a cached page can be old). */
  formToken?: string;
};

/** Someone types an email in more than two seconds; a cached page's token may be a week old. */
const WAITLIST_FORM_AGE: FormTokenAge = { minAgeMs: 2_000, maxAgeMs: 7 * 86_400_000 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CHECK_EMAIL = "/waitlist/check-email";

/** One of the founder's pages, in the language they are reading. */
async function resolveTarget(fields: { mentor?: string; topic?: string; language?: string }): Promise<WaitlistTarget | null> {
  if (fields.mentor) {
    const mentor = await findBookableMentor(fields.mentor);
    return mentor ? { mentorId: mentor.id, mentorName: mentor.displayName } : null;
  }
  const topic = fields.topic ? (await loadActiveTopics()).find((candidate) => candidate.slug === fields.topic) : undefined;
  if (fields.topic && !topic) return null;
  return { topicId: topic?.id ?? null, topicName: topic?.name ?? null, language: fields.language ?? null };
}

/**
 * The waitlist form's action. Whether or not the address is already on the
 * list, it answers the same ("check your email"); only a first request (or one
 * whose email is over an hour old) sends anything, and only a confirmation.
 */
export const joinWaitlist = stateAction(async (_previous: WaitlistFormState, form: FormData): Promise<WaitlistFormState> => {
  const now = new Date();
  const locale = await getLocale();
  const t = await getTranslations("waitlist.actions");
  const values = formValues(form);
  const parsed = waitlistSignUpSchema.safeParse(readWaitlistForm(form));
  if (!parsed.success) {
    const email = fieldErrors(parsed.error, await errorTranslator("waitlist.errors")).email;
    return email ? { errors: { email }, values } : { message: t("outOfDate"), values };
  }
  const { email, tz, ...fields } = parsed.data;
  const target = await resolveTarget(fields);
  if (!target) return { message: t("outOfDate"), values };
  // A bot that fills the trap is told what everyone is told, and learns nothing.
  if (isHoneypotTripped(form.get(HONEYPOT_FIELD))) redirect(CHECK_EMAIL, locale);

  const tokenTarget = "mentorId" in target ? { mentorId: target.mentorId } : { topic: fields.topic, language: fields.language };
  const token = form.get("formToken");
  const check = checkFormToken(typeof token === "string" ? token : undefined, config.secret, waitlistFormSubject(tokenTarget), now, WAITLIST_FORM_AGE);
  if (check === "too-fast") return { message: t("tooFast"), values };
  if (check !== "ok") return { message: t("unverified"), values, formToken: waitlistFormToken(tokenTarget) };

  const limits = [
    ...(await emailFormLimits("waitlist", email, 10, 3)),
    { scope: "waitlist:email:day", identifier: mailboxOf(email), points: 6, windowMs: DAY },
  ];
  if (!(await consumeLimits(limits, now)).ok) return { message: t("tooMany"), values };

  await signUpForWaitlist({ email, timeZone: tz ?? config.defaultTimeZone, locale, target }, now);
  after(flushOutbox);
  redirect(CHECK_EMAIL, locale);
});

function linkToken(form: FormData): string | null {
  const token = form.get("token");
  return typeof token === "string" && isWellFormedToken(token) ? token : null;
}

export const confirmWaitlistAction = formAction(async (form: FormData) => {
  const locale = await getLocale();
  const token = linkToken(form);
  if (!token) redirect("/mentors", locale);
  if (!(await withinLinkLimits("waitlist", token))) redirect(`/waitlist/confirm/${token}?done=busy`, locale);
  const outcome = await confirmWaitlistEntry(token, new Date());
  if (outcome === "missing") redirect("/mentors", locale);
  redirect(`/waitlist/confirm/${token}?done=${outcome}`, locale);
});

export const unsubscribeWaitlistAction = formAction(async (form: FormData) => {
  const locale = await getLocale();
  const token = linkToken(form);
  if (!token) redirect("/mentors", locale);
  if (!(await withinLinkLimits("waitlist", token))) redirect(`/waitlist/unsubscribe/${token}?done=busy`, locale);
  await unsubscribeFromWaitlists(token);
  redirect(`/waitlist/unsubscribe/${token}?done=removed`, locale);
});
