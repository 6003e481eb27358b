// "Times that suit me": the hours of the day, in the viewer's own zone, that a
// founder wants to see slots in. Whole hours, so a window has one short spelling
// ("08-21") for URLs, cookies and cache keys, and there are few enough of them
// (24 × 23) that a cached page per window stays bounded.

/** From startHour:00 to endHour:00 in the viewer's zone; when endHour < startHour, it runs overnight. */
export interface DaytimeWindow {
  /** 0–23 */
  startHour: number;
  /** 1–24; 24 is midnight at the end of the day. */
  endHour: number;
}

/** What the form offers before a founder picks anything. */
export const DEFAULT_DAYTIME_WINDOW: DaytimeWindow = { startHour: 8, endHour: 21 };

export const WINDOW_START_HOURS = Array.from({ length: 24 }, (_, hour) => hour);
export const WINDOW_END_HOURS = Array.from({ length: 24 }, (_, hour) => hour + 1);

const KEY = /^(\d{2})-(\d{2})$/;

/**
 * The window for these hours, or null when they make none: hours out of range,
 * or a start equal to the end (nothing, or every hour: either way not a window).
 * An end before the start is an overnight window, 21:00–08:00 being the evening
 * and the next morning.
 */
export function daytimeWindow(startHour: number, endHour: number): DaytimeWindow | null {
  const valid =
    Number.isInteger(startHour) && Number.isInteger(endHour) && startHour >= 0 && startHour <= 23 && endHour >= 1 && endHour <= 24 && startHour !== endHour;
  return valid ? { startHour, endHour } : null;
}

/** "08-21" as written by daytimeWindowKey; anything else (another spelling included) is null. */
export function parseDaytimeWindow(text: unknown): DaytimeWindow | null {
  const match = typeof text === "string" ? KEY.exec(text) : null;
  return match ? daytimeWindow(Number(match[1]), Number(match[2])) : null;
}

/** The one spelling of a window: "08-21". */
export function daytimeWindowKey(window: DaytimeWindow): string {
  const pad = (hour: number) => String(hour).padStart(2, "0");
  return `${pad(window.startHour)}-${pad(window.endHour)}`;
}

export function isOvernight(window: DaytimeWindow): boolean {
  return window.endHour < window.startHour;
}

/** "08:00", "24:00" */
export function formatWindowHour(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

/** "between 08:00 and 21:00", for sentences such as "No times between 08:00 and 21:00 in your zone". */
export function windowPhrase(window: DaytimeWindow): string {
  return `between ${formatWindowHour(window.startHour)} and ${formatWindowHour(window.endHour)}`;
}

/** "the next 6 weeks", "the next 10 days", "the next day": how far ahead a list of times reaches. */
export function aheadPhrase(days: number): string {
  if (days > 0 && days % 7 === 0) return days === 7 ? "the next week" : `the next ${days / 7} weeks`;
  return days === 1 ? "the next day" : `the next ${days} days`;
}
