import { daytimeWindowKey, parseDaytimeWindow, type DaytimeWindow } from "../format/daytime-window";
import { canonicalTimeZone } from "../format/zones";

// Where the daytime window lives, and why.
//
// Mentor pages are cached pages, one per zone (/mentors/<slug>/times/<Zone>).
// A page that read a cookie or the query would be rendered per request, so the
// window is one more path segment instead: /mentors/<slug>/times/<Zone>/08-21 is
// a cached page like any other, and every page without a window is exactly the
// page it was before. Only the few presets are windows, which keeps the number
// of such pages small; any other hours there are a page that does not exist.
//
// It is remembered in a cookie, as the zone is. proxy.ts looks at mentor pages
// only for visitors who carry that cookie (its matcher checks for it, so nobody
// else's request passes through it) and sends them to the page with their
// window, which works without JavaScript. The directory is rendered per request
// anyway and reads the cookie itself, or a `between` query that a shared link
// may carry.

/** The cookie that remembers a visitor's window: its key, "08-21". */
export const WINDOW_COOKIE = "between";

/** The window cookie's options; `secure` when the site is served over https. */
export function windowCookieOptions(publicUrl: string) {
  return { path: "/", maxAge: 90 * 86_400, sameSite: "lax", httpOnly: true, secure: publicUrl.startsWith("https:") } as const;
}

/**
 * Whether a window chosen in this request may be remembered: only when the
 * browser says the form was on this site, or says nothing (older browsers,
 * plain HTTP). SameSite=Lax would let a link from anywhere set the cookie, for
 * months; such a link's window is shown for that one visit, through the address.
 */
export function mayRememberWindow(secFetchSite: string | null): boolean {
  return secFetchSite === null || secFetchSite === "same-origin";
}

/** /mentors/<slug>, or /mentors/<slug>/times/<Zone> with an optional window after it. */
const MENTOR_PATH = /^\/mentors\/([a-z0-9-]+)(?:\/times\/([A-Za-z][\w+-]*(?:\/[A-Za-z][\w+-]*){0,3})(?:\/(\d{2}-\d{2}))?)?$/;
const DIRECTORY_PATH = /^\/mentors(\?[^#]*)?$/;

/** A mentor page's address in a zone, with the window when there is one. */
export function mentorTimesPath(slug: string, zone: string, window: DaytimeWindow | null): string {
  return `/mentors/${slug}/times/${zone}${window ? `/${daytimeWindowKey(window)}` : ""}`;
}

/**
 * Where a visitor who remembers `window` should see the mentor page at `pathname`
 * instead: its address with the window, in the zone it names (else `zone`). Null
 * when it already has a window (a link someone shared wins) or is no mentor page.
 */
export function windowedMentorPath(pathname: string, window: DaytimeWindow, zone: string): string | null {
  const match = MENTOR_PATH.exec(pathname);
  if (!match || match[3]) return null;
  const named = match[2] === undefined ? zone : canonicalTimeZone(match[2]);
  return named ? mentorTimesPath(match[1]!, named, window) : null;
}

/**
 * Where to go back to once the window is set or cleared: the mentor page (in
 * the zone it showed, else `zone`), else the directory with its filters, from
 * page one, and the window in its query when the cookie does not remember it.
 * Never anywhere else.
 */
export function windowReturnPath(returnTo: unknown, window: DaytimeWindow | null, zone: string, { remembered = true } = {}): string {
  const path = typeof returnTo === "string" ? returnTo : "";
  const mentor = MENTOR_PATH.exec(path);
  if (mentor) {
    const shown = mentor[2] === undefined ? null : canonicalTimeZone(mentor[2]);
    if (window || shown) return mentorTimesPath(mentor[1]!, shown ?? zone, window);
    return `/mentors/${mentor[1]}`;
  }
  const search = new URLSearchParams(DIRECTORY_PATH.exec(path)?.[1] ?? "");
  search.delete("page");
  search.delete(WINDOW_COOKIE);
  if (window && !remembered) search.set(WINDOW_COOKIE, daytimeWindowKey(window));
  const query = search.toString();
  return query ? `/mentors?${query}` : "/mentors";
}

export const WINDOW_NOT_OFFERED = "Choose one of the windows offered, or untick the box to see all times.";

export type WindowChoice = { ok: true; window: DaytimeWindow | null } | { ok: false; message: string };

/**
 * The window form's fields: `only` ticked with a preset in `between` sets a
 * window; `only` missing clears it (the box unticked, or "Show all times").
 * Any other `between` is refused: the form offers nothing else.
 */
export function readWindowChoice(fields: { only?: string | null; between?: string | null }): WindowChoice {
  if (fields.only == null) return { ok: true, window: null };
  const window = parseDaytimeWindow(fields.between);
  return window ? { ok: true, window } : { ok: false, message: WINDOW_NOT_OFFERED };
}
