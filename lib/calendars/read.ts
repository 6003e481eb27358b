import "server-only";
import { readBusyTimes, type BusyInterval, type BusyWindow } from "./busy";
import { queryCalendar } from "./caldav";
import { fetchCalendar, FetchError, type FetchLimits } from "./fetch";
import type { SourceSecret } from "./source";

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type ReadResult = { changed: false } | { changed: true; busy: BusyInterval[]; validators: Validators };

/**
 * Reads one source's busy time in the window. A feed is asked with its last
 * validators (when given) and may answer 304; a CalDAV account is asked only for
 * events in the window, calendar by calendar.
 */
export async function readSource(secret: SourceSecret, window: BusyWindow, validators: Validators | null, limits: FetchLimits): Promise<ReadResult> {
  if (secret.kind === "caldav") {
    const documents: string[] = [];
    for (const calendar of secret.calendars.filter((entry) => entry.chosen)) {
      documents.push(...(await queryCalendar(calendar.url, secret, window.from, window.until, limits)));
    }
    return { changed: true, busy: readBusyTimes(documents, window), validators: { etag: null, lastModified: null } };
  }
  const headers: Record<string, string> = {};
  if (validators?.etag) headers["if-none-match"] = validators.etag;
  if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
  const response = await fetchCalendar({ url: secret.url, headers }, limits);
  if (response.status === 304 && validators) return { changed: false };
  if (response.status === 401 || response.status === 403 || response.status === 404 || response.status === 410) {
    throw new FetchError(`the calendar address no longer works (the server answered ${response.status})`);
  }
  if (response.status !== 200) throw new FetchError(`the calendar's server answered ${response.status}`);
  const header = (name: string) => {
    const value = response.headers[name];
    return typeof value === "string" ? value : null;
  };
  return { changed: true, busy: readBusyTimes([response.body], window), validators: { etag: header("etag"), lastModified: header("last-modified") } };
}
