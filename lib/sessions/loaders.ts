import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getViewer, requireVolunteer } from "../auth/session";
import { mayUseVolunteerArea } from "../auth/access";
import { pickLocale } from "../i18n/languages";
import { buildSessionInvite } from "./invite";
import { bookingIdSchema } from "./schema";
import { findMentorSessionSettings, listMentorSessions } from "./data";
import { groupSessions } from "./groups";

/** The signed-in volunteer's sessions page: their zone, their sessions in groups, and whether a feed exists. */
export const loadMySessions = cache(async () => {
  const volunteer = await requireVolunteer("/volunteer/sessions");
  const now = new Date();
  const [settings, sessions] = await Promise.all([findMentorSessionSettings(volunteer.mentor.id), listMentorSessions(volunteer.mentor.id, now)]);
  if (!settings) notFound();
  return { now, ...settings, ...groupSessions(sessions, now) };
});

/** A session of the signed-in volunteer's as a calendar file, for a route handler (which answers with a status, not a redirect). */
export async function loadSessionInvite(id: string) {
  const viewer = await getViewer();
  if (!viewer) return "signed-out" as const;
  const parsed = bookingIdSchema.safeParse(id);
  if (!viewer.mentor || !mayUseVolunteerArea(viewer.mentor.status) || !parsed.success) return null;
  return buildSessionInvite(viewer.mentor.id, parsed.data, pickLocale(viewer.locale));
}
