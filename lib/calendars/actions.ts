"use server";

import { redirect } from "next/navigation";
import { consumeLimits } from "../antibot/limits";
import { requireVolunteer } from "../auth/session";
import { config } from "../config";
import { getTranslations } from "next-intl/server";
import { fieldErrors, formValues, type FormState } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { formAction, stateAction } from "../safe-action";
import { FetchError } from "./fetch";
import { addCalDavSource, addFeedSource, chooseCalendars, refreshCalendarSource, removeCalendarSource, TooManySources, type ImportOutcome } from "./mutations";
import { calDavSchema, chosenCalendarsSchema, feedSchema, MAX_SOURCES, sourceIdSchema } from "./schema";

const PAGE = "/volunteer/calendars";

/** Every connect and "refresh now" makes the server fetch: a volunteer may ask for this many reads an hour. */
const READS_PER_HOUR = 30;
const HOUR = 3_600_000;

async function mayRead(mentorId: string): Promise<boolean> {
  return (await consumeLimits([{ scope: "calendar-read", identifier: mentorId, points: READS_PER_HOUR, windowMs: HOUR }])).ok;
}

type Translate = Awaited<ReturnType<typeof getTranslations<"calendars.actions">>>;

function connected(outcome: ImportOutcome, t: Translate): string {
  return outcome === "failed" ? t("connectedFailed") : t("connected");
}

export const connectFeed = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer(PAGE);
  const [t, translate] = await Promise.all([getTranslations("calendars.actions"), errorTranslator("calendars.errors")]);
  const parsed = feedSchema(config.calendars.allowPrivateHosts).safeParse({ label: form.get("label"), url: form.get("url") });
  if (!parsed.success) return { message: t("correctFields"), errors: fieldErrors(parsed.error, translate), values: formValues(form) };
  if (!(await mayRead(volunteer.mentor.id))) return { message: t("tooOften"), values: formValues(form) };
  try {
    const { outcome } = await addFeedSource(volunteer.mentor.id, parsed.data);
    return { saved: true, message: connected(outcome, t) };
  } catch (error) {
    if (error instanceof TooManySources) return { message: t("tooMany", { count: MAX_SOURCES }), values: formValues(form) };
    throw error;
  }
});

export const connectCalDav = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer(PAGE);
  const [t, translate] = await Promise.all([getTranslations("calendars.actions"), errorTranslator("calendars.errors")]);
  const parsed = calDavSchema(config.calendars.allowPrivateHosts).safeParse({
    label: form.get("label"),
    server: form.get("server"),
    user: form.get("user"),
    password: form.get("password"),
  });
  // The password is never sent back to the browser.
  const { password: _password, ...values } = formValues(form);
  if (!parsed.success) return { message: t("correctFields"), errors: fieldErrors(parsed.error, translate), values };
  if (!(await mayRead(volunteer.mentor.id))) return { message: t("tooOften"), values };
  try {
    const { outcome, calendars } = await addCalDavSource(volunteer.mentor.id, parsed.data);
    const names = calendars.map((calendar) => calendar.name).join(", ");
    return { saved: true, message: `${connected(outcome, t)} ${t("found", { names })}` };
  } catch (error) {
    if (error instanceof TooManySources) return { message: t("tooMany", { count: MAX_SOURCES }), values };
    if (error instanceof FetchError) return { message: t("couldNotConnect", { reason: error.message }), values };
    // A server answering in ways no CalDAV server should: say so, log only the kind of error.
    console.error(JSON.stringify({ job: "calendar-connect", ok: false, error: error instanceof Error ? error.name : "unknown" }));
    return { message: t("notCalDav"), values };
  }
});

export const refreshCalendar = formAction(async (form) => {
  const volunteer = await requireVolunteer(PAGE);
  const parsed = sourceIdSchema.safeParse({ source: form.get("source") });
  if (!parsed.success) redirect(`${PAGE}?done=gone`);
  if (!(await mayRead(volunteer.mentor.id))) redirect(`${PAGE}?done=too-often`);
  const outcome = await refreshCalendarSource(volunteer.mentor.id, parsed.data.source);
  redirect(`${PAGE}?done=${outcome ?? "gone"}`);
});

export const removeCalendar = formAction(async (form) => {
  const volunteer = await requireVolunteer(PAGE);
  const parsed = sourceIdSchema.safeParse({ source: form.get("source") });
  const removed = parsed.success && (await removeCalendarSource(volunteer.mentor.id, parsed.data.source));
  redirect(`${PAGE}?done=${removed ? "removed" : "gone"}`);
});

export const chooseCalDavCalendars = formAction(async (form) => {
  const volunteer = await requireVolunteer(PAGE);
  const parsed = chosenCalendarsSchema.safeParse({ source: form.get("source"), calendars: form.getAll("calendar") });
  const chosen = parsed.success && (await chooseCalendars(volunteer.mentor.id, parsed.data.source, parsed.data.calendars));
  redirect(`${PAGE}?done=${chosen ? "chosen" : "gone"}`);
});
