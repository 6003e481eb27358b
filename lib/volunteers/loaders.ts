import "server-only";
import { cache } from "react";
import { countPendingApplications, listOpenInvitations, listPendingApplications, listVolunteers } from "./data";

/** Everything the volunteers page shows, in parallel. */
export const loadVolunteersPage = cache(async () => {
  const now = new Date();
  const [pending, active, former, invitations] = await Promise.all([
    listPendingApplications(),
    listVolunteers(["approved", "paused"], now),
    listVolunteers(["declined", "retired"], now),
    listOpenInvitations(),
  ]);
  return { pending, active, former, invitations, now };
});

export const loadPendingCount = cache(() => countPendingApplications());
