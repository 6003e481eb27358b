import { createEvents, type Attendee, type EventAttributes, type HeaderAttributes } from "ics";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface SessionEvent {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  meetingUrl: string | null;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  status: "CONFIRMED" | "CANCELLED";
  stamp: Date;
}

const PRODUCT_ID = "-//Candle//Co-op office hours//EN";
const MAX_LINE_OCTETS = 75;

export function buildInviteIcs(event: SessionEvent, method: "REQUEST" | "CANCEL"): string {
  const status = method === "CANCEL" ? "CANCELLED" : event.status;
  return buildCalendar([{ ...event, status }], { productId: PRODUCT_ID, method });
}

export function buildFeedIcs(calendarName: string, events: SessionEvent[]): string {
  return buildCalendar(events, {
    productId: PRODUCT_ID,
    method: "PUBLISH",
    // ics writes X-WR-CALNAME without TEXT escaping, so commas and semicolons are escaped here.
    calName: escapeText(normaliseNewlines(calendarName)),
  });
}

/**
 * ics validates what it is given (URLs and addresses against its own patterns).
 * Data saved before a check tightened, or that only ics refuses, must never stop
 * a confirmation or a cancellation: the calendar is then built again without
 * the fields ics may refuse, the meeting link staying in LOCATION and the text.
 */
function buildCalendar(events: SessionEvent[], header: HeaderAttributes): string {
  const strict = createEvents(
    events.map((event) => toEventAttributes(event, "strict")),
    header,
  );
  if (!strict.error && strict.value) return refoldByOctets(strict.value);
  const { error, value } = createEvents(
    events.map((event) => toEventAttributes(event, "lenient")),
    header,
  );
  if (error || !value) {
    // ics returns a plain copy of yup's ValidationError (not an Error instance), so read its fields.
    const details = (error as { errors?: unknown } | null)?.errors;
    const reason = Array.isArray(details) && details.length > 0 ? details.join("; ") : error?.message;
    throw new Error(`Could not build iCalendar data: ${reason ?? "the ics package returned nothing"}`, {
      cause: error,
    });
  }
  return refoldByOctets(value);
}

// `timestamp` (DTSTAMP) is accepted by ics's schema but missing from its type definitions.
type SessionAttributes = EventAttributes & { timestamp: number };

const PLAIN_ADDRESS = /^[^\s@"<>,;:]+@[^\s@"<>,;:]+$/;

function toEventAttributes(event: SessionEvent, mode: "strict" | "lenient"): SessionAttributes {
  const organizerEmail = event.organizer.email.toLowerCase();
  const people = mode === "strict" ? event.attendees : event.attendees.filter((person) => PLAIN_ADDRESS.test(person.email));
  const attendees: Attendee[] = people.map((person) => ({
    name: encodeParameter(person.name),
    email: person.email,
    rsvp: false,
    role: "REQ-PARTICIPANT",
    partstat: person.email.toLowerCase() === organizerEmail ? "ACCEPTED" : "NEEDS-ACTION",
  }));

  return {
    uid: event.uid,
    sequence: event.sequence,
    timestamp: event.stamp.getTime(),
    start: event.startsAt.getTime(),
    end: event.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    title: normaliseNewlines(event.title),
    description: normaliseNewlines(event.description),
    ...(event.meetingUrl ? { location: event.meetingUrl, ...(mode === "strict" ? { url: event.meetingUrl } : {}) } : {}),
    status: event.status,
    ...(mode === "strict" || PLAIN_ADDRESS.test(event.organizer.email)
      ? { organizer: { name: encodeParameter(event.organizer.name), email: event.organizer.email } }
      : {}),
    attendees,
  };
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/;/g, "\\;").replace(/,/g, "\\,");
}

// RFC 5545 forbids DQUOTE and newlines inside parameter values (ics emits an invalid `\"`);
// RFC 6868 caret-encoding is the standard way to carry them, and ical.js decodes it.
function encodeParameter(value: string): string {
  return normaliseNewlines(value).replace(/\^/g, "^^").replace(/"/g, "^'").replace(/\n/g, "^n");
}

// ics folds at 75 characters (with a tab); RFC 5545 §3.1 limits lines to 75 octets of UTF-8,
// so unfold and fold again without splitting a character.
function refoldByOctets(calendar: string): string {
  return calendar
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map(foldLine)
    .join("\r\n");
}

const encoder = new TextEncoder();

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
