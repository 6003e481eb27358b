import { DateTime } from "luxon";

export function isTimeZone(zone: unknown): zone is string {
  return typeof zone === "string" && zone.length < 64 && DateTime.local().setZone(zone).isValid;
}

/** A zone to show times in: the one asked for when valid, else the fallback. */
export function pickTimeZone(requested: string | null | undefined, fallback: string): string {
  return isTimeZone(requested) ? requested : fallback;
}

let zoneList: string[] | undefined;

/** Every IANA zone the runtime knows, for pickers. */
export function allTimeZones(): string[] {
  zoneList ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return zoneList;
}
