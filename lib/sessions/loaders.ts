import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireVolunteer } from "../auth/session";
import { findMentorSessionSettings, listMentorSessions } from "./data";
import { groupSessions } from "./groups";

/** The signed-in volunteer's sessions page: their zone, their sessions in groups, and whether a feed exists. */
export const loadMySessions = cache(async () => {
  const volunteer = await requireVolunteer("/volunteer/sessions");
  const now = new Date();
  const [settings, sessions] = await Promise.all([
    findMentorSessionSettings(volunteer.mentor.id),
    listMentorSessions(volunteer.mentor.id, now),
  ]);
  if (!settings) notFound();
  return { now, ...settings, ...groupSessions(sessions, now) };
});
