import { isTimeZone, pickTimeZone } from "../format/zones";

/** Where to go back to after choosing a zone: only the mentor pages and the directory. */
export function zoneReturnPath(returnTo: unknown, zone: string): string {
  const path = typeof returnTo === "string" ? returnTo : "/mentors";
  const mentor = /^\/mentors\/([a-z0-9-]+)(?:\/times\/[\w/+-]+)?$/.exec(path);
  if (mentor) return `/mentors/${mentor[1]}/times/${zone}`;
  const directory = /^\/mentors(\?[^#]*)?$/.exec(path);
  if (directory) {
    const search = new URLSearchParams(directory[1] ?? "");
    search.set("tz", zone);
    search.delete("page");
    return `/mentors?${search}`;
  }
  return "/mentors";
}

export function chosenZone(requested: unknown): string | null {
  return isTimeZone(requested) ? pickTimeZone(requested, "UTC") : null;
}
