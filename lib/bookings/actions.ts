"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { after } from "next/server";
import { z } from "zod";
import { checkBotDefences } from "../antibot/booking-checks";
import { consumeLimits, requestNetwork, waitLabel, withinLinkLimits, type LimitRule } from "../antibot/limits";
import { BOOKING_LIMITS, mailboxOf } from "../antibot/rate-limit";
import { config } from "../config";
import { flushOutbox } from "../email/sender";
import { fieldErrors, formValues } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { redirect as localisedRedirect } from "../i18n/navigation";
import { findBookableMentor } from "../mentors/data";
import { findMentorWithSlots, loadActiveTopics } from "../mentors/loaders";
import { findBookingIdByManageToken } from "./data";
import type { BookingFormState } from "./form-state";
import { isWellFormedToken } from "./links";
import { createBookingChallenge } from "./loaders";
import { cancelBooking, confirmBooking, holdSlot, moveBooking, type HoldFailure } from "./mutations";
import { offeredTimes } from "./offered-times";
import { bookingRequestSchema, readBookingForm, slotChoiceSchema } from "./schema";
import { formAction, stateAction } from "../safe-action";
import { actorFields, founderActor } from "../audit/actor";

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
const fieldsRefused = async (form: FormData, errors: BookingFormState["errors"]): Promise<BookingFormState> => ({
  message: (await getTranslations("booking.actions"))("fieldsMarked"),
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

const holdRefusals = { "too-many-pending": "tooManyPending", "already-sent": "alreadySent" } as const satisfies Partial<Record<HoldFailure, string>>;

/**
 * The booking form's action. In order: the form is for a bookable mentor and
 * time; the bot defences pass; the fields are valid; the sender is within their
 * limits; then the booking is made (held only when a proof of work came with
 * it) and a confirmation link emailed.
 */
export const submitBooking = stateAction(async (_previous: BookingFormState, form: FormData): Promise<BookingFormState> => {
  const now = new Date();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("booking.actions")]);
  const mentor = await findBookableMentor(String(form.get("mentor") ?? ""));
  const choice = slotChoiceSchema.safeParse({ start: form.get("start"), tz: form.get("tz") });
  if (!mentor || !choice.success) return refused(form, t("outOfDate"));
  const { start, tz } = choice.data;

  // The token is bound to the mentor, not the time: "choose another time" reuses the form.
  const defences = await checkBotDefences(form, mentor.id, now);
  if (!defences.ok) return refused(form, defences.message);

  const parsed = bookingRequestSchema.safeParse(readBookingForm(form));
  if (!parsed.success) return fieldsRefused(form, fieldErrors(parsed.error, await errorTranslator("booking.errors")));
  const request = parsed.data;
  const activeTopics = new Set((await loadActiveTopics()).map((topic) => topic.id));
  if (request.topics.some((topic) => !activeTopics.has(topic))) {
    return fieldsRefused(form, { topics: (await getTranslations("booking.errors"))("topicsUnknown") });
  }

  const limit = await consumeLimits(bookingLimits(await requestNetwork(), request.email, request.coFounders, defences.proven), now);
  if (!limit.ok) return refused(form, t("tooMany", { wait: waitLabel(limit.retryAfterMs, locale) }));

  const result = await holdSlot({ ...request, mentorId: mentor.id, startsAt: start, timeZone: tz, locale, hold: defences.proven, spend: defences.spend }, now);
  // No revalidation on failure: the form must stay on screen with what was typed.
  if (!result.ok) {
    if (result.reason === "mentor-unavailable") return refused(form, t("mentorUnavailable", { mentor: mentor.displayName }));
    if (result.reason === "too-many-pending" || result.reason === "already-sent") return refused(form, t(holdRefusals[result.reason]));
    const alternatives = offeredTimes((await findMentorWithSlots(mentor.slug))?.slots ?? [], tz, locale);
    const reason = result.reason === "taken" ? "taken" : "gone";
    return {
      message: alternatives.length ? t("slotLostChooseAnother", { reason }) : t("slotLostNoOthers", { reason, mentor: mentor.displayName }),
      errors: { start: t("slotLost", { reason }) },
      values: keptValues(form),
      alternatives,
    };
  }
  after(flushOutbox);
  return localisedRedirect({
    href: { pathname: "/bookings/requested", query: { mentor: mentor.slug, ...(result.held ? {} : { held: "0" }) } },
    locale,
  });
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
