import "server-only";
import { cache } from "react";
import { findMentorTimeZone, listBusyTimesWithSource } from "../availability/data";
import { requireVolunteer } from "../auth/session";
import { listCalendarSources, listUpcomingConfirmedSessions } from "./data";
import { unsealSecret } from "./secrets";

export interface CalendarSourceView {
  id: string;
  kind: "ics" | "caldav";
  label: string;
  /** Never the full address or any password. */
  masked: string;
  lastGoodAt: Date | null;
  lastError: string | null;
  failures: number;
  /** For a CalDAV account: its calendars and whether each counts as busy. */
  calendars: { url: string; name: string; chosen: boolean }[];
}

/** A confirmed session the volunteer's own calendar now shows them busy for: it stays booked, they are told. */
export interface CalendarClash {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  founderName: string;
  calendar: string;
  title: string;
}

export async function findCalendarsPage(mentorId: string, now = new Date()) {
  const [rows, busy, sessions, zone] = await Promise.all([
    listCalendarSources(mentorId),
    listBusyTimesWithSource(mentorId, now),
    listUpcomingConfirmedSessions(mentorId, now),
    findMentorTimeZone(mentorId),
  ]);
  const sources: CalendarSourceView[] = rows.map((row) => {
    let calendars: CalendarSourceView["calendars"] = [];
    if (row.kind === "caldav") {
      try {
        const secret = unsealSecret(row.sealed, mentorId);
        if (secret.kind === "caldav") calendars = secret.calendars.map(({ url, name, chosen }) => ({ url, name, chosen }));
      } catch {
        // Unreadable under the current secret: its status says so once it is next read.
      }
    }
    const { sealed: _sealed, nextReadAt: _next, ...rest } = row;
    return { ...rest, kind: row.kind === "caldav" ? "caldav" : "ics", calendars };
  });
  const clashes: CalendarClash[] = [];
  for (const session of sessions) {
    const overlap = busy.find((entry) => entry.startsAt < session.endsAt && entry.endsAt > session.startsAt);
    if (overlap) {
      clashes.push({
        bookingId: session.id,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        founderName: session.founderName,
        calendar: overlap.source.label,
        title: overlap.title,
      });
    }
  }
  return { zone: zone ?? "UTC", sources, clashes };
}

/** The signed-in volunteer's calendars page. */
export const loadMyCalendars = cache(async () => {
  const volunteer = await requireVolunteer("/volunteer/calendars");
  return findCalendarsPage(volunteer.mentor.id);
});
