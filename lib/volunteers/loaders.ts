import "server-only";
import { cache } from "react";
import { collectVolunteerData, countPendingApplications, listOpenInvitations, listPendingApplications, listVolunteers } from "./data";
import { requireOrganiser, requireVolunteer } from "../auth/session";

/** Everything the volunteers page shows, in parallel. */
export const loadVolunteersPage = cache(async () => {
  await requireOrganiser("/organiser/volunteers");
  const now = new Date();
  const [pending, active, former, invitations] = await Promise.all([
    listPendingApplications(),
    listVolunteers(["approved", "paused"], now),
    listVolunteers(["declined", "retired"], now),
    listOpenInvitations(),
  ]);
  return { pending, active, former, invitations, now };
});

/** The organiser's start page: how many applications wait. */
export const loadPendingCount = cache(async () => {
  await requireOrganiser("/organiser");
  return countPendingApplications();
});

/** The signed-in volunteer's own account and profile, as they may download it. */
export async function loadOwnAccountData() {
  const volunteer = await requireVolunteer("/volunteer/account");
  return collectVolunteerData(volunteer.id);
}
