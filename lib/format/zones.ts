import { currentZoneName, CURRENT_NAMES } from "./zone-names";

// Zone names reach us from URLs, cookies and forms. Only the few hundred IANA
// names are ever passed on (to Intl, luxon or a cache key): any other spelling of
// one of them resolves to it, and anything else is refused, so caches keyed by zone
// stay bounded and no library sees "local", "system" or "UTC+5".
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

let byLowerName: Map<string, string> | undefined;
let zoneList: string[] | undefined;

function known(): Map<string, string> {
  if (!byLowerName) {
    byLowerName = new Map([["utc", "UTC"]]);
    for (const zone of Intl.supportedValuesOf("timeZone")) byLowerName.set(zone.toLowerCase(), currentZoneName(zone));
    for (const [old, current] of Object.entries(CURRENT_NAMES)) {
      byLowerName.set(old.toLowerCase(), current);
      byLowerName.set(current.toLowerCase(), current);
    }
  }
  return byLowerName;
}

/** The current IANA name of the zone `input` names (any case, or an alias such as "US/Eastern"), or null. */
export function canonicalTimeZone(input: unknown): string | null {
  if (typeof input !== "string" || !ZONE_SHAPE.test(input)) return null;
  const found = known().get(input.toLowerCase());
  if (found) return found;
  try {
    // Aliases Intl knows that the list leaves out ("GB", "US/Eastern"), resolved to a listed zone or refused.
    const resolved = new Intl.DateTimeFormat("en", { timeZone: input }).resolvedOptions().timeZone;
    return known().get(resolved.toLowerCase()) ?? null;
  } catch {
    return null;
  }
}

/** A zone spelled exactly as we store and show it. */
export function isTimeZone(zone: unknown): zone is string {
  return typeof zone === "string" && canonicalTimeZone(zone) === zone;
}

/** A zone to show times in, by its current name: the one asked for when it names a zone, else the fallback's. */
export function pickTimeZone(requested: string | null | undefined, fallback: string): string {
  return canonicalTimeZone(requested) ?? canonicalTimeZone(fallback) ?? "UTC";
}

/** Every IANA zone the runtime knows, by current names, for pickers. */
export function allTimeZones(): string[] {
  zoneList ??= [
    "UTC",
    ...new Set(
      Intl.supportedValuesOf("timeZone")
        .map(currentZoneName)
        .filter((zone) => zone !== "UTC"),
    ),
  ].sort((a, b) => (a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b)));
  return zoneList;
}
