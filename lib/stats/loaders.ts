import "server-only";
import { cache } from "react";
import { periodScope } from "./period";
import { computeProgrammeStats } from "./programme";
import { requireOrganiser } from "../auth/session";

/** The dashboard for sessions starting between two UTC dates (inclusive), once per request. */
export const loadStatsDashboard = cache(async (from: string, to: string) => {
  await requireOrganiser("/organiser/stats");
  return computeProgrammeStats(periodScope({ from, to }), new Date());
});
