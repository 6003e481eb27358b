"use server";

import { redirect } from "next/navigation";
import { consumeLimits } from "../antibot/limits";
import { requireVolunteer } from "../auth/session";
import { config } from "../config";
import { fieldErrors, formValues, type FormState } from "../forms";
import { formAction, stateAction } from "../safe-action";
import { FetchError } from "./fetch";
import { addCalDavSource, addFeedSource, chooseCalendars, refreshCalendarSource, removeCalendarSource, TooManySources, type ImportOutcome } from "./mutations";
import { calDavSchema, chosenCalendarsSchema, feedSchema, MAX_SOURCES, sourceIdSchema } from "./schema";

const PAGE = "/volunteer/calendars";
const FIX = "Please correct the fields marked below.";
const TOO_MANY = `You have connected ${MAX_SOURCES} calendars, the most Candle reads. Remove one first.`;

/** Every connect and "refresh now" makes the server fetch: a volunteer may ask for this many reads an hour. */
const READS_PER_HOUR = 30;
const HOUR = 3_600_000;
const TOO_OFTEN = "You have asked for many calendar reads this hour. Please wait a while: Candle reads your calendars every few minutes anyway.";

async function mayRead(mentorId: string): Promise<boolean> {
  return (await consumeLimits([{ scope: "calendar-read", identifier: mentorId, points: READS_PER_HOUR, windowMs: HOUR }])).ok;
}

function connected(outcome: ImportOutcome): string {
  return outcome === "failed"
    ? "Calendar connected, but the first read failed: see its status below."
    : "Calendar connected. Times it shows you busy are no longer offered to founders.";
}

export const connectFeed = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer(PAGE);
  const parsed = feedSchema(config.calendars.allowPrivateHosts).safeParse({ label: form.get("label"), url: form.get("url") });
  if (!parsed.success) return { message: FIX, errors: fieldErrors(parsed.error), values: formValues(form) };
  if (!(await mayRead(volunteer.mentor.id))) return { message: TOO_OFTEN, values: formValues(form) };
  try {
    const { outcome } = await addFeedSource(volunteer.mentor.id, parsed.data);
    return { saved: true, message: connected(outcome) };
  } catch (error) {
    if (error instanceof TooManySources) return { message: TOO_MANY, values: formValues(form) };
    throw error;
  }
});

export const connectCalDav = stateAction(async (_previous: FormState, form: FormData): Promise<FormState> => {
  const volunteer = await requireVolunteer(PAGE);
  const parsed = calDavSchema(config.calendars.allowPrivateHosts).safeParse({
    label: form.get("label"),
    server: form.get("server"),
    user: form.get("user"),
    password: form.get("password"),
  });
  // The password is never sent back to the browser.
  const { password: _password, ...values } = formValues(form);
  if (!parsed.success) return { message: FIX, errors: fieldErrors(parsed.error), values };
  if (!(await mayRead(volunteer.mentor.id))) return { message: TOO_OFTEN, values };
  try {
    const { outcome, calendars } = await addCalDavSource(volunteer.mentor.id, parsed.data);
    const names = calendars.map((calendar) => calendar.name).join(", ");
    return { saved: true, message: `${connected(outcome)} Found: ${names}. Untick any that should not count as busy.` };
  } catch (error) {
    if (error instanceof TooManySources) return { message: TOO_MANY, values };
    if (error instanceof FetchError) return { message: `Could not connect: ${error.message}.`, values };
    // A server answering in ways no CalDAV server should: say so, log only the kind of error.
    console.error(JSON.stringify({ job: "calendar-connect", ok: false, error: error instanceof Error ? error.name : "unknown" }));
    return { message: "Could not connect: this server's answers could not be read as CalDAV.", values };
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
