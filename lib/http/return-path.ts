import { parseDaytimeWindow } from "../format/daytime-window";
import { canonicalTimeZone } from "../format/zones";
import { mentorTimesPath } from "./daytime-window";

/**
 * Where to go back to after choosing a zone: a mentor page (with the daytime
 * window its address had, as a shared link may carry one), else the directory
 * (keeping its filters, the window included).
 */
export function zoneReturnPath(returnTo: unknown, zone: string): string {
  const path = typeof returnTo === "string" ? returnTo : "";
  const mentor = /^\/mentors\/([a-z0-9-]+)(\/times\/[\w/+-]+)?$/.exec(path);
  if (mentor) return mentorTimesPath(mentor[1]!, zone, mentor[2] ? parseDaytimeWindow(mentor[2].split("/").at(-1)) : null);
  const search = new URLSearchParams(/^\/mentors(\?[^#]*)?$/.exec(path)?.[1] ?? "");
  search.set("tz", zone);
  search.delete("page");
  return `/mentors?${search}`;
}

export function chosenZone(requested: unknown): string | null {
  return canonicalTimeZone(requested);
}
