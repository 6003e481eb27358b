import type { CalDavCalendar } from "./caldav";

/** What is sealed for each calendar source: everything needed to read it. */
export type SourceSecret =
  { kind: "ics"; url: string } | { kind: "caldav"; server: string; user: string; password: string; calendars: (CalDavCalendar & { chosen: boolean })[] };

/** `webcal://` is how calendar apps spell an https feed address. */
export function normaliseFeedUrl(input: string): string {
  const trimmed = input.trim();
  return /^webcals?:\/\//i.test(trimmed) ? trimmed.replace(/^webcals?:\/\//i, "https://") : trimmed;
}
