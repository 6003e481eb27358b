import "server-only";
import type { Route } from "next";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { mayUseVolunteerArea } from "./access";
import { config } from "../config";
import { findSessionViewer, type findViewer } from "./data";
import { requestedPath } from "../http/requested-path";
import { safeCallbackPath, SESSION_MAX_AGE_S, SESSION_UPDATE_AGE_S } from "./links";
import { extendSession } from "./mutations";

/** next-auth's session cookie, without and with the __Secure- prefix it uses on https. */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * The one cookie next-auth itself reads: the __Secure- one on https. Reading
 * the other too would let a cookie planted from a sibling host or over plain
 * http sign a visitor in as someone else.
 */
const sessionCookie = () => (config.publicUrl.startsWith("https://") ? SESSION_COOKIES[1]! : SESSION_COOKIES[0]!);

export type Viewer = NonNullable<Awaited<ReturnType<typeof findViewer>>>;
export type Volunteer = Viewer & { mentor: NonNullable<Viewer["mentor"]> };

/**
 * Who is signed in, read from the session cookie and the database, once per
 * request: the same look-up next-auth's database sessions make, and the same
 * sliding expiry, without building next-auth's whole handler for every page.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Reading cookies first also marks the page as per-request before anything else runs.
  const jar = await cookies();
  const token = jar.get(sessionCookie())?.value;
  if (!token) return null;
  const now = new Date();
  const session = await findSessionViewer(token, now);
  if (!session) return null;
  if (session.expires.getTime() - now.getTime() < (SESSION_MAX_AGE_S - SESSION_UPDATE_AGE_S) * 1000) {
    await extendSession(token, new Date(now.getTime() + SESSION_MAX_AGE_S * 1000));
  }
  return session.viewer;
});

/**
 * To sign in, and back afterwards to the page asked for (its query too, such as a
 * reminder's session to cancel); `fallback` when the page is not known (an action).
 */
async function toSignIn(fallback: string): Promise<never> {
  const next = safeCallbackPath(await requestedPath(), fallback);
  redirect(`/signin?next=${encodeURIComponent(next)}` as Route);
}

/**
 * For every volunteer page and action: the signed-in person's own mentor profile.
 * Pending volunteers may finish their profile; the profile is never someone else's.
 */
export async function requireVolunteer(next = "/volunteer"): Promise<Volunteer> {
  const viewer = await getViewer();
  if (!viewer) return toSignIn(next);
  if (!viewer.mentor && viewer.role === "organiser") redirect("/organiser" as Route);
  if (!viewer.mentor) notFound();
  if (!mayUseVolunteerArea(viewer.mentor.status)) redirect("/signin/ended" as Route);
  return viewer as Volunteer;
}

/** For every organiser page and action; anyone else sees "not found". */
export async function requireOrganiser(next = "/organiser"): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) return toSignIn(next);
  if (viewer.role !== "organiser") notFound();
  return viewer;
}
