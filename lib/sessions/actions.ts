"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { requireVolunteer } from "../auth/session";
import { cancelBooking } from "../bookings/mutations";
import { feedUrls } from "../calendar/feed";
import { createFeedToken, revokeFeed } from "../calendar/mutations";
import { config } from "../config";
import { flushOutbox } from "../email/sender";
import { getTranslations } from "next-intl/server";
import { fieldErrors, formValues } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { findMentorSession } from "./data";
import { canCancel } from "./groups";
import { markOutcome, undoOutcome, type SessionOutcome } from "./mutations";
import { bookingIdSchema, cancelSessionSchema, type CalendarFeedState, type CancelSessionState } from "./schema";
import { formAction, stateAction } from "../safe-action";
import { actorFields, volunteerActor } from "../audit/actor";

const SESSIONS_PATH = "/volunteer/sessions";

function backToSessions(done: string): never {
  redirect(`${SESSIONS_PATH}?done=${done}` as Route);
}

export const cancelSession = stateAction(async (_previous: CancelSessionState, form: FormData): Promise<CancelSessionState> => {
  const volunteer = await requireVolunteer(SESSIONS_PATH);
  const t = await getTranslations("sessions.actions");
  const parsed = cancelSessionSchema.safeParse({ bookingId: form.get("bookingId"), reason: form.get("reason") ?? "" });
  if (!parsed.success) {
    const { reason } = fieldErrors(parsed.error, await errorTranslator("sessions.errors"));
    if (!reason) return { message: t("notFound") };
    return { message: t("giveReason"), errors: { reason }, values: formValues(form) };
  }
  const { bookingId, reason } = parsed.data;
  const now = new Date();
  const session = await findMentorSession(volunteer.mentor.id, bookingId);
  if (!session || !canCancel(session, now)) return { message: t("tooLate") };
  const result = await cancelBooking(bookingId, { role: "mentor", ...actorFields(volunteerActor(volunteer)) }, reason, now);
  if (!result.ok) return { message: t("tooLate") };
  after(flushOutbox);
  backToSessions("cancelled");
});

async function recordOutcome(form: FormData, outcome: SessionOutcome): Promise<never> {
  const volunteer = await requireVolunteer(SESSIONS_PATH);
  const bookingId = bookingIdSchema.safeParse(form.get("bookingId"));
  const changed = bookingId.success && (await markOutcome(volunteer.mentor.id, bookingId.data, outcome, new Date()));
  backToSessions(changed ? outcome : "unchanged");
}

export const markHeld = formAction(async (form: FormData): Promise<void> => {
  await recordOutcome(form, "held");
});

export const markNoShow = formAction(async (form: FormData): Promise<void> => {
  await recordOutcome(form, "no_show");
});

export const undoSessionOutcome = formAction(async (form: FormData): Promise<void> => {
  const volunteer = await requireVolunteer(SESSIONS_PATH);
  const bookingId = bookingIdSchema.safeParse(form.get("bookingId"));
  const undone = bookingId.success && (await undoOutcome(volunteer.mentor.id, bookingId.data, new Date()));
  backToSessions(undone ? "undone" : "unchanged");
});

/** Creates the feed, or replaces its address; the new address goes back to the form, the one place it is ever shown. */
export const createCalendarFeed = stateAction(async (_previous: CalendarFeedState, _form: FormData): Promise<CalendarFeedState> => {
  const volunteer = await requireVolunteer(SESSIONS_PATH);
  const token = await createFeedToken(volunteer.mentor.id);
  const urls = feedUrls(config.publicUrl, token);
  return { saved: true, feedUrl: urls.https, webcalUrl: urls.webcal };
});

export const turnOffCalendarFeed = stateAction(async (_previous: CalendarFeedState, _form: FormData): Promise<CalendarFeedState> => {
  const volunteer = await requireVolunteer(SESSIONS_PATH);
  await revokeFeed(volunteer.mentor.id);
  return { saved: true, message: (await getTranslations("sessions.actions"))("feedOff") };
});
