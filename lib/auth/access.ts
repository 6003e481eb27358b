import type { MentorStatus } from "../db/types";

/**
 * Who may use the volunteer area (and their calendar feed): applicants finishing
 * their profile, and approved or paused volunteers. Declined and retired
 * volunteers see nothing more of founders or their sessions.
 */
export const VOLUNTEER_AREA_STATUSES = ["pending", "approved", "paused"] as const satisfies readonly MentorStatus[];

export function mayUseVolunteerArea(status: MentorStatus): boolean {
  return (VOLUNTEER_AREA_STATUSES as readonly string[]).includes(status);
}
