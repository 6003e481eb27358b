import { canonicalTimeZone } from "../format/zones";

/** Where to go back to after choosing a zone: a mentor page, else the directory (keeping its filters). */
export function zoneReturnPath(returnTo: unknown, zone: string): string {
  const path = typeof returnTo === "string" ? returnTo : "";
  const mentor = /^\/mentors\/([a-z0-9-]+)(?:\/times\/[\w/+-]+)?$/.exec(path);
  if (mentor) return `/mentors/${mentor[1]}/times/${zone}`;
  const search = new URLSearchParams(/^\/mentors(\?[^#]*)?$/.exec(path)?.[1] ?? "");
  search.set("tz", zone);
  search.delete("page");
  return `/mentors?${search}`;
}

export function chosenZone(requested: unknown): string | null {
  return canonicalTimeZone(requested);
}
