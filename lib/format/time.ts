// Formatting of instants for people, in an explicit zone. Plain Intl, no library.

import { BoundedCache } from "../cache/bounded";

// About 26 kB each: enough for every zone in use at once, never more.
const formatters = new BoundedCache<string, Intl.DateTimeFormat>(500);

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatters.getOrSet(`${zone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat("en-GB", { ...options, timeZone: zone }));
}

function parts(at: Date, zone: string, options: Intl.DateTimeFormatOptions) {
  const found = formatter(zone, options).formatToParts(at);
  return (type: Intl.DateTimeFormatPartTypes) => found.find((part) => part.type === type)?.value ?? "";
}

// Assembled from parts: engines disagree on commas between weekday and day.
/** "Tuesday 24 November" */
export function formatDay(at: Date, zone: string): string {
  const part = parts(at, zone, { weekday: "long", day: "numeric", month: "long" });
  return `${part("weekday")} ${part("day")} ${part("month")}`;
}

/** "18:00" */
export function formatClockTime(at: Date, zone: string): string {
  return formatter(zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}

/** "Tue 24 Nov, 18:00" */
export function formatShortDateTime(at: Date, zone: string): string {
  const part = parts(at, zone, { weekday: "short", day: "numeric", month: "short" });
  return `${part("weekday")} ${part("day")} ${part("month")}, ${formatClockTime(at, zone)}`;
}

/** "Tuesday 24 November 2026, 18:00–19:00" */
export function formatRange(startsAt: Date, endsAt: Date, zone: string): string {
  const year = parts(startsAt, zone, { year: "numeric" })("year");
  return `${formatDay(startsAt, zone)} ${year}, ${formatClockTime(startsAt, zone)}–${formatClockTime(endsAt, zone)}`;
}

/** Calendar date in the zone, YYYY-MM-DD, for grouping. */
export function localDateKey(at: Date, zone: string): string {
  const part = parts(at, zone, { year: "numeric", month: "2-digit", day: "2-digit" });
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "GMT+9", "GMT-3", "GMT+5:45", "GMT" */
export function offsetLabel(at: Date, zone: string): string {
  const name = parts(at, zone, { timeZoneName: "shortOffset" })("timeZoneName");
  return name.replace(/^GMT\+0$/, "GMT") || zone;
}

/** "Europe/London (GMT)" */
export function zoneLabel(zone: string, at: Date): string {
  return `${zone.replace(/_/g, " ")} (${offsetLabel(at, zone)})`;
}

/** Slots grouped by calendar day in the zone, in order. */
export function groupByDay<T extends { startsAt: Date }>(items: T[], zone: string): { key: string; day: Date; items: T[] }[] {
  const groups: { key: string; day: Date; items: T[] }[] = [];
  for (const item of items) {
    const key = localDateKey(item.startsAt, zone);
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, day: item.startsAt, items: [item] });
  }
  return groups;
}
