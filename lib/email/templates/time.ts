import { BoundedCache } from "../../cache/bounded";
import { canonicalTimeZone } from "../../format/zones";

interface LocalParts {
  date: string;
  time: string;
  zoneName: string;
}

const formatters = new BoundedCache<string, Intl.DateTimeFormat>(500);

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return formatters.getOrSet(
    timeZone,
    () =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone,
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZoneName: "short",
      }),
  );
}

/**
 * An unknown zone would make Intl throw while an email is being queued; UTC is
 * still a true statement of the time, and the label below says so.
 */
function usableZone(timeZone: string): string {
  return canonicalTimeZone(timeZone) ?? "UTC";
}

function localParts(at: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    date: `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`,
    time: `${parts.hour}:${parts.minute}`,
    zoneName: parts.timeZoneName ?? timeZone,
  };
}

function zoneLabel(timeZone: string, zoneName: string | null): string {
  return zoneName === null || zoneName === timeZone ? timeZone : `${timeZone}, ${zoneName}`;
}

/** "Tuesday 3 March 2026, 18:00 (Europe/London, GMT)". */
export function formatDateTime(at: Date, timeZone: string): string {
  const zone = usableZone(timeZone);
  const local = localParts(at, zone);
  return `${local.date}, ${local.time} (${zoneLabel(zone, local.zoneName)})`;
}

/**
 * "Tuesday 3 March 2026, 18:00–19:00 (Europe/London, GMT)". A session that
 * ends on another local day names both days; one that spans a clock change
 * names the offset at each end, since "00:30–02:30" alone would read as two hours.
 */
export function formatSessionTime(startsAt: Date, endsAt: Date, timeZone: string): string {
  const zone = usableZone(timeZone);
  const start = localParts(startsAt, zone);
  const end = localParts(endsAt, zone);
  const sameDay = start.date === end.date;
  const sameOffset = start.zoneName === end.zoneName;

  if (sameDay && sameOffset) {
    return `${start.date}, ${start.time}–${end.time} (${zoneLabel(zone, start.zoneName)})`;
  }
  const startText = sameOffset ? start.time : `${start.time} ${start.zoneName}`;
  const endTime = sameOffset ? end.time : `${end.time} ${end.zoneName}`;
  const endText = sameDay ? endTime : `${end.date}, ${endTime}`;
  return `${start.date}, ${startText} – ${endText} (${zoneLabel(zone, sameOffset ? start.zoneName : null)})`;
}

/** "Tue 3 Mar", for subject lines; the body always carries the full time and zone. */
export function formatShortDate(at: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  const formatter = new Intl.DateTimeFormat("en-GB", {
    timeZone: usableZone(timeZone),
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  for (const part of formatter.formatToParts(at)) parts[part.type] = part.value;
  return `${parts.weekday} ${parts.day} ${parts.month}`;
}
