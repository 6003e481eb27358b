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

/** `evenings` presets are labelled so in the form (daytimeWindow.presetEvenings). */
function preset(startHour: number, endHour: number, note?: "evenings") {
  const window = { startHour, endHour };
  return { key: daytimeWindowKey(window), window, evenings: note === "evenings" };
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

/** A window's hours as sentences name them ("08:00", "21:00"): the messages put the words around them. */
export function windowHours(window: DaytimeWindow): { start: string; end: string } {
  return { start: formatWindowHour(window.startHour), end: formatWindowHour(window.endHour) };
}

/** How far ahead a list of times reaches, in whole weeks where it can be: 42 → 6 weeks, 10 → 10 days. */
export function aheadSpan(days: number): { unit: "week" | "day"; count: number } {
  return days > 0 && days % 7 === 0 ? { unit: "week", count: days / 7 } : { unit: "day", count: days };
}
