import ICAL from "ical.js";
import { DateTime } from "luxon";

/** One stretch of time the volunteer is busy elsewhere; the title is shown to them alone. */
export interface BusyInterval {
  startsAt: Date;
  endsAt: Date;
  title: string;
  /** The event's UID ("" for free/busy periods): a Candle session accepted into this calendar is recognised by it. */
  uid: string;
}

export interface BusyWindow {
  /** The volunteer's zone: all-day events, floating times and unknown TZIDs are read in it. */
  zone: string;
  from: Date;
  until: Date;
}

/** The calendar could not be read as iCalendar; the previous busy times are kept. */
export class CalendarFormatError extends Error {
  name = "CalendarFormatError";
}

/**
 * A series is walked from its first occurrence (COUNT and BYSETPOS depend on it),
 * so one that repeats every minute since 1970 must not stall an import.
 */
export const MAX_STEPS_PER_SERIES = 20_000;
const TITLE_LENGTH = 120;

/**
 * Busy time within the window from iCalendar documents (a feed, or each resource a
 * CalDAV server returned): VEVENTs with their recurrences, overrides and
 * cancellations, and VFREEBUSY periods. Sorted by start; overlapping events are
 * kept apart so each can be named.
 */
export function readBusyTimes(documents: string[], window: BusyWindow): BusyInterval[] {
  try {
    return expand(documents, window);
  } catch (error) {
    if (error instanceof CalendarFormatError) throw error;
    // ical.js parses values lazily: a malformed date or rule surfaces only here.
    throw new CalendarFormatError(`an event could not be read (${error instanceof Error ? error.message.slice(0, 80) : "unreadable"})`);
  }
}

function expand(documents: string[], window: BusyWindow): BusyInterval[] {
  const from = window.from.getTime();
  const until = window.until.getTime();
  const events: ICAL.Component[] = [];
  const busy: BusyInterval[] = [];
  const add = (start: number, end: number, title: string, uid = "") => {
    if (end < start || end <= from || start >= until) return;
    busy.push({ startsAt: new Date(Math.max(start, from)), endsAt: new Date(Math.min(end, until)), title, uid });
  };
  for (const text of documents) {
    const root = parseCalendar(text);
    events.push(...root.getAllSubcomponents("vevent"));
    for (const freeBusy of root.getAllSubcomponents("vfreebusy")) {
      for (const property of freeBusy.getAllProperties("freebusy")) {
        if ((property.getParameter("fbtype") ?? "BUSY").toString().toUpperCase() === "FREE") continue;
        for (const period of property.getValues() as ICAL.Period[]) {
          add(period.start.toUnixTime() * 1000, period.getEnd().toUnixTime() * 1000, "");
        }
      }
    }
  }

  const masters = new Map<string, ICAL.Event>();
  const overrides: ICAL.Event[] = [];
  for (const component of events) {
    const event = new ICAL.Event(component);
    if (!component.getFirstProperty("dtstart")) continue;
    if (event.isRecurrenceException()) overrides.push(event);
    else masters.set(event.uid ?? `no-uid-${masters.size}`, event);
  }
  for (const override of overrides) {
    const master = masters.get(override.uid);
    // An override whose series is missing still stands on its own.
    if (master) master.relateException(override);
    if (blocksTime(override.component))
      add(...span(override.startDate, override.endDate, override.component, window.zone), title(override), override.uid ?? "");
  }

  for (const event of masters.values()) {
    if (!event.isRecurring()) {
      if (blocksTime(event.component)) add(...span(event.startDate, event.endDate, event.component, window.zone), title(event), event.uid ?? "");
      continue;
    }
    if (statusOf(event.component) === "CANCELLED") continue;
    const iterator = event.iterator();
    for (let step = 0, next = iterator.next(); next && step < MAX_STEPS_PER_SERIES; step++, next = iterator.next()) {
      // Overrides were added above at their own time, wherever they moved to.
      if (next.toString() in event.exceptions || next.convertToZone(ICAL.Timezone.utcTimezone).toString() in event.exceptions) continue;
      const details = event.getOccurrenceDetails(next);
      const [start, end] = span(details.startDate, details.endDate, details.item.component, window.zone);
      if (start >= until) break;
      if (blocksTime(details.item.component)) add(start, end, title(details.item), event.uid ?? "");
    }
  }
  return busy.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime());
}

function parseCalendar(text: string): ICAL.Component {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new CalendarFormatError(`not an iCalendar file (${error instanceof Error ? error.message.slice(0, 80) : "unreadable"})`);
  }
  if (root.name !== "vcalendar") throw new CalendarFormatError("not an iCalendar file (no VCALENDAR)");
  return root;
}

function statusOf(component: ICAL.Component): string {
  return String(component.getFirstPropertyValue("status") ?? "").toUpperCase();
}

/** Cancelled and "free" (TRANSP:TRANSPARENT) events leave the time open. */
function blocksTime(component: ICAL.Component): boolean {
  return statusOf(component) !== "CANCELLED" && String(component.getFirstPropertyValue("transp") ?? "OPAQUE").toUpperCase() !== "TRANSPARENT";
}

function title(event: ICAL.Event): string {
  return (event.summary ?? "").replace(/\s+/g, " ").trim().slice(0, TITLE_LENGTH);
}

/** Start and end instants (ms) of one occurrence; a date-only event lasts at least one day. */
function span(start: ICAL.Time, end: ICAL.Time | null, component: ICAL.Component, zone: string): [number, number] {
  const tzid = (name: string) => component.getFirstProperty(name)?.getParameter("tzid")?.toString();
  const startMs = instant(start, tzid("dtstart"), zone);
  let endMs = end ? instant(end, tzid("dtend") ?? tzid("dtstart"), zone) : startMs;
  if (start.isDate && endMs <= startMs) endMs = DateTime.fromMillis(startMs, { zone }).plus({ days: 1 }).toMillis();
  return [startMs, endMs];
}

/**
 * A date is midnight in the volunteer's zone. A time in UTC or in a zone the file
 * defines (VTIMEZONE) is read by ical.js; a floating time, or one naming a zone the
 * file does not define, is wall-clock time in that IANA zone if it is one, else in
 * the volunteer's zone.
 */
function instant(time: ICAL.Time, tzid: string | undefined, zone: string): number {
  if (time.isDate) return DateTime.fromObject({ year: time.year, month: time.month, day: time.day }, { zone }).toMillis();
  const timeZone = time.zone;
  if (timeZone && (timeZone.tzid === "UTC" || timeZone.tzid === "Z" || timeZone.component)) return time.toUnixTime() * 1000;
  const named = tzid && DateTime.now().setZone(tzid).isValid ? tzid : zone;
  const { year, month, day, hour, minute, second } = time;
  return DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: named }).toMillis();
}
