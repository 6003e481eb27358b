import "server-only";
import { refreshNextFreeSlots } from "../availability/mutations";
import { mentorChanged, volunteerAreaChanged } from "../cache/invalidate";
import { config } from "../config";
import { db } from "../db/client";
import { TRANSACTION_OPTIONS } from "../db/transactions";
import { enqueueEmail } from "../email/mutations";
import { calendarFailingEmail } from "../email/templates/calendars";
import { pickLocale } from "../i18n/languages";
import { CalendarFormatError, type BusyInterval } from "./busy";
import { discoverCalendars, type CalDavAccount } from "./caldav";
import { findSourceForRead, listDueCalendarSources, listSessionUids } from "./data";
import { FetchError, type FetchLimits } from "./fetch";
import { readSource } from "./read";
import { MAX_SOURCES } from "./schema";
import { maskUrl } from "./sealed";
import { sealSecret, UnreadableSecret, unsealSecret } from "./secrets";
import type { SourceSecret } from "./source";

const DAY_MS = 86_400_000;
const MAX_BACKOFF_MS = DAY_MS;

export function fetchLimits(): FetchLimits {
  return { timeoutMs: config.calendars.fetchTimeoutMs, maxBytes: config.calendars.maxBytes, allowPrivateHosts: config.calendars.allowPrivateHosts };
}

/** Long enough for a read of several CalDAV calendars to finish; an instance that dies mid-read frees the source after it. */
function leaseMs(limits: FetchLimits) {
  return Math.max(120_000, 4 * limits.timeoutMs);
}

/** Thrown when a volunteer already has MAX_SOURCES calendars. */
export class TooManySources extends Error {
  name = "TooManySources";
}

async function checkRoom(mentorId: string) {
  if ((await db.calendarSource.count({ where: { mentorId } })) >= MAX_SOURCES) throw new TooManySources(`at most ${MAX_SOURCES} calendars`);
}

/** A secret .ics address; read at once. */
export async function addFeedSource(mentorId: string, input: { label: string; url: string }, now = new Date(), limits = fetchLimits()) {
  await checkRoom(mentorId);
  const source = await db.calendarSource.create({
    data: {
      mentorId,
      kind: "ics",
      label: input.label,
      masked: maskUrl(input.url),
      sealed: sealSecret({ kind: "ics", url: input.url }, mentorId),
      nextReadAt: now,
    },
    select: { id: true },
  });
  volunteerAreaChanged();
  return { ...source, outcome: await importCalendarSource(source.id, now, limits) };
}

/**
 * A CalDAV account: its calendars are found first (a wrong password or address is
 * told at once and nothing is stored), every one counted as busy until the
 * volunteer unticks it; read at once.
 */
export async function addCalDavSource(mentorId: string, input: { label: string } & CalDavAccount, now = new Date(), limits = fetchLimits()) {
  await checkRoom(mentorId);
  const calendars = await discoverCalendars(input, limits);
  if (calendars.length === 0) throw new FetchError("this CalDAV account has no calendars with events");
  const secret: SourceSecret = {
    kind: "caldav",
    server: input.server,
    user: input.user,
    password: input.password,
    calendars: calendars.map((c) => ({ ...c, chosen: true })),
  };
  const source = await db.calendarSource.create({
    data: {
      mentorId,
      kind: "caldav",
      label: input.label,
      masked: `${input.user} at ${new URL(input.server).host}`,
      sealed: sealSecret(secret, mentorId),
      nextReadAt: now,
    },
    select: { id: true },
  });
  volunteerAreaChanged();
  return { ...source, calendars, outcome: await importCalendarSource(source.id, now, limits) };
}

/** Which of a CalDAV account's calendars count as busy; read again at once. Someone else's source changes nothing. */
export async function chooseCalendars(mentorId: string, sourceId: string, chosenUrls: string[], now = new Date(), limits = fetchLimits()): Promise<boolean> {
  const row = await db.calendarSource.findFirst({ where: { id: sourceId, mentorId, kind: "caldav" }, select: { sealed: true } });
  if (!row) return false;
  let secret: SourceSecret;
  try {
    secret = unsealSecret(row.sealed, mentorId);
  } catch {
    return false;
  }
  if (secret.kind !== "caldav") return false;
  const chosen = new Set(chosenUrls);
  secret.calendars = secret.calendars.map((calendar) => ({ ...calendar, chosen: chosen.has(calendar.url) }));
  await db.calendarSource.update({ where: { id: sourceId }, data: { sealed: sealSecret(secret, mentorId), nextReadAt: now }, select: { id: true } });
  await importCalendarSource(sourceId, now, limits);
  return true;
}

/** Removes a calendar and the busy times it brought; someone else's removes nothing. */
export async function removeCalendarSource(mentorId: string, sourceId: string, now = new Date()): Promise<boolean> {
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.calendarSource.deleteMany({ where: { id: sourceId, mentorId } });
    if (count) await refreshNextFreeSlots([mentorId], now, tx);
    const mentor = await tx.mentorProfile.findUnique({ where: { id: mentorId }, select: { slug: true } });
    return { removed: count > 0, slug: mentor?.slug };
  }, TRANSACTION_OPTIONS);
  if (result.removed && result.slug) mentorChanged(result.slug);
  volunteerAreaChanged();
  return result.removed;
}

/** "Refresh now": read one of the volunteer's calendars at once, unless another instance is reading it. */
export async function refreshCalendarSource(mentorId: string, sourceId: string, now = new Date(), limits = fetchLimits()) {
  const { count } = await db.calendarSource.updateMany({ where: { id: sourceId, mentorId }, data: { nextReadAt: now } });
  if (!count) return null;
  return importCalendarSource(sourceId, now, limits);
}

/**
 * Takes a due source for this instance: of several instances that listed it,
 * exactly one moves its lease on.
 */
async function claimSource(sourceId: string, now: Date, limits: FetchLimits): Promise<boolean> {
  const { count } = await db.calendarSource.updateMany({
    where: { id: sourceId, nextReadAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lte: now } }] },
    data: { leaseUntil: new Date(now.getTime() + leaseMs(limits)) },
  });
  return count === 1;
}

export type ImportOutcome = "read" | "unchanged" | "failed" | "busy-elsewhere";

/**
 * Reads one calendar, if no other instance is, and replaces its busy times. A
 * failed read keeps the busy times as last read, counts the failure, backs off,
 * and after CALENDAR_FAILURES_BEFORE_EMAIL failures emails the volunteer once.
 * Sessions already booked are never touched: the volunteer's area shows a clash.
 */
export async function importCalendarSource(sourceId: string, now = new Date(), limits = fetchLimits()): Promise<ImportOutcome> {
  if (!(await claimSource(sourceId, now, limits))) return "busy-elsewhere";
  const source = await findSourceForRead(sourceId);
  if (!source) return "busy-elsewhere";
  const { mentor } = source;
  // Two days past the horizon: a read a day old still covers it.
  const until = new Date(now.getTime() + (mentor.horizonDays + 2) * DAY_MS);
  const covered = source.coveredUntil && source.coveredUntil.getTime() >= now.getTime() + (mentor.horizonDays + 1) * DAY_MS;
  const validators = covered ? { etag: source.etag, lastModified: source.lastModified } : null;
  try {
    const result = await readSource(unsealSecret(source.sealed, source.mentorId), { zone: mentor.timeZone, from: now, until }, validators, limits);
    if (!result.changed) {
      await db.calendarSource.update({ where: { id: sourceId }, data: succeeded(now), select: { id: true } });
      volunteerAreaChanged();
      return "unchanged";
    }
    // The volunteer's own Candle sessions, accepted from the emailed invite or the feed, are not busy elsewhere.
    const own = new Set(await listSessionUids(source.mentorId, now));
    const busy = result.busy.filter((interval) => !own.has(interval.uid));
    await storeBusyTimes(source.id, source.mentorId, busy, now, { ...succeeded(now), ...result.validators, coveredUntil: until });
    mentorChanged(mentor.slug);
    volunteerAreaChanged();
    return "read";
  } catch (error) {
    await recordFailedRead(source, describeFailure(error), now);
    volunteerAreaChanged();
    return "failed";
  }
}

function succeeded(now: Date) {
  return {
    lastGoodAt: now,
    lastError: null,
    failures: 0,
    failureNotifiedAt: null,
    leaseUntil: null,
    nextReadAt: new Date(now.getTime() + config.calendars.refreshMs),
  };
}

async function storeBusyTimes(
  sourceId: string,
  mentorId: string,
  busy: BusyInterval[],
  now: Date,
  fields: ReturnType<typeof succeeded> & Record<string, unknown>,
) {
  await db.$transaction(async (tx) => {
    await tx.busyTime.deleteMany({ where: { sourceId } });
    if (busy.length) {
      await tx.busyTime.createMany({ data: busy.map(({ startsAt, endsAt, title }) => ({ sourceId, mentorId, startsAt, endsAt, title })) });
    }
    await tx.calendarSource.update({ where: { id: sourceId }, data: fields, select: { id: true } });
    await refreshNextFreeSlots([mentorId], now, tx);
  }, TRANSACTION_OPTIONS);
}

/** Only errors of our own making carry words for the volunteer; anything else is named generically and logged by kind only. */
function describeFailure(error: unknown): string {
  if (error instanceof FetchError || error instanceof CalendarFormatError || error instanceof UnreadableSecret) return error.message;
  console.error(JSON.stringify({ job: "calendar-import", ok: false, error: error instanceof Error ? error.name : "unknown" }));
  return "the calendar could not be read";
}

async function recordFailedRead(source: NonNullable<Awaited<ReturnType<typeof findSourceForRead>>>, message: string, now: Date) {
  const failures = source.failures + 1;
  const backoff = Math.min(config.calendars.refreshMs * 2 ** (failures - 1), MAX_BACKOFF_MS);
  const tell = failures >= config.calendars.failuresBeforeEmail && !source.failureNotifiedAt;
  const email = tell
    ? await calendarFailingEmail({
        name: source.mentor.displayName,
        label: source.label,
        failures,
        error: message,
        calendarsUrl: `${config.publicUrl}/volunteer/calendars`,
        locale: pickLocale(source.mentor.user.locale),
      })
    : null;
  await db.$transaction(async (tx) => {
    await tx.calendarSource.update({
      where: { id: source.id },
      data: { failures, lastError: message, leaseUntil: null, nextReadAt: new Date(now.getTime() + backoff), ...(tell ? { failureNotifiedAt: now } : {}) },
      select: { id: true },
    });
    if (email) await enqueueEmail({ to: source.mentor.user.email, ...email }, tx);
  }, TRANSACTION_OPTIONS);
}

/** Calendars one instance reads at a time: a few slow servers cannot hold up the rest of housekeeping for long. */
const PARALLEL_READS = 4;

/** Every due calendar, each read by one instance only; returns how many were read, unchanged or failed. */
export async function importDueCalendars(now = new Date(), limits = fetchLimits(), batch = 40) {
  const counts = { read: 0, unchanged: 0, failed: 0 };
  const due = await listDueCalendarSources(now, batch);
  for (let from = 0; from < due.length; from += PARALLEL_READS) {
    const outcomes = await Promise.all(due.slice(from, from + PARALLEL_READS).map((id) => importCalendarSource(id, now, limits)));
    for (const outcome of outcomes) if (outcome !== "busy-elsewhere") counts[outcome]++;
  }
  return counts;
}
