"use server";

import { revalidatePath } from "next/cache";
import type { Route } from "next";
import { redirect as navigate } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { BOOKING_FORM_AGE, checkFormToken } from "../antibot/form-token";
import { isHoneypotTripped, HONEYPOT_FIELD } from "../antibot/honeypot";
import { consumeRateLimit, spendChallenge } from "../antibot/mutations";
import { createChallenge, verifySolution } from "../antibot/proof-of-work";
import { BOOKING_LIMITS, mailboxOf, networkOf, rateLimitKey } from "../antibot/rate-limit";
import { config } from "../config";
import { flushOutbox } from "../email/sender";
import { formatRange, zoneLabel } from "../format/time";
import { clientAddress } from "../http/client-address";
import { refreshDueNextFreeSlots } from "../availability/mutations";
import { findBookableMentor } from "../mentors/data";
import { findMentorWithSlots, loadActiveTopics } from "../mentors/loaders";
import type { BookingFormState } from "./form-state";
import { findBookingIdByManageToken } from "./data";
import { isWellFormedToken } from "./links";
import { cancelBooking, confirmBooking, holdSlot, moveBooking } from "./mutations";
import { bookingRequestSchema, readBookingForm, slotChoiceSchema } from "./schema";

/** Without JavaScript there is no proof of work, so the form must have been open longer. */
const NO_SCRIPT_MIN_AGE_MS = 10_000;

function keptValues(form: FormData): BookingFormState["values"] {
  const text = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : undefined);
  return {
    name: text("name"),
    email: text("email"),
    country: text("country"),
    topics: form.getAll("topics").filter((value): value is string => typeof value === "string"),
    stage: text("stage"),
    message: text("message"),
    consent: form.get("consent") === "yes",
  };
}

/** Redirects to one of our own pages built from parts. */
function redirect(path: string): never {
  return navigate(path as Route);
}

const refused = (form: FormData, message: string): BookingFormState => ({ message, values: keptValues(form) });

/** The booking form's action: checks who is asking, then holds the slot and mails a confirmation link. */
export async function submitBooking(_previous: BookingFormState, form: FormData): Promise<BookingFormState> {
  const now = new Date();
  const mentor = await findBookableMentor(String(form.get("mentor") ?? ""));
  const choice = slotChoiceSchema.safeParse({ start: form.get("start"), tz: form.get("tz") });
  if (!mentor || !choice.success) return refused(form, "This booking form is out of date. Please go back to the mentor's page and pick a time again.");
  const { start, tz } = choice.data;

  if (isHoneypotTripped(form.get(HONEYPOT_FIELD))) return refused(form, "Your booking could not be accepted. Please try again.");
  const proof = form.get("altcha");
  const hasProof = typeof proof === "string" && proof !== "";
  // The token is bound to the mentor, not the time: "choose another time" reuses the form.
  const token = checkFormToken(form.get("formToken")?.toString(), config.secret, mentor.id, now, {
    ...BOOKING_FORM_AGE,
    minAgeMs: hasProof ? BOOKING_FORM_AGE.minAgeMs : NO_SCRIPT_MIN_AGE_MS,
  });
  if (token === "too-fast") return refused(form, "That was very quick. Please check your details and send the form again.");
  if (token !== "ok") return refused(form, "This form could not be verified. Please reload the page and try again.");
  const solution = hasProof ? await verifySolution(proof, config.secret, now) : null;
  if (solution && !solution.ok) return refused(form, "Your browser's check did not go through. Please reload the page and try again.");

  const parsed = bookingRequestSchema.safeParse(readBookingForm(form));
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    const errors = Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages?.[0]]));
    return { message: "Please correct the fields marked below.", errors, values: keptValues(form) };
  }
  const request = parsed.data;
  const activeTopics = new Set((await loadActiveTopics()).map((topic) => topic.id));
  if (request.topics.some((topic) => !activeTopics.has(topic))) {
    return { message: "Please correct the fields marked below.", errors: { topics: "Please choose from the topics listed." }, values: keptValues(form) };
  }

  const network = networkOf(await clientAddress());
  const limits = [
    { ...BOOKING_LIMITS.perIp, points: config.bookingLimitPerIp, identifier: network },
    { ...BOOKING_LIMITS.perEmail, identifier: mailboxOf(request.email) },
    // Forms sent without a proof of work (no JavaScript) get a third of the allowance.
    ...(solution ? [] : [{ ...BOOKING_LIMITS.perIp, scope: "booking:ip:no-script", points: Math.max(1, Math.floor(config.bookingLimitPerIp / 3)), identifier: network }]),
  ];
  for (const { identifier, ...rule } of limits) {
    const limit = await consumeRateLimit(rateLimitKey(rule.scope, identifier, config.secret), rule, now);
    if (!limit.allowed) {
      const minutes = Math.ceil(limit.retryAfterMs / 60_000);
      return refused(form, `Too many bookings from here for now. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
  }

  // Spent only now, so a founder sent back to fix a field keeps a working solution.
  if (solution?.ok && !(await spendChallenge(solution.signature, solution.expiresAt))) {
    return refused(form, "This form was already sent. Please reload the page and try again.");
  }

  const result = await holdSlot({ ...request, mentorId: mentor.id, startsAt: start, timeZone: tz }, now);
  // No revalidation on failure: the form must stay on screen with what was typed.
  if (!result.ok) {
    if (result.reason === "too-many-pending") {
      return refused(form, "You already have bookings waiting for confirmation. Please confirm them from your email first.");
    }
    if (result.reason === "mentor-unavailable") return refused(form, `${mentor.displayName} is not taking bookings at the moment.`);
    const fresh = await findMentorWithSlots(mentor.slug);
    const alternatives = (fresh?.slots ?? []).slice(0, 12).map((slot) => ({
      start: slot.startsAt.toISOString(),
      label: `${formatRange(slot.startsAt, slot.endsAt, tz)} (${zoneLabel(tz, slot.startsAt)})`,
    }));
    const message =
      result.reason === "taken"
        ? "Sorry, someone has just taken that time."
        : "Sorry, that time is no longer available.";
    return {
      message: alternatives.length ? `${message} Please choose another time below; your details are kept.` : `${message} ${mentor.displayName} has no other free times right now.`,
      errors: { start: message },
      values: keptValues(form),
      alternatives,
    };
  }
  after(async () => {
    await flushOutbox();
    await refreshDueNextFreeSlots();
  });
  revalidatePath(`/mentors/${mentor.slug}`, "layout");
  redirect(`/bookings/requested?mentor=${encodeURIComponent(mentor.slug)}`);
}

/** A new proof-of-work challenge for a form sent again (its first one is spent once it reaches a booking). */
export async function freshBookingChallenge() {
  return createChallenge(config.secret);
}

export async function confirmBookingAction(form: FormData) {
  const token = String(form.get("token") ?? "");
  const result = isWellFormedToken(token) ? await confirmBooking(token) : ({ ok: false, reason: "not-found" } as const);
  if (result.ok) {
    after(flushOutbox);
    revalidatePath(`/mentors/${result.mentorSlug}`, "layout");
  }
  redirect(`/bookings/confirm/${token}?done=${result.ok ? "confirmed" : result.reason}`);
}

const cancelSchema = z.object({
  token: z.string().refine(isWellFormedToken),
  reason: z.string().trim().max(500).transform((value) => value || null),
});

export async function cancelBookingAction(form: FormData) {
  const parsed = cancelSchema.safeParse({ token: form.get("token"), reason: form.get("reason") ?? "" });
  if (!parsed.success) redirect(`/bookings/manage/${encodeURIComponent(String(form.get("token")))}?done=invalid`);
  const { token, reason } = parsed.data;
  const found = await findBookingIdByManageToken(token);
  if (!found) redirect(`/bookings/manage/${token}?done=not-found`);
  const result = await cancelBooking(found.id, { role: "founder", actorLabel: `founder ${found.founderEmail}` }, reason);
  after(flushOutbox);
  revalidatePath(`/mentors/${found.mentorSlug}`, "layout");
  redirect(`/bookings/manage/${token}?done=${result.ok ? "cancelled" : "not-active"}`);
}

export async function moveBookingAction(form: FormData) {
  const token = String(form.get("token") ?? "");
  const start = z.iso.datetime({ offset: true }).safeParse(form.get("start"));
  const found = isWellFormedToken(token) ? await findBookingIdByManageToken(token) : null;
  if (!found) redirect(`/bookings/manage/${encodeURIComponent(token)}?done=not-found`);
  if (!start.success) redirect(`/bookings/manage/${token}?done=choose`);
  const result = await moveBooking(found.id, new Date(start.data));
  after(flushOutbox);
  revalidatePath(`/mentors/${found.mentorSlug}`, "layout");
  redirect(`/bookings/manage/${token}?done=${result.ok ? "moved" : result.reason}`);
}
