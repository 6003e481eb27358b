import { BoundedCache } from "../../cache/bounded";
import { canonicalTimeZone } from "../../format/zones";
import { DEFAULT_LOCALE, intlLocale, type Locale } from "../../i18n/languages";

interface LocalParts {
  date: string;
  time: string;
  zoneName: string;
}

const formatters = new BoundedCache<string, Intl.DateTimeFormat>(500);

function formatterFor(timeZone: string, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatters.getOrSet(`${locale}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone }));
}

const fullOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
} as const;

/**
 * An unknown zone would make Intl throw while an email is being queued; UTC is
 * still a true statement of the time, and the label below says so.
 */
function usableZone(timeZone: string): string {
  return canonicalTimeZone(timeZone) ?? "UTC";
}

// English is assembled from parts (engines disagree on its commas); other
// languages take Intl's own order for the date ("martes, 3 de marzo de 2026", "2026年3月3日火曜日").
function localParts(at: Date, timeZone: string, locale: Locale): LocalParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone, locale, fullOptions).formatToParts(at)) parts[part.type] = part.value;
  const date =
    locale === "en"
      ? `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`
      : formatterFor(timeZone, locale, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(at);
  return { date, time: `${parts.hour}:${parts.minute}`, zoneName: parts.timeZoneName ?? timeZone };
}

function zoneLabel(timeZone: string, zoneName: string | null): string {
  return zoneName === null || zoneName === timeZone ? timeZone : `${timeZone}, ${zoneName}`;
}

/** Between a date and its time: Japanese writes no comma there. */
const dateTimeSeparator = (locale: Locale) => (locale === "ja" ? " " : ", ");

/** "Tuesday 3 March 2026, 18:00 (Europe/London, GMT)". */
export function formatDateTime(at: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const zone = usableZone(timeZone);
  const local = localParts(at, zone, locale);
  return `${local.date}${dateTimeSeparator(locale)}${local.time} (${zoneLabel(zone, local.zoneName)})`;
}

/**
 * "Tuesday 3 March 2026, 18:00–19:00 (Europe/London, GMT)". A session that
 * ends on another local day names both days; one that spans a clock change
 * names the offset at each end, since "00:30–02:30" alone would read as two hours.
 */
export function formatSessionTime(startsAt: Date, endsAt: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const zone = usableZone(timeZone);
  const start = localParts(startsAt, zone, locale);
  const end = localParts(endsAt, zone, locale);
  const sameDay = start.date === end.date;
  const sameOffset = start.zoneName === end.zoneName;
  const separator = dateTimeSeparator(locale);

  if (sameDay && sameOffset) {
    return `${start.date}${separator}${start.time}–${end.time} (${zoneLabel(zone, start.zoneName)})`;
  }
  const startText = sameOffset ? start.time : `${start.time} ${start.zoneName}`;
  const endTime = sameOffset ? end.time : `${end.time} ${end.zoneName}`;
  const endText = sameDay ? endTime : `${end.date}${separator}${endTime}`;
  return `${start.date}${separator}${startText} – ${endText} (${zoneLabel(zone, sameOffset ? start.zoneName : null)})`;
}

/** "Tue 3 Mar", for subject lines; the body always carries the full time and zone. */
export function formatShortDate(at: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const formatter = formatterFor(usableZone(timeZone), locale, { weekday: "short", day: "numeric", month: "short" });
  if (locale !== "en") return formatter.format(at);
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(at)) parts[part.type] = part.value;
  return `${parts.weekday} ${parts.day} ${parts.month}`;
}
