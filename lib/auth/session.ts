import "server-only";
import type { Route } from "next";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { findViewer } from "./data";
import { authOptions } from "./options";

/** next-auth's session cookie, without and with the __Secure- prefix it uses on https. */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export type Viewer = NonNullable<Awaited<ReturnType<typeof findViewer>>>;
export type Volunteer = Viewer & { mentor: NonNullable<Viewer["mentor"]> };

/** Who is signed in, read from the session cookie and the database, once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Reading cookies first also marks the page as per-request before anything else runs.
  const jar = await cookies();
  if (!SESSION_COOKIES.some((name) => jar.has(name))) return null;
  const session = await getServerSession(authOptions());
  return session?.user?.id ? findViewer(session.user.id) : null;
});

function toSignIn(next: string): never {
  redirect(`/signin?next=${encodeURIComponent(next)}` as Route);
}

/**
 * For every volunteer page and action: the signed-in person's own mentor profile.
 * Pending volunteers may finish their profile; the profile is never someone else's.
 */
export async function requireVolunteer(next = "/volunteer"): Promise<Volunteer> {
  const viewer = await getViewer();
  if (!viewer) toSignIn(next);
  if (!viewer.mentor && viewer.role === "organiser") redirect("/organiser" as Route);
  if (!viewer.mentor) notFound();
  return viewer as Volunteer;
}

/** For every organiser page and action; anyone else sees "not found". */
export async function requireOrganiser(next = "/organiser"): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) toSignIn(next);
  if (viewer.role !== "organiser") notFound();
  return viewer;
}
