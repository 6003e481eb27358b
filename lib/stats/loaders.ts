import "server-only";
import { cache } from "react";
import { periodScope } from "./period";
import { computeProgrammeStats } from "./programme";

/** The dashboard for sessions starting between two UTC dates (inclusive), once per request. */
export const loadStatsDashboard = cache((from: string, to: string) => computeProgrammeStats(periodScope({ from, to }), new Date()));
