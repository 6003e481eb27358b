// "Times that suit me": the hours of the day, in the viewer's own zone, that a
// founder wants to see slots in. Only a few preset windows exist: each is one
// more cached page per mentor and zone (kept on disk by Next with no size
// limit), and one more key for the directory's per-window results, so any
// other hours a URL or cookie names are no window at all. Each has one short
// spelling ("08-21") for URLs, cookies and cache keys.

/** From startHour:00 to endHour:00 in the viewer's zone; when endHour < startHour, it runs overnight. */
export interface DaytimeWindow {
  /** 0–23 */
  startHour: number;
  /** 1–24; 24 is midnight at the end of the day. */
  endHour: number;
}

/**
 * The windows a founder can choose, in the form's order. Between Auckland and
 * London (11 to 13 hours apart) the overlap is one side's evening and the
 * other's morning, hence the early start and the evenings.
 */
export const DAYTIME_WINDOW_PRESETS = [preset(7, 19), preset(8, 18), preset(8, 21), preset(9, 17), preset(10, 22), preset(17, 23, "evenings")] as const;

/** What the form offers before a founder picks anything. */
export const DEFAULT_DAYTIME_WINDOW: DaytimeWindow = { startHour: 8, endHour: 21 };

function preset(startHour: number, endHour: number, note?: string) {
  const window = { startHour, endHour };
  const label = `${formatWindowHour(startHour)}–${formatWindowHour(endHour)}${note ? ` (${note})` : ""}`;
  return { key: daytimeWindowKey(window), window, label };
}

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

/** One of the presets, as daytimeWindowKey writes it ("08-21"); anything else (other hours, another spelling) is null. */
export function parseDaytimeWindow(text: unknown): DaytimeWindow | null {
  const found = typeof text === "string" ? DAYTIME_WINDOW_PRESETS.find((choice) => choice.key === text) : undefined;
  return found ? { ...found.window } : null;
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
