"use server";

import { getLocale } from "next-intl/server";
import type { Route } from "next";
import { redirect as navigate } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { checkBotDefences } from "../antibot/booking-checks";
import { consumeLimits, requestNetwork, waitLabel, withinLinkLimits, type LimitRule } from "../antibot/limits";
import { BOOKING_LIMITS, mailboxOf } from "../antibot/rate-limit";
import { config } from "../config";
import { flushOutbox } from "../email/sender";
import { fieldErrors, formValues } from "../forms";
import { findBookableMentor } from "../mentors/data";
import { findMentorWithSlots, loadActiveTopics } from "../mentors/loaders";
import { redirect as localisedRedirect } from "../i18n/navigation";
import { findBookingIdByManageToken } from "./data";
import type { BookingFormState } from "./form-state";
import { isWellFormedToken } from "./links";
import { createBookingChallenge } from "./loaders";
import { cancelBooking, confirmBooking, holdSlot, moveBooking, type HoldFailure } from "./mutations";
import { offeredTimes } from "./offered-times";
import { bookingRequestSchema, readBookingForm, slotChoiceSchema } from "./schema";
import { formAction, stateAction } from "../safe-action";
import { actorFields, founderActor } from "../audit/actor";

/** Redirects to one of our own pages built from parts. */
function redirect(path: string): never {
  return navigate(path as Route);
}

function keptValues(form: FormData): BookingFormState["values"] {
  const { topics, consent, ...text } = formValues(form);
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return {
    name: one(text.name),
    email: one(text.email),
    coFounders: one(text.coFounders),
    country: one(text.country),
    stage: one(text.stage),
    message: one(text.message),
    topics: topics === undefined ? [] : ([] as string[]).concat(topics),
    consent: one(consent) === "yes",
  };
}

const refused = (form: FormData, message: string): BookingFormState => ({ message, values: keptValues(form) });
const fieldsRefused = (form: FormData, errors: BookingFormState["errors"]): BookingFormState => ({
  message: "Please correct the fields marked below.",
  errors,
  values: keptValues(form),
});

function bookingLimits(network: string, email: string, coFounders: readonly string[], proven: boolean): LimitRule[] {
  return [
    { ...BOOKING_LIMITS.perIp, points: config.bookingLimitPerIp, identifier: network },
    { ...BOOKING_LIMITS.perEmail, identifier: mailboxOf(email) },
    // Co-founders are mailed the invite: an address cannot be added to more sessions than it could book itself.
    ...coFounders.map((address) => ({ ...BOOKING_LIMITS.perCoFounder, identifier: mailboxOf(address) })),
    // Forms sent without a proof of work (no JavaScript) get a third of the allowance.
    ...(proven
      ? []
      : [{ ...BOOKING_LIMITS.perIp, scope: "booking:ip:no-script", points: Math.max(1, Math.floor(config.bookingLimitPerIp / 3)), identifier: network }]),
  ];
}

const holdRefusals: Partial<Record<HoldFailure, string>> = {
  "too-many-pending": "You already have bookings waiting for confirmation. Please confirm them from your email first.",
  "already-sent": "This form was already sent. Please reload the page and try again.",
};

/**
 * The booking form's action. In order: the form is for a bookable mentor and
 * time; the bot defences pass; the fields are valid; the sender is within their
 * limits; then the booking is made (held only when a proof of work came with
 * it) and a confirmation link emailed.
 */
export const submitBooking = stateAction(async (_previous: BookingFormState, form: FormData): Promise<BookingFormState> => {
  const now = new Date();
  const mentor = await findBookableMentor(String(form.get("mentor") ?? ""));
  const choice = slotChoiceSchema.safeParse({ start: form.get("start"), tz: form.get("tz") });
  if (!mentor || !choice.success) return refused(form, "This booking form is out of date. Please go back to the mentor's page and pick a time again.");
  const { start, tz } = choice.data;

  // The token is bound to the mentor, not the time: "choose another time" reuses the form.
  const defences = await checkBotDefences(form, mentor.id, now);
  if (!defences.ok) return refused(form, defences.message);

  const parsed = bookingRequestSchema.safeParse(readBookingForm(form));
  if (!parsed.success) return fieldsRefused(form, fieldErrors(parsed.error));
  const request = parsed.data;
  const activeTopics = new Set((await loadActiveTopics()).map((topic) => topic.id));
  if (request.topics.some((topic) => !activeTopics.has(topic))) return fieldsRefused(form, { topics: "Please choose from the topics listed." });

  const limit = await consumeLimits(bookingLimits(await requestNetwork(), request.email, request.coFounders, defences.proven), now);
  if (!limit.ok) return refused(form, `Too many bookings from here for now. Please try again in ${waitLabel(limit.retryAfterMs)}.`);

  const result = await holdSlot(
    { ...request, mentorId: mentor.id, startsAt: start, timeZone: tz, locale: await getLocale(), hold: defences.proven, spend: defences.spend },
    now,
  );
  // No revalidation on failure: the form must stay on screen with what was typed.
  if (!result.ok) {
    if (result.reason === "mentor-unavailable") return refused(form, `${mentor.displayName} is not taking bookings at the moment.`);
    const plain = holdRefusals[result.reason];
    if (plain) return refused(form, plain);
    const alternatives = offeredTimes((await findMentorWithSlots(mentor.slug))?.slots ?? [], tz);
    const message = result.reason === "taken" ? "Sorry, someone has just taken that time." : "Sorry, that time is no longer available.";
    return {
      message: alternatives.length
        ? `${message} Please choose another time below; your details are kept.`
        : `${message} ${mentor.displayName} has no other free times right now.`,
      errors: { start: message },
      values: keptValues(form),
      alternatives,
    };
  }
  after(flushOutbox);
  redirect(`/bookings/requested?mentor=${encodeURIComponent(mentor.slug)}${result.held ? "" : "&held=0"}`);
});

/** A new proof-of-work challenge for a form sent again (its first one is spent once it reaches a booking). */
export async function freshBookingChallenge() {
  return createBookingChallenge();
}

/** Emailed links act at most this often, per network and per booking: each action can email two people. */
const confirmSchema = z.object({
  token: z.string().refine(isWellFormedToken),
  start: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
});

export const confirmBookingAction = formAction(async (form: FormData) => {
  const back: FounderRedirect = await founderRedirect();
  const parsed = confirmSchema.safeParse({ token: form.get("token"), start: form.get("start") ?? undefined });
  if (!parsed.success) {
    const token = form.get("token");
    if (typeof token === "string" && isWellFormedToken(token)) back(`/bookings/confirm/${token}?done=choose`);
    back("/mentors");
  }
  const { token, start } = parsed.data;
  if (!(await withinLinkLimits("booking", token))) back(`/bookings/confirm/${token}?done=busy`);
  const result = await confirmBooking(token, new Date(), start);
  if (result.ok) {
    after(flushOutbox);
  }
  back(`/bookings/confirm/${token}?done=${result.ok ? "confirmed" : result.reason}`);
});

const cancelSchema = z.object({
  token: z.string().refine(isWellFormedToken),
  reason: z
    .string()
    .trim()
    .max(500)
    .transform((value) => value || null),
});

type FounderRedirect = (path: string) => never;

/** A redirect to the founder's page in the language they are reading; an emailed link's pages keep it. */
async function founderRedirect(): Promise<FounderRedirect> {
  const locale = await getLocale();
  return (path) => localisedRedirect({ href: path, locale });
}

async function founderBooking(token: unknown, back: FounderRedirect) {
  const text = typeof token === "string" ? token : "";
  const found = isWellFormedToken(text) ? await findBookingIdByManageToken(text) : null;
  if (!found) back(isWellFormedToken(text) ? `/bookings/manage/${text}?done=not-found` : "/mentors");
  return { token: text, found };
}

export const cancelBookingAction = formAction(async (form: FormData) => {
  const back: FounderRedirect = await founderRedirect();
  const { token, found } = await founderBooking(form.get("token"), back);
  const parsed = cancelSchema.safeParse({ token, reason: form.get("reason") ?? "" });
  if (!parsed.success) back(`/bookings/manage/${token}?done=invalid`);
  if (!(await withinLinkLimits("booking", token))) back(`/bookings/manage/${token}?done=busy`);
  const result = await cancelBooking(found.id, { role: "founder", ...actorFields(founderActor(found.founderEmail)) }, parsed.data.reason);
  after(flushOutbox);
  back(`/bookings/manage/${token}?done=${result.ok ? "cancelled" : result.reason}`);
});

export const moveBookingAction = formAction(async (form: FormData) => {
  const back: FounderRedirect = await founderRedirect();
  const { token, found } = await founderBooking(form.get("token"), back);
  const start = z.iso.datetime({ offset: true }).safeParse(form.get("start"));
  if (!start.success) back(`/bookings/manage/${token}?done=choose`);
  if (!(await withinLinkLimits("booking", token))) back(`/bookings/manage/${token}?done=busy`);
  const result = await moveBooking(found.id, new Date(start.data));
  after(flushOutbox);
  back(`/bookings/manage/${token}?done=${result.ok ? "moved" : result.reason}`);
});
