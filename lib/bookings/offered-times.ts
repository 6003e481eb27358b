import { formatRange, zoneLabel } from "../format/time";
import type { Locale } from "../i18n/languages";

export interface OfferedTime {
  start: string;
  label: string;
}

/** Free times as a booking form offers them: the instant, and the range in the founder's zone and language, zone named. */
export function offeredTimes(slots: { startsAt: Date; endsAt: Date }[], zone: string, locale: Locale, limit = 12): OfferedTime[] {
  return slots.slice(0, limit).map((slot) => ({
    start: slot.startsAt.toISOString(),
    label: `${formatRange(slot.startsAt, slot.endsAt, zone, locale)} (${zoneLabel(zone, slot.startsAt)})`,
  }));
}
