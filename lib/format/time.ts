// Formatting of instants for people, in an explicit zone and language. Plain Intl, no library.

import { BoundedCache } from "../cache/bounded";
import { DEFAULT_LOCALE, intlLocale, type Locale } from "../i18n/languages";

// About 26 kB each: enough for every zone in use at once, never more.
const formatters = new BoundedCache<string, Intl.DateTimeFormat>(500);

function formatter(zone: string, options: Intl.DateTimeFormatOptions, locale: Locale = DEFAULT_LOCALE): Intl.DateTimeFormat {
  return formatters.getOrSet(`${locale}|${zone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: zone }));
}

function parts(at: Date, zone: string, options: Intl.DateTimeFormatOptions, locale: Locale = DEFAULT_LOCALE) {
  const found = formatter(zone, options, locale).formatToParts(at);
  return (type: Intl.DateTimeFormatPartTypes) => found.find((part) => part.type === type)?.value ?? "";
}

// English is assembled from parts (engines disagree on commas between weekday
// and day); other languages take Intl's own order ("martes, 24 de noviembre", "11月24日火曜日").

/** "Tuesday 24 November" */
export function formatDay(at: Date, zone: string, locale: Locale = DEFAULT_LOCALE): string {
  const options = { weekday: "long", day: "numeric", month: "long" } as const;
  if (locale !== "en") return formatter(zone, options, locale).format(at);
  const part = parts(at, zone, options);
  return `${part("weekday")} ${part("day")} ${part("month")}`;
}

/** "Tuesday 24 November 2026" */
export function formatDate(at: Date, zone: string, locale: Locale = DEFAULT_LOCALE): string {
  const options = { weekday: "long", day: "numeric", month: "long", year: "numeric" } as const;
  if (locale !== "en") return formatter(zone, options, locale).format(at);
  return `${formatDay(at, zone)} ${parts(at, zone, { year: "numeric" })("year")}`;
}

/** "18:00" */
export function formatClockTime(at: Date, zone: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatter(zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, locale).format(at);
}

/** "Tue 24 Nov, 18:00" */
export function formatShortDateTime(at: Date, zone: string, locale: Locale = DEFAULT_LOCALE): string {
  const options = { weekday: "short", day: "numeric", month: "short" } as const;
  if (locale !== "en") return `${formatter(zone, options, locale).format(at)} ${formatClockTime(at, zone, locale)}`;
  const part = parts(at, zone, options);
  return `${part("weekday")} ${part("day")} ${part("month")}, ${formatClockTime(at, zone)}`;
}

/** "Tuesday 24 November 2026, 18:00–19:00" */
export function formatRange(startsAt: Date, endsAt: Date, zone: string, locale: Locale = DEFAULT_LOCALE): string {
  const separator = locale === "en" ? ", " : " ";
  return `${formatDate(startsAt, zone, locale)}${separator}${formatClockTime(startsAt, zone, locale)}–${formatClockTime(endsAt, zone, locale)}`;
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
