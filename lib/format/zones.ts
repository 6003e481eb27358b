import { DateTime } from "luxon";
import { currentZoneName } from "./zone-names";

export function isTimeZone(zone: unknown): zone is string {
  return typeof zone === "string" && zone.length < 64 && DateTime.local().setZone(zone).isValid;
}

/** A zone to show times in, by its current name: the one asked for when valid, else the fallback. */
export function pickTimeZone(requested: string | null | undefined, fallback: string): string {
  return currentZoneName(isTimeZone(requested) ? requested : fallback);
}

let zoneList: string[] | undefined;

/** Every IANA zone the runtime knows, by current names, for pickers. */
export function allTimeZones(): string[] {
  zoneList ??= [
    "UTC",
    ...Intl.supportedValuesOf("timeZone")
      .map(currentZoneName)
      .filter((zone) => zone !== "UTC")
      .sort(),
  ];
  return zoneList;
}
